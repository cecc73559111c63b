extension HTMLCoverageFormatter {
    /// The page's whole style sheet, inline so that the file needs no network. System fonts
    /// only; colours follow GitHub's palette so that the page sits well beside CI reports.
    static let css = """

        :root { --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --soft: #f6f8fa;
          --high: #1a7f37; --medium: #9a6700; --low: #cf222e; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--fg); background: #fff;
          font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
        main { max-width: 1120px; margin: 0 auto; padding: 32px 24px 64px; }
        h1 { font-size: 28px; margin: 0 0 2px; }
        h2 { font-size: 19px; margin: 40px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--border); }
        a { color: inherit; text-decoration: none; }
        a:hover { text-decoration: underline; }
        .meta { color: var(--muted); margin: 0 0 16px; }
        .total { display: flex; align-items: baseline; gap: 14px; flex-wrap: wrap; margin: 0 0 12px; }
        .total .pct { font-size: 44px; font-weight: 700; line-height: 1; }
        .high { color: var(--high); } .medium { color: var(--medium); } .low { color: var(--low); }
        .bar { display: inline-block; width: 64px; height: 6px; margin-right: 8px; vertical-align: middle;
          background: #eaeef2; border-radius: 3px; overflow: hidden; }
        .bar.large { display: block; width: 100%; height: 10px; margin: 0; border-radius: 5px; }
        .fill { display: block; height: 100%; }
        .fill.high { background: #2da44e; } .fill.medium { background: #d4a72c; } .fill.low { background: #e5534b; }
        .legend { display: flex; flex-wrap: wrap; gap: 16px; margin: 0 0 14px; color: var(--muted); font-size: 13px; }
        .legend span { display: inline-flex; align-items: center; gap: 6px; }
        .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
        .heatmap .row { display: grid; grid-template-columns: 130px 1fr; gap: 12px; padding: 1px 0; }
        .heatmap .name { font-size: 13px; line-height: 14px; text-align: right; white-space: nowrap; }
        .testament { margin: 14px 0 6px 142px; color: var(--muted); font-size: 12px; font-weight: 600;
          text-transform: uppercase; letter-spacing: .06em; }
        .cells { display: flex; flex-wrap: wrap; gap: 2px; }
        .cell { display: block; width: 12px; height: 12px; border-radius: 2px; }
        .cell:hover { outline: 2px solid var(--fg); outline-offset: 1px; }
        .h0 { background: #ebedf0; } .h1 { background: #f47067; } .h2 { background: #f69d50; }
        .h3 { background: #eac54f; } .h4 { background: #b5e08a; } .h5 { background: #57ab5a; }
        .h6 { background: #1a7f37; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { padding: 6px 10px; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
        th { background: var(--soft); font-weight: 600; white-space: nowrap; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        td.cover { white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.missing { color: var(--muted); font-size: 13px; }
        tfoot td { font-weight: 600; border-bottom: 0; }
        details { border: 1px solid var(--border); border-radius: 6px; margin: 8px 0; }
        details table { border-top: 1px solid var(--border); }
        details tr:last-child td { border-bottom: 0; }
        summary { cursor: pointer; padding: 8px 12px; font-weight: 600; }
        summary .count { color: var(--muted); font-weight: 400; margin-left: 6px; }
        tr:target { background: #fff8c5; }

        """
}
