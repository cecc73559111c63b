/// `graph.html`: one self-contained page (no network, no external script or font) to explore
/// a whole site offline: the arc view, a box to type a reference ("Exodus 32:31", "Ps 23"),
/// and for it the pages that cover it (files and URLs), its links out and in with their kinds
/// and which are broken, and its arcs highlighted. Clicking a chapter bar shows the chapter.
///
/// Every view has a permalink: `graph.html#Exod.32.31` or `graph.html#Exod.32` opens with that
/// reference shown (a hash in any form the box reads works too: `#Ps%2023`).
public struct CanonExplorerPage: Sendable {
    /// The page's heading (the site's name).
    public var title: String

    /// A page with this heading.
    public init(title: String = "versegraph") { self.title = title }

    /// The whole document, ending with a newline.
    public func document(_ view: CanonView, links: LinkTable) -> String {
        var text = ""
        write(view, links: links, to: &text)
        return text
    }

    /// Writes the document into `output`.
    public func write(_ view: CanonView, links: LinkTable, to output: inout some TextOutputStream) {
        let heading = Markup.escaped(title)
        output.write(
            """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(heading): the site on one page</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header><h1>\(heading)</h1>
            <form id="vg-form"><label for="vg-ref">Reference</label> <input id="vg-ref" size="28" \
            placeholder="Exodus 32:31, Ps 23, Exod.32" autocomplete="off"> <button type="submit">Show</button> \
            <span class="hint">or click a chapter</span></form>
            <p id="vg-error" role="alert"></p></header>
            <div id="vg-canon">

            """)
        CanonArcSVG(title: title).write(view, to: &output)
        output.write(
            """
            </div>
            <section id="vg-result" hidden>
            <h2 id="vg-title"></h2>
            <p class="counts"><b id="n-covers">0</b> covering pages · <b id="n-out">0</b> links out · \
            <b id="n-in">0</b> links in · <b id="n-broken">0</b> broken</p>
            <div class="columns"><div><h3>Pages that cover it</h3><ul id="covers"></ul></div>
            <div><h3>Links out</h3><ul id="out"></ul></div><div><h3>Links in</h3><ul id="in"></ul></div></div>
            </section>
            <script type="application/json" id="vg-data">
            """)
        CanonExplorerData.write(view, links: links, to: &output)
        output.write("</script>\n<script>\n")
        output.write(Self.script)
        output.write("</script>\n</body>\n</html>\n")
    }

    static let style = """
        body{font:14px/1.4 Helvetica,Arial,sans-serif;margin:0;color:#111827}\
        header,#vg-result{padding:8px 20px}h1{font-size:18px;margin:4px 0 8px}\
        h2{font-size:16px;margin:4px 0}h3{font-size:13px;margin:8px 0 4px}\
        #vg-error{color:#b91c1c;min-height:1em;margin:4px 0}.hint{color:#6b7280}\
        .columns{display:flex;gap:24px}.columns>div{flex:1;min-width:0}\
        ul{margin:0;padding-left:18px;max-height:260px;overflow:auto}li{margin:1px 0}\
        .file{color:#6b7280;font-size:12px}.related{color:#0f766e}.deeper{color:#1d4ed8}\
        li.broken .link{color:#dc2626}.rule{color:#dc2626;font-weight:bold}\
        #vg-canon{overflow-x:auto}#vg-canon svg{cursor:pointer}
        """
}
