// The script of graph.html, written by hand: plain JavaScript, no library, run once the page
// has loaded. It reads the JSON that CanonExplorerData writes.

extension CanonExplorerPage {
    static let script = #"""
        "use strict";
        (function () {
          var D = JSON.parse(document.getElementById("vg-data").textContent);
          var $ = function (id) { return document.getElementById(id); };
          // Ordinal tables: starts[b][c] is the ordinal of verse 1 of chapter c + 1 of book b.
          var starts = [], flat = [], total = 0;
          D.books.forEach(function (book, b) {
            starts.push(book[2].map(function (count, c) {
              flat.push([total, b, c + 1]);
              total += count;
              return total - count;
            }));
          });
          function verseAt(ordinal) {
            var lo = 0, hi = flat.length - 1;
            while (lo < hi) {
              var mid = (lo + hi + 1) >> 1;
              if (flat[mid][0] <= ordinal) lo = mid; else hi = mid - 1;
            }
            return { book: flat[lo][1], chapter: flat[lo][2], verse: ordinal - flat[lo][0] + 1 };
          }
          function single(b) { return D.books[b][2].length === 1; }
          function lastVerse(b, c) { return D.books[b][2][c - 1]; }
          function label(first, last) {
            var s = verseAt(first), e = verseAt(last), name = D.books[s.book][1];
            if (s.verse === 1 && e.verse === lastVerse(e.book, e.chapter)) {
              if (single(s.book)) return name + " 1-" + e.verse;
              return name + " " + s.chapter + (e.chapter !== s.chapter ? "-" + e.chapter : "");
            }
            var head = single(s.book) ? name + " " + s.verse : name + " " + s.chapter + ":" + s.verse;
            if (first === last) return head;
            if (e.chapter !== s.chapter) return head + "-" + e.chapter + ":" + e.verse;
            return head + "-" + e.verse;
          }
          function osis(first, last) {
            var s = verseAt(first), e = verseAt(last), id = D.books[s.book][0];
            if (s.chapter === e.chapter && s.verse === 1 && e.verse === lastVerse(e.book, e.chapter)) return id + "." + s.chapter;
            var a = id + "." + s.chapter + "." + s.verse;
            return first === last ? a : a + "-" + id + "." + e.chapter + "." + e.verse;
          }
          // The reference reader: "Exodus 32:31", "Ps 23", "1 John 3:16-18", "Gen 1:1-2:3", "Exod.32.31".
          var human = /^\s*((?:[1-3]|i{1,3}|first|second|third|1st|2nd|3rd)?\s*[a-z][a-z .]*?)\.?\s*(\d+)(?:\s*[:.]\s*(\d+))?(?:\s*[-\u2013\u2014]\s*(\d+)(?:\s*[:.]\s*(\d+))?)?\s*$/i;
          var osisForm = /^([1-3]?[A-Za-z]+)\.(\d+)(?:\.(\d+))?(?:-(?:[1-3]?[A-Za-z]+\.)?(\d+)(?:\.(\d+))?)?$/;
          function parse(text) {
            var osisMatch = osisForm.exec(text.trim()), m = osisMatch || human.exec(text);
            if (!m) return { error: "not a reference: \u201c" + text + "\u201d" };
            var b = D.names[m[1].toLowerCase().replace(/[ .]/g, "")];
            if (b === undefined) return { error: "no book is called \u201c" + m[1].trim() + "\u201d" };
            var n = [m[2], m[3], m[4], m[5]].map(function (x) { return x === undefined ? null : parseInt(x, 10); });
            var c1 = n[0], v1 = n[1], c2 = n[2], v2 = n[3];
            // In a book of one chapter a lone number is a verse ("Jude 3"), but not in OSIS ("Jude.1").
            if (single(b) && v1 === null && !osisMatch) { v1 = c1; c1 = 1; if (c2 !== null && v2 === null) { v2 = c2; c2 = 1; } }
            if (v1 !== null && c2 !== null && v2 === null) { v2 = c2; c2 = c1; }
            if (c2 === null) c2 = c1;
            var name = D.books[b][1], chapters = D.books[b][2].length;
            for (var c of [c1, c2]) {
              if (c < 1 || c > chapters) return { error: "chapter " + c + " does not exist: " + name + " has " + chapters + " chapters" };
            }
            if (v1 === null) { v1 = 1; v2 = lastVerse(b, c2); }
            if (v2 === null) v2 = v1;
            if (v1 < 1 || v1 > lastVerse(b, c1)) return { error: "verse " + v1 + " does not exist: " + name + " " + c1 + " has " + lastVerse(b, c1) + " verses" };
            if (v2 < 1 || v2 > lastVerse(b, c2)) return { error: "verse " + v2 + " does not exist: " + name + " " + c2 + " has " + lastVerse(b, c2) + " verses" };
            var first = starts[b][c1 - 1] + v1 - 1, last = starts[b][c2 - 1] + v2 - 1;
            if (last < first) return { error: "the range ends before it starts" };
            return { first: first, last: last };
          }
          // The chapters of the arc view, in order, as [book, chapter].
          var chapters = [], chapterIndex = {};
          D.scope.forEach(function (b) {
            D.books[b][2].forEach(function (_, c) { chapterIndex[b + ":" + (c + 1)] = chapters.length; chapters.push([b, c + 1]); });
          });
          function chapterOf(ordinal) { var v = verseAt(ordinal); return chapterIndex[v.book + ":" + v.chapter]; }
          var L = D.layout, SVG = "http://www.w3.org/2000/svg";
          function middle(i) { return (L.left + i * L.slot + Math.floor(L.slot / 2)) / 10; }
          function arcPath(a, b) {
            var x1 = middle(Math.min(a, b)), x2 = middle(Math.max(a, b)), y = L.axis / 10;
            if (a === b) { var h = Math.max(L.slot * 0.35, 5) / 10; return "M" + (x1 - h) + " " + y + "A" + h + " " + Math.max(L.slot / 20, 3) + " 0 0 1 " + (x1 + h) + " " + y; }
            var rx = (x2 - x1) / 2;
            return "M" + x1 + " " + y + "A" + rx + " " + Math.max(rx * L.flattening / 1000, 1) + " 0 0 1 " + x2 + " " + y;
          }
          function pageLabel(p) { var page = D.pages[p]; return page[3] < 0 ? "(no passage)" : label(page[3], page[4]); }
          function overlaps(f, l, first, last) { return f >= 0 && f <= last && l >= first; }
          function el(tag, text, cls) { var e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
          var LIMIT = 400;
          function linkItem(i, direction) {
            var k = i * 6, src = D.links[k], flags = D.links[k + 1], f = D.links[k + 2], l = D.links[k + 3], tp = D.links[k + 4];
            var li = el("li"), kind = flags & 1 ? "related" : "deeper";
            var target = f >= 0 ? label(f, l) : "(no passage)";
            li.appendChild(el("span", pageLabel(src) + " \u2013" + kind + "\u2192 " + target, "link " + kind));
            li.appendChild(el("span", " " + D.pages[src][0] + ":" + D.links[k + 5], "file"));
            if (tp < 0 && D.hrefs[i]) li.appendChild(el("span", " \u2192 " + D.hrefs[i] + " (not in the corpus)", "file"));
            if (flags >> 1) { li.className = "broken"; li.appendChild(el("span", " broken: " + D.rules[(flags >> 1) - 1], "rule")); }
            return li;
          }
          function list(id, items, make) {
            var ul = $(id); ul.textContent = "";
            items.slice(0, LIMIT).forEach(function (x) { ul.appendChild(make(x)); });
            if (items.length > LIMIT) ul.appendChild(el("li", "\u2026 and " + (items.length - LIMIT) + " more"));
          }
          function show(ref) {
            var covers = [], out = [], into = [], broken = 0, pairs = {};
            D.pages.forEach(function (p, i) { if (overlaps(p[3], p[4], ref.first, ref.last)) covers.push(i); });
            var covering = {}; covers.forEach(function (i) { covering[i] = true; });
            for (var i = 0, n = D.links.length / 6; i < n; i++) {
              var k = i * 6, src = D.links[k], f = D.links[k + 2], l = D.links[k + 3], from = D.pages[src], dir = null;
              if (covering[src]) dir = out; else if (overlaps(f, l, ref.first, ref.last)) dir = into;
              if (!dir) continue;
              dir.push(i);
              if (D.links[k + 1] >> 1) broken++;
              var a = from[3] >= 0 ? chapterOf(from[3]) : undefined, b = f >= 0 ? chapterOf(f) : undefined;
              if (a !== undefined && b !== undefined) pairs[a + ":" + b] = [a, b, D.links[k + 1] >> 1 ? "#dc2626" : "#f59e0b"];
            }
            $("vg-error").textContent = "";
            $("vg-title").textContent = label(ref.first, ref.last) + " (" + osis(ref.first, ref.last) + ")";
            $("n-covers").textContent = covers.length;
            $("n-out").textContent = out.length;
            $("n-in").textContent = into.length;
            $("n-broken").textContent = broken;
            list("covers", covers, function (i) {
              var p = D.pages[i], li = el("li"), url = p[1] || "https://" + p[0];
              li.appendChild(el("span", (p[2] === 0 ? "synopsis " : p[2] === 1 ? "commentary " : "page ") + pageLabel(i) + " "));
              var a = el("a", url); a.href = url; li.appendChild(a);
              li.appendChild(el("span", " " + p[0], "file"));
              return li;
            });
            list("out", out, function (i) { return linkItem(i); });
            list("in", into, function (i) { return linkItem(i); });
            var g = $("vg-highlight"); g.textContent = "";
            document.getElementById("arcs").setAttribute("opacity", "0.2");
            var first = chapterOf(ref.first), last = chapterOf(ref.last);
            if (first !== undefined) {
              var r = document.createElementNS(SVG, "rect");
              r.setAttribute("x", (L.left + first * L.slot) / 10 - 1); r.setAttribute("y", L.axis / 10 - 4);
              r.setAttribute("width", ((last - first + 1) * L.slot) / 10 + 2); r.setAttribute("height", 8);
              r.setAttribute("fill", "#f59e0b"); g.appendChild(r);
            }
            Object.keys(pairs).sort().forEach(function (key) {
              var p = pairs[key], path = document.createElementNS(SVG, "path");
              path.setAttribute("d", arcPath(p[0], p[1])); path.setAttribute("stroke", p[2]);
              path.setAttribute("stroke-width", "2"); path.setAttribute("fill", "none"); g.appendChild(path);
            });
            $("vg-result").hidden = false;
          }
          function fail(message) {
            $("vg-error").textContent = message; $("vg-result").hidden = true;
            $("vg-highlight").textContent = ""; document.getElementById("arcs").removeAttribute("opacity");
          }
          function fromHash() {
            var text = location.hash.slice(1);
            try { text = decodeURIComponent(text); } catch (error) { /* a stray % is read as it is */ }
            if (!text) return;
            $("vg-ref").value = text;
            var ref = parse(text);
            if (ref.error) fail(ref.error); else show(ref);
          }
          $("vg-form").addEventListener("submit", function (event) {
            event.preventDefault();
            var ref = parse($("vg-ref").value);
            if (ref.error) { fail(ref.error); return; }
            var hash = "#" + osis(ref.first, ref.last);
            if (location.hash === hash) show(ref); else location.hash = hash;
          });
          var svg = document.querySelector("#vg-canon svg");
          var hl = document.createElementNS(SVG, "g"); hl.id = "vg-highlight"; svg.appendChild(hl);
          svg.addEventListener("click", function (event) {
            var point = svg.createSVGPoint(); point.x = event.clientX; point.y = event.clientY;
            var x = point.matrixTransform(svg.getScreenCTM().inverse()).x * 10;
            var i = Math.floor((x - L.left) / L.slot);
            if (i < 0 || i >= chapters.length) return;
            var c = chapters[i];
            location.hash = "#" + D.books[c[0]][0] + "." + c[1];
          });
          window.addEventListener("hashchange", fromHash);
          fromHash();
          // How long the page took to be ready, for whoever measures it (the benchmarks do).
          document.documentElement.setAttribute("data-ready-ms", Math.round(performance.now()));
        })();
        """#
}
