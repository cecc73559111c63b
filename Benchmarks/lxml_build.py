#!/usr/bin/env python3
"""The "same build" Python peer of `versegraph build`: lxml extraction plus a networkx graph.

    python3 Benchmarks/lxml_build.py DIR --out OUTDIR [--jobs N]

The whole-site performance issue compares `versegraph build` with "a Python lxml + networkx
script doing the same build with 2 processes". This is that script. `lxml_extract.py` stays
the lean lower bound (extraction only, no graph); this one reuses its extraction (imported,
not copied) and then does, in the parent process, what `build` does with the results:

1. extracts every page with `lxml_extract.extract` (a ProcessPoolExecutor of N processes,
   chunksize 64, as lxml_extract does; serially with --jobs 1) and collects the records;
2. gives every page a URL key the way versegraph compares URLs (http/https, `www.`, the
   hosts thebiblesays.com and thebiblesays.app, `%3A`/`%2B`, trailing slashes,
   `index.html`, `.html`, queries and fragments all compare equal; a page without a
   canonical or og:url gets its mirror path, whose first folder is the host, and relative
   links of a mirrored page resolve against the file's own address), a kind (synopsis or
   commentary from the URL, else one verse is a synopsis) and a verse range from the
   "Book C:V[-V]" that lxml_extract reads off the h1/og:title/title. Book names are mapped
   to OSIS ids with Data/versification/names.tsv and every reference is checked against the
   KJV verse counts of Data/versification/kjv.tsv; a page whose passage is missing or does
   not exist is "unparsed" and left out, as versegraph leaves it out;
3. resolves every section link once: to the page with that URL key, else to the node named
   by the link text's reference, else to the passage in the URL (`/en/synopsis/exo+32:31`,
   USFM codes from Data/versification/usfm_codes.tsv; a commentary URL names the
   commentary that starts at that verse, when there is one). A link that reaches no page
   is dangling (its node is made, without pages); a link that names no passage at all
   ("Donate") is no edge. Links that lxml_extract collects twice (a heading <strong>
   standing first in its <p> matches as the <p> and as the <strong>) are counted once;
4. builds a `networkx.DiGraph`: a node per verse range (id "Exod.32.30-Exod.32.35",
   attributes label, book, kind synopsis/commentary/unknown and pages, the page count) and
   an edge per (source, target) with kind (deeper when any of its links is), count, and
   the file and line of its first link;
5. writes into OUTDIR, each atomically (a temporary file in OUTDIR, fsync, os.replace),
   JSON with sort_keys: graph.json (`networkx.node_link_data(G, edges="links")`), graph.dot
   (a cluster per book, a line per node and per edge), coverage.json (per book of the
   canon: verses, verses covered by any page, percent; and the totals) and check.json
   (dangling links with page path and line, synopsis pages without a Deeper link, and
   synopsis pages whose Deeper link leads to a passage that does not hold their verse;
   plus the unparsed and unreadable pages);
6. prints a one-line summary on stderr.

What it still does not do that versegraph does: encoding repair (lxml guesses; a
Windows-1252 page without charset loses its en dashes), `<base href>`, partial verses
("19b" is verse 19), chapter-spanning references, the other check rules (text-target
mismatch, invalid references in link text, duplicates, self-links, orphans), per-chapter
coverage and missing ranges, and the coverage.html, canon.svg, graph.html and graph.svg
outputs. A networkx DiGraph also keeps one edge per (source, target), where versegraph's
graph keeps one per (source, target, kind).
"""
import argparse
import json
import os
import re
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # importing lxml_extract leaves no __pycache__ in Benchmarks/

import networkx  # noqa: E402

from lxml_extract import extract, page_files  # noqa: E402

DATA = os.path.join(os.path.dirname(HERE), "Data", "versification")
SITE_HOSTS = {"thebiblesays.com": "thebiblesays.com", "thebiblesays.app": "thebiblesays.com"}
DEFAULT_HOST = "https://thebiblesays.com/"
PASSAGE_PATH = re.compile(r"/(synopsis|commentary)/([1-3]?[a-z]{2,3})\+(\d+):(\d+)$")
ABSOLUTE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
ESCAPES = re.compile(r"%(3[aA]|2[bB])")
UNESCAPED = {"3a": ":", "2b": "+"}
UMASK = os.umask(0o022)
os.umask(UMASK)


# ---------------------------------------------------------------------------------------
# Versification: KJV verse counts, book names and USFM codes (Data/versification).
# ---------------------------------------------------------------------------------------

def read_tsv(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip()]


def load_versification():
    books = {}  # osis -> {"number", "name", "verses": [count per chapter], "offsets": [...]}
    for osis, number, name, chapter, count in read_tsv("kjv.tsv")[1:]:
        book = books.setdefault(osis, {"number": int(number), "name": name, "verses": []})
        assert int(chapter) == len(book["verses"]) + 1, (osis, chapter)
        book["verses"].append(int(count))
    for book in books.values():
        offsets, total = [], 0
        for count in book["verses"]:
            offsets.append(total)
            total += count
        book["offsets"], book["total"] = offsets, total
    names = {}
    for row in read_tsv("names.tsv"):
        for name in row:
            names.setdefault(name.lower(), row[0])
    for osis, book in books.items():
        names.setdefault(book["name"].lower(), osis)
    usfm = {code.lower(): osis for osis, code in read_tsv("usfm_codes.tsv")[1:]}
    return books, names, usfm


BOOKS, NAMES, USFM = load_versification()


@lru_cache(maxsize=None)
def checked_range(osis, chapter, first, last):
    """(osis, chapter, first, last) when the canon has it, else None."""
    book = BOOKS.get(osis)
    if book is None or not 1 <= chapter <= len(book["verses"]):
        return None
    if not 1 <= first <= last <= book["verses"][chapter - 1]:
        return None
    return osis, chapter, first, last


@lru_cache(maxsize=None)
def reference_range(ref):
    """A verse range from lxml_extract's (book, chapter, verse, end verse) tuple, or None."""
    if not ref:
        return None
    book, chapter, verse, end = ref
    osis = NAMES.get(book.lower())
    if osis is None:
        return None
    return checked_range(osis, int(chapter), int(verse), int(end or verse))


def range_id(r):
    osis, chapter, first, last = r
    if first == last:
        return f"{osis}.{chapter}.{first}"
    return f"{osis}.{chapter}.{first}-{osis}.{chapter}.{last}"


def range_label(r):
    osis, chapter, first, last = r
    name = BOOKS[osis]["name"]
    return f"{name} {chapter}:{first}" if first == last else f"{name} {chapter}:{first}-{last}"


# ---------------------------------------------------------------------------------------
# URLs.
# ---------------------------------------------------------------------------------------

@lru_cache(maxsize=None)
def url_key(url):
    """The form in which two URLs of one page compare equal: host + path."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    host = SITE_HOSTS.get(host, host)
    path = parts.path
    if "%" in path:
        path = ESCAPES.sub(lambda m: UNESCAPED[m.group(1).lower()], path)
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    elif path.endswith(".html"):
        path = path[: -len(".html")]
    path = path.rstrip("/") or "/"
    return host + path


def mirror_address(rel):
    """The URL a wget mirror's file was fetched from, when its first folder is a host."""
    first = rel.split(os.sep, 1)[0]
    if os.sep in rel and "." in first and not first.startswith("."):
        return "https://" + rel.replace(os.sep, "/")
    return None


def is_path_relative(href):
    return not (href.startswith("/") or ABSOLUTE.match(href))


@lru_cache(maxsize=None)
def url_passage(key):
    """(kind, verse range of one verse) of a /synopsis/ or /commentary/ URL key, or None."""
    m = PASSAGE_PATH.search(key)
    if not m:
        return None
    osis = USFM.get(m.group(2))
    if osis is None:
        return None
    verse = int(m.group(4))
    r = checked_range(osis, int(m.group(3)), verse, verse)
    return (m.group(1), r) if r else None


def page_kind(key, r):
    if "/synopsis/" in key:
        return "synopsis"
    if "/commentary/" in key:
        return "commentary"
    return "synopsis" if r[2] == r[3] else "commentary"


# ---------------------------------------------------------------------------------------
# The build.
# ---------------------------------------------------------------------------------------

def extract_pair(pair):
    return extract(*pair)


def extract_all(folder, jobs):
    files = list(page_files(folder))
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            return len(files), list(pool.map(extract_pair, files, chunksize=64))
    return len(files), [extract_pair(pair) for pair in files]


class Build:
    def __init__(self):
        self.nodes = {}  # id -> {"range", "pages", "kinds"}
        self.edges = {}  # (source, target) -> [kind, count, file, line]
        self.pages = []  # (path, node id, range, kind, links, base for relative links)
        self.by_url = {}  # url key -> node id
        self.commentary_start = {}  # (osis, chapter, first verse) -> node id
        self.holder = {}  # (osis, chapter, verse) -> node id of a commentary holding it
        self.findings = {"dangling": [], "missing_deeper": [], "deeper_not_covering": [],
                         "unparsed": [], "unreadable": []}
        self.empty = 0
        self.links = 0

    def node(self, r):
        nid = range_id(r)
        if nid not in self.nodes:
            self.nodes[nid] = {"range": r, "pages": 0, "kinds": set()}
        return nid

    def add_page(self, page):
        if page is None:
            self.empty += 1
            return
        rel = page["path"]
        if "error" in page:
            self.findings["unreadable"].append({"file": rel, "error": page["error"]})
            return
        r = reference_range(page["passage"])
        if r is None:
            self.findings["unparsed"].append({"file": rel, "title": page["h1"] or page["og_title"] or page["title"]})
            return
        address = mirror_address(rel)
        url = page["url"]
        if url == DEFAULT_HOST + rel and address:
            url = address  # lxml_extract's fallback: the mirror path names the host
        key = url_key(url)
        kind = page_kind(key, r)
        nid = self.node(r)
        node = self.nodes[nid]
        node["pages"] += 1
        node["kinds"].add(kind)
        self.by_url.setdefault(key, nid)
        if kind == "commentary":
            osis, chapter, first, last = r
            self.commentary_start.setdefault((osis, chapter, first), nid)
            for verse in range(first, last + 1):
                self.holder.setdefault((osis, chapter, verse), nid)
        # Relative hrefs of a mirrored page resolve against the file's address, not its
        # canonical URL (`../exo+32:7` in `.../exo+32:1/index.html`).
        rebase = address if address and address != page["url"] else None
        self.pages.append((rel, nid, r, kind, page["links"], rebase))

    def target(self, link, rebase):
        """(node id, reached a page by its URL) of a link, or (None, False)."""
        href = link["href"]
        url = urljoin(rebase, href) if rebase and is_path_relative(href) else link["url"]
        key = url_key(url)
        nid = self.by_url.get(key)
        if nid is not None:
            return nid, True
        r = reference_range(link["ref"])
        if r is not None:
            return self.node(r), False
        passage = url_passage(key)
        if passage is None:
            return None, False
        kind, r = passage
        if kind == "commentary":
            nid = self.commentary_start.get(r[:3])
            if nid is not None:
                return nid, False
        return self.node(r), False

    def resolve(self):
        nodes, edges, findings = self.nodes, self.edges, self.findings
        for rel, source, r, kind, links, rebase in self.pages:
            seen = set()
            has_deeper = False
            for link in links:
                identity = (link["kind"], link["line"], link["href"], link["text"])
                if identity in seen:
                    continue  # the same <a>, collected under a <p> and its <strong>
                seen.add(identity)
                self.links += 1
                deeper = link["kind"] == "deeper"
                has_deeper = has_deeper or deeper
                target, by_url = self.target(link, rebase)
                if target is None:
                    continue
                if not by_url and nodes[target]["pages"] == 0:
                    findings["dangling"].append({"file": rel, "line": link["line"], "kind": link["kind"],
                                                 "href": link["href"], "text": link["text"],
                                                 "source": source, "target": target})
                edge = edges.get((source, target))
                if edge is None:
                    edges[(source, target)] = [link["kind"], 1, rel, link["line"]]
                else:
                    edge[1] += 1
                    if deeper:
                        edge[0] = "deeper"
                if deeper and kind == "synopsis":
                    t = nodes[target]["range"]
                    if not (t[0] == r[0] and t[1] == r[1] and t[2] <= r[2] and r[3] <= t[3]):
                        findings["deeper_not_covering"].append({"file": rel, "line": link["line"],
                                                                "source": source, "target": target})
            if kind == "synopsis" and not has_deeper:
                findings["missing_deeper"].append({"file": rel, "source": source,
                                                   "holder": self.holder.get(r[:2] + (r[2],))})

    def graph(self):
        order = {}

        def canon(nid):
            osis, chapter, first, last = self.nodes[nid]["range"]
            return BOOKS[osis]["number"], chapter, first, last

        G = networkx.DiGraph(name="lxml_build", versification="kjv")
        for i, nid in enumerate(sorted(self.nodes, key=canon)):
            node = self.nodes[nid]
            kinds = node["kinds"]
            kind = "commentary" if "commentary" in kinds else "synopsis" if kinds else "unknown"
            order[nid] = i
            G.add_node(nid, label=range_label(node["range"]), book=node["range"][0], kind=kind,
                       pages=node["pages"])
        for (source, target), (kind, count, rel, line) in sorted(
                self.edges.items(), key=lambda item: (order[item[0][0]], order[item[0][1]])):
            G.add_edge(source, target, kind=kind, count=count, file=rel, line=line)
        return G

    def coverage(self):
        covered = {osis: bytearray(book["total"]) for osis, book in BOOKS.items()}
        for node in self.nodes.values():
            if node["pages"]:
                osis, chapter, first, last = node["range"]
                start = BOOKS[osis]["offsets"][chapter - 1] - 1
                covered[osis][start + first:start + last + 1] = b"\x01" * (last - first + 1)
        books, total, total_covered = [], 0, 0
        for osis, book in sorted(BOOKS.items(), key=lambda item: item[1]["number"]):
            count = covered[osis].count(1)
            books.append({"book": osis, "name": book["name"], "verses": book["total"], "covered": count,
                          "percent": round(100 * count / book["total"], 2)})
            total += book["total"]
            total_covered += count
        return {"books": books, "kind": "any", "scope": "canon", "versification": "kjv",
                "totals": {"verses": total, "covered": total_covered,
                           "percent": round(100 * total_covered / total, 2)}}

    def check(self, found):
        findings = self.findings
        for name in ("dangling", "deeper_not_covering"):
            findings[name].sort(key=lambda f: (f["file"], f["line"]))
        for name in ("missing_deeper", "unparsed", "unreadable"):
            findings[name].sort(key=lambda f: f["file"])
        summary = {name: len(items) for name, items in findings.items()}
        summary.update(files=found, pages=len(self.pages), empty=self.empty, links=self.links)
        return dict(findings, summary=summary)


# ---------------------------------------------------------------------------------------
# Outputs.
# ---------------------------------------------------------------------------------------

def write_atomically(folder, name, write):
    fd, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        os.fchmod(fd, 0o666 & ~UMASK)  # mkstemp makes 0600; give the file the mode open() would
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, os.path.join(folder, name))
    except BaseException:
        os.unlink(temporary)
        raise


def dot_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_dot(G, f):
    f.write("digraph lxml_build {\n  graph [rankdir=LR];\n  node [shape=box, style=\"rounded,filled\", fillcolor=white];\n")
    book = None
    for nid, data in G.nodes(data=True):
        if data["book"] != book:
            if book is not None:
                f.write("  }\n")
            book = data["book"]
            f.write(f"  subgraph {dot_string('cluster_' + book)} {{\n    label={dot_string(BOOKS[book]['name'])};\n")
        style = {"commentary": ', fillcolor="#dbeafe"', "unknown": ', style="rounded,dashed"'}.get(data["kind"], "")
        f.write(f"    {dot_string(nid)} [label={dot_string(data['label'])}{style}];\n")
    if book is not None:
        f.write("  }\n")
    for source, target, data in G.edges(data=True):
        style = "solid" if data["kind"] == "deeper" else "dashed"
        f.write(f"  {dot_string(source)} -> {dot_string(target)} [style={style}];\n")
    f.write("}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--out", required=True)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    found, results = extract_all(args.folder, args.jobs)
    build = Build()
    for page in results:
        build.add_page(page)
    del results
    build.resolve()
    G = build.graph()
    coverage = build.coverage()
    check = build.check(found)
    os.makedirs(args.out, exist_ok=True)
    write_atomically(args.out, "graph.json",
                     lambda f: json.dump(networkx.node_link_data(G, edges="links"), f, sort_keys=True))
    write_atomically(args.out, "graph.dot", lambda f: write_dot(G, f))
    write_atomically(args.out, "coverage.json", lambda f: json.dump(coverage, f, sort_keys=True, indent=1))
    write_atomically(args.out, "check.json", lambda f: json.dump(check, f, sort_keys=True, indent=1))
    totals = coverage["totals"]
    print(f"lxml_build: {len(build.pages)} pages; {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; "
          f"{len(build.findings['dangling'])} dangling links; coverage {totals['percent']:.2f}% "
          f"({totals['covered']} of {totals['verses']} verses); wrote graph.json, graph.dot, "
          f"coverage.json, check.json to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
