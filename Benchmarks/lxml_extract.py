#!/usr/bin/env python3
"""The Python/lxml baseline for the `versegraph build` comparison in Benchmarks/README.md.

    python3 Benchmarks/lxml_extract.py DIR [--out FILE] [--jobs N]

Does, with lxml.html, roughly the extraction versegraph does per page, serially by default:

1. walks DIR (hidden files and folders skipped) and reads every file whose name ends in
   .html/.htm or has no extension (a wget mirror's pages);
2. parses it with `lxml.html.document_fromstring` (libxml2's HTML parser building a tree;
   lxml decides the encoding from the meta charset itself);
3. takes the page's `<h1>` (first outside header/nav/footer/aside), `<title>`,
   `og:title`, `og:url` and `<link rel=canonical>`;
4. finds the section headings by text: any h1-h6, strong, b, p or div whose own leading
   text (or, for p/div, its first child's) starts with "Deeper Commentary" (deeper) or
   "Other Relevant Commentaries" / "Related Commentaries" / "Check out our other
   commentaries" (related), case-insensitive, whitespace folded;
5. collects the `<a href>` in the following siblings of the heading (of its p/div when the
   heading is a strong/b standing first in one), up to the next heading, skipping
   fragment-only, mailto:, javascript: and /cdn-cgi/l/email-protection links, and takes
   each link's folded text;
6. reads a "Book C:V[-V]" reference off the h1 and every link text with a regular
   expression, and resolves every href against the page URL with urllib (no book-name
   validation, no versification, no graph);
7. writes one JSON line per page (to --out, default /dev/null) and a summary on stderr.

It does less than versegraph (no encoding repair, no reference validation, no URL
normalisation beyond urljoin, no graph, coverage or checks), so it is a lower bound for a
Python implementation of the same job.
"""
import argparse
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from urllib.parse import urljoin

import lxml.html

DEEPER = ("deeper commentary",)
RELATED = ("other relevant commentaries", "related commentaries", "check out our other commentaries")
HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CANDIDATE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "p", "div")
CHROME = {"header", "nav", "footer", "aside", "script", "style", "noscript", "template"}
IGNORED_HREF = ("/cdn-cgi/l/email-protection", "mailto:", "javascript:")
REFERENCE = re.compile(r"((?:[123] )?[A-Z][a-z]+(?: of [A-Z][a-z]+)?) (\d+):(\d+)b?(?:[-\u2013](\d+))?")


def fold(text):
    return " ".join((text or "").split())


def section_kind(text):
    text = fold(text).lower()
    if text.startswith(DEEPER):
        return "deeper"
    if text.startswith(RELATED):
        return "related"
    return None


def leading_text(el):
    text = (el.text or "").strip()
    if not text and el.tag in ("p", "div") and len(el):
        text = el[0].text or ""
    return text


def in_chrome(el):
    for ancestor in el.iterancestors():
        if ancestor.tag in CHROME:
            return True
    return False


def reference(text):
    m = REFERENCE.search(text or "")
    return m.groups() if m else None


def extract(path, rel):
    with open(path, "rb") as f:
        data = f.read()
    if not data.strip():
        return None
    try:
        root = lxml.html.document_fromstring(data)
    except Exception as error:  # noqa: BLE001 - a bad page must not stop the run
        return {"path": rel, "error": str(error)}
    h1 = next((fold(h.text_content()) for h in root.iter("h1") if not in_chrome(h)), None)
    title = root.findtext(".//title")
    og_title = og_url = canonical = None
    for meta in root.iter("meta"):
        prop = meta.get("property") or meta.get("name")
        if prop == "og:title" and og_title is None:
            og_title = meta.get("content")
        elif prop == "og:url" and og_url is None:
            og_url = meta.get("content")
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            canonical = link.get("href")
            break
    url = canonical or og_url or "https://thebiblesays.com/" + rel
    links = []
    for el in root.iter(*CANDIDATE_TAGS):
        kind = section_kind(leading_text(el))
        if kind is None or in_chrome(el):
            continue
        start = el
        if el.tag in ("strong", "b"):
            parent = el.getparent()
            if parent is not None and parent.tag in ("p", "div") and not (parent.text or "").strip():
                start = parent
        for sibling in start.itersiblings():
            if not isinstance(sibling.tag, str):
                continue  # comments
            if sibling.tag in HEADING_TAGS or section_kind(leading_text(sibling)):
                break
            for a in sibling.iter("a"):
                href = (a.get("href") or "").strip()
                if not href or href.startswith("#") or any(p in href.lower() for p in IGNORED_HREF):
                    continue
                text = fold(a.text_content())
                links.append({"kind": kind, "href": href, "url": urljoin(url, href), "text": text,
                              "ref": reference(text), "line": a.sourceline})
    return {"path": rel, "url": url, "h1": h1, "title": fold(title), "og_title": og_title,
            "passage": reference(h1 or og_title or title), "links": links}


def page_files(folder):
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            ext = os.path.splitext(name)[1].lower()
            # wget names pages after their URL: "exo+32:31" has no real extension.
            if ext in (".html", ".htm") or not ext.strip(".").isalpha():
                path = os.path.join(dirpath, name)
                yield path, os.path.relpath(path, folder)


def extract_pair(pair):
    return extract(*pair)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--out", default=os.devnull)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    files = list(page_files(args.folder))
    pages = links = 0
    with open(args.out, "w", encoding="utf-8") as out:
        if args.jobs > 1:
            with ProcessPoolExecutor(args.jobs) as pool:
                results = list(pool.map(extract_pair, files, chunksize=64))
        else:
            results = map(extract_pair, files)
        for page in results:
            if page is None:
                continue
            pages += 1
            links += len(page.get("links", []))
            out.write(json.dumps(page, ensure_ascii=False) + "\n")
    print(f"lxml_extract: {pages} pages, {links} section links", file=sys.stderr)


if __name__ == "__main__":
    main()
