#!/usr/bin/env python3
"""Writes a large synthetic corpus for benchmarks, OUTSIDE the repository.

    python3 Scripts/make-benchmark-corpus.py [DIR] [--pages N] [--seed S]
    python3 Scripts/make-benchmark-corpus.py [DIR] --canon

DIR defaults to /tmp/versegraph-bench-corpus, N to 5,000 pages (about 40 KB each, like the
real site: about 200 MB). `--canon` writes the whole canon instead, as the live site has it:
a synopsis page for every one of the 31,102 verses of the KJV versification and a commentary
page for every passage (3 to 12 verses), about 35,000 pages of 32 KB on average (1.1 GB),
with about 3% of related links dangling. Standard library only, no network; the same
arguments give byte-identical files.

The 47 sample pages in Inputs/thebiblesays.com are the templates: every generated page is
one of them with its own passage, URL and link targets replaced, then padded with
paragraphs of commentary text (taken from the templates' own paragraphs), a sidebar of
chrome links inside <aside>, and an inline configuration script in <head>. The markup
variety of the samples (h2/h3/<p><strong>/<b>/<div> headings, <ul> or <p> lists, unclosed
tags, relative and absolute hrefs, %2B/%3A escapes, index.html and .html files, one
Windows-1252 page without charset, comments holding fake links) is kept as is.

Layout: a wget mirror, DIR/thebiblesays.com/en/synopsis/<usfm>+C:V and
DIR/thebiblesays.com/en/commentary/<usfm>+C:V (plus the samples' .html and /index.html
shapes). Pages come a whole chapter at a time, chosen at random from the whole canon: a
commentary page per passage of 3-12 verses and a synopsis page per verse, whose "Deeper"
link goes to the passage holding it; "related" links go to other commentaries of the
corpus, and about 1% of them to a commentary that the corpus does not have (dangling).
Chapters, verses and USFM codes are the real ones (Data/versification/kjv.tsv).

DIR is emptied first, but only if it is empty or was written by this script (it holds a
`.versegraph-bench-corpus` marker file). A summary (pages, bytes, expected links and
graph edges) is printed at the end.
"""
import argparse
import html
import os
import pathlib
import random
import re
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "Inputs" / "thebiblesays.com"
HOST = "thebiblesays.com"
MARKER = ".versegraph-bench-corpus"

# ---------------------------------------------------------------------------------------
# Books and chapters (real data).
# ---------------------------------------------------------------------------------------


def load_books():
    """[(osis, english name, usfm lower, [verse counts])] in canonical order."""
    data = ROOT / "Data" / "versification"
    usfm = {}
    for line in (data / "usfm_codes.tsv").read_text().splitlines()[1:]:
        osis, code = line.split("\t")
        usfm[osis] = code.lower()
    books = {}
    order = []
    for line in (data / "kjv.tsv").read_text().splitlines()[1:]:
        osis, _, name, chapter, count = line.split("\t")
        if osis not in books:
            books[osis] = (name, [])
            order.append(osis)
        books[osis][1].append(int(count))
    return [(osis, books[osis][0], usfm[osis], books[osis][1]) for osis in order]


def display_name(name):
    # The site titles a psalm "Psalm 23:1 meaning".
    return "Psalm" if name == "Psalms" else name


# ---------------------------------------------------------------------------------------
# Templates.
# ---------------------------------------------------------------------------------------

KEY_RE = r"[0-9a-z]{3}(?:\+|%2B|%2b)\d+(?::|%3A|%3a)\d+"
ANCHOR_RE = re.compile(r'<a\b(?P<attrs>[^>]*?)\bhref="(?P<href>[^"]*)"(?P<rest>[^>]*)>(?P<inner>.*?)</a>', re.S)
# A reference inside link text: "Exodus 32:7-14", "<span>Exodus</span> 32:15-20",
# "<strong>Exodus 32:30-35</strong>", "Exodus&nbsp;32:7&#8211;14", "Acts 9:19b-25", "Exodus 32:30".
REF_RE = re.compile(
    r"(?P<pre><(?:span|strong)>)?(?P<book>(?:[123] )?[A-Z][a-z]+(?: of [A-Z][a-z]+)?)(?P<mid></span>)?"
    r"(?P<sp> |&nbsp;)(?P<ch>\d+):(?P<v1>\d+)b?(?:(?P<dash>-|\u2013|&#8211;)(?P<v2>\d+))?")
HEADING_DEEPER = "Deeper Commentary"
HEADINGS_RELATED = ("Other Relevant Commentaries", "Related Commentaries", "Check out our other commentaries")


class Template:
    def __init__(self, path):
        self.relative = path.relative_to(TEMPLATES).as_posix()
        raw = path.read_bytes()
        try:
            self.text = raw.decode("utf-8")
            self.encoding = "utf-8"
        except UnicodeDecodeError:
            self.text = raw.decode("cp1252")
            self.encoding = "cp1252"
        parts = self.relative.split("/")
        self.kind = parts[1]  # synopsis | commentary
        name = parts[2]
        if len(parts) == 4:
            self.shape = "index"  # <key>/index.html
        elif name.endswith(".html"):
            self.shape = "html"  # <key>.html
            name = name[: -len(".html")]
        else:
            self.shape = "plain"
        self.key = name
        self.own_ref = re.search(r"<h1>(.*?) meaning</h1>", self.text).group(1)


def load_templates():
    templates = [Template(p) for p in sorted(TEMPLATES.rglob("*")) if p.is_file()]
    return ([t for t in templates if t.kind == "synopsis"], [t for t in templates if t.kind == "commentary"])


# ---------------------------------------------------------------------------------------
# The corpus plan: which pages, which links.
# ---------------------------------------------------------------------------------------


class Passage:
    def __init__(self, book, chapter, first, last):
        self.book, self.chapter, self.first, self.last = book, chapter, first, last

    @property
    def key(self):
        return f"{self.book[2]}+{self.chapter}:{self.first}"

    @property
    def ref(self):
        name = display_name(self.book[1])
        if self.first == self.last:
            return f"{name} {self.chapter}:{self.first}"
        return f"{name} {self.chapter}:{self.first}-{self.last}"


def plan(books, pages, rng, canon=False):
    chapters = [(book, c + 1) for book in books for c in range(len(book[3]))]
    if canon:
        pages = sum(len(book[3]) + sum(book[3]) for book in books) * 2  # room for every page
    else:
        rng.shuffle(chapters)
    commentaries, synopses = [], []  # Passage; (Passage of one verse, covering Passage)
    used = set()
    for book, chapter in chapters:
        budget = pages - len(commentaries) - len(synopses)
        if budget <= 0:
            break
        used.add((book[0], chapter))
        count = book[3][chapter - 1]
        passages = []
        verse = 1
        while verse <= count:
            length = rng.randint(3, 12)
            last = min(count, verse + length - 1)
            if count - last < 3:
                last = count  # no passage of one or two verses at a chapter's end
            passages.append(Passage(book, chapter, verse, last))
            verse = last + 1
        # Take the chapter whole, or the first verses of it and the passages holding them.
        verses = count
        while verses > 0 and verses + sum(p.first <= verses for p in passages) > budget:
            verses -= 1
        if verses == 0:
            break
        passages = [p for p in passages if p.first <= verses]
        commentaries += passages
        for v in range(1, verses + 1):
            cover = next(p for p in passages if p.first <= v <= p.last)
            synopses.append((Passage(book, chapter, v, v), cover))
    # Commentaries the corpus does not have, for dangling links.
    missing = []
    for book, chapter in chapters:
        if (book[0], chapter) not in used and len(missing) < 500:
            count = book[3][chapter - 1]
            missing.append(Passage(book, chapter, 1, min(count, 1 + rng.randint(2, 8))))
    if canon:
        # Every chapter is used: a dangling link names a passage off by one verse, as a typo
        # in a CMS would (no commentary starts there).
        starts = {(p.book[0], p.chapter, p.first) for p in commentaries}
        for p in rng.sample(commentaries, 500):
            if p.first + 1 <= p.last and (p.book[0], p.chapter, p.first + 1) not in starts:
                missing.append(Passage(p.book, p.chapter, p.first + 1, p.last))
    return commentaries, synopses, missing


# ---------------------------------------------------------------------------------------
# Text.
# ---------------------------------------------------------------------------------------


def sentence_pool(templates):
    sentences = set()
    for t in templates:
        for paragraph in re.findall(r"<p[^>]*>(.*?)</p>", t.text, re.S):
            text = html.unescape(re.sub(r"<[^>]+>", "", paragraph))
            for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())):
                if 40 <= len(s) <= 400 and "@" not in s and "protected" not in s and "cookies" not in s:
                    sentences.add(s)
    lowered = [h.lower() for h in (HEADING_DEEPER,) + HEADINGS_RELATED]
    # A paragraph starting with a heading text would open a section: leave such sentences out.
    return sorted(s for s in sentences if not any(s.lower().startswith(h) for h in lowered))


def body_padding(rng, sentences, commentaries, size):
    out = ['\n    <div class="commentary-body extended">\n']
    total = 0
    while total < size:
        words = rng.sample(sentences, rng.randint(3, 7))
        text = html.escape(" ".join(words), quote=False)
        if rng.random() < 0.35:
            p = rng.choice(commentaries)
            link = f'<a href="https://{HOST}/en/commentary/{p.key}">{p.ref}</a>'
            text = text.replace(". ", f". See {link}. ", 1)
        if rng.random() < 0.3:
            text = "<em>" + text + "</em>"
        line = f"      <p>{text}</p>\n"
        out.append(line)
        total += len(line)
    out.append("    </div>")
    return "".join(out)


def aside_padding(rng, sentences, commentaries, size):
    out = ['\n  <aside class="sidebar">\n    <h3>Popular Commentaries</h3>\n    <ul class="popular">\n']
    total = 0
    while total < size:
        p = rng.choice(commentaries)
        line = (f'      <li class="popular-item"><a class="thumb" href="/en/commentary/{p.key}">'
                f'<img src="/static/img/thumbs/{p.book[2]}-{p.chapter}.jpg" alt="" width="64" height="64" loading="lazy"></a>'
                f'<a href="/en/commentary/{p.key}">{p.ref} meaning</a></li>\n')
        out.append(line)
        total += len(line)
    out.append("    </ul>\n")
    out.append('    <div class="newsletter"><p>' + html.escape(rng.choice(sentences), quote=False)
               + '</p><form action="/en/subscribe" method="post"><input type="email" name="email" '
               'placeholder="Email address"><button type="submit">Subscribe</button></form></div>\n')
    out.append("  </aside>\n")
    return "".join(out)


def script_padding(rng, books, size):
    items = []
    total = 0
    while total < size:
        b = rng.choice(books)
        item = (f'{{"osis":"{b[0]}","usfm":"{b[2]}","name":"{b[1]}","chapters":{len(b[3])},'
                f'"verses":[{",".join(map(str, b[3][:12]))}]}}')
        items.append(item)
        total += len(item) + 1
    return ("  <script>\n    window.__TBS_BOOKS__ = [" + ",".join(items)
            + "];\n    window.__TBS_READY__ = true;\n  </script>\n")


# ---------------------------------------------------------------------------------------
# One page.
# ---------------------------------------------------------------------------------------


def encode_key(key, like_href):
    if "%2B" in like_href or "%2b" in like_href:
        return key.replace("+", "%2B").replace(":", "%3A")
    return key


def replace_ref(inner, passage):
    name = display_name(passage.book[1])

    def sub(m):
        dash = m.group("dash") or "-"
        verses = f"{passage.first}" if passage.first == passage.last else f"{passage.first}{dash}{passage.last}"
        return f"{m.group('pre') or ''}{name}{m.group('mid') or ''}{m.group('sp')}{passage.chapter}:{verses}"

    new, count = REF_RE.subn(sub, inner, count=1)
    return new if count else f"{passage.ref} meaning"


def render(template, own, cover, prev_next, related, rng, padding):
    """The page of `own` (a Passage) made from `template`; `cover` is the deeper target of
    a synopsis page, `related` a list of Passages for its related links."""
    text = template.text
    h1 = text.index("<h1")
    end = text.index("<footer") if "<footer" in text else len(text)
    region = text[h1:end]
    deeper_at = region.find(HEADING_DEEPER)
    related_at = min([region.find(h) for h in HEADINGS_RELATED if h in region] or [-1])
    article_end = region.find("</article>")
    placeholders = []
    related_iter = iter(related)
    taken = {"deeper": 0, "related": 0}
    comments = [(c.start(), c.end()) for c in re.finditer(r"<!--.*?-->", region, re.S)]

    def anchor(m):
        href, inner, start = m.group("href"), m.group("inner"), m.start()
        key = re.search(KEY_RE, href)
        target = None
        in_comment = any(a <= start < b for a, b in comments)
        if key and "/synopsis/" in href:
            target = prev_next.get("prev" if "prev" in m.group("attrs") + m.group("rest") else "next")
        elif key:
            if template.kind == "synopsis" and deeper_at >= 0 and deeper_at < start and (
                    related_at < 0 or start < related_at):
                target = cover
                taken["deeper"] += not in_comment
            elif related_at >= 0 and related_at < start and (article_end < 0 or start < article_end):
                target = next(related_iter, None) or rng.choice(related or [cover or own])
                taken["related"] += not in_comment
            else:
                target = rng.choice(related or [cover or own])
        if target is None:
            return m.group(0)
        new_href = href[: key.start()] + encode_key(target.key, href) + href[key.end():]
        new = f'<a{m.group("attrs")}href="{new_href}"{m.group("rest")}>{replace_ref(inner, target)}</a>'
        placeholders.append(new)
        return f"\x00{len(placeholders) - 1}\x00"

    region = ANCHOR_RE.sub(anchor, region)
    text = text[:h1] + region + text[end:]
    # The page's own passage and URL key, everywhere else (title, meta, canonical, menus).
    text = re.sub(re.escape(template.own_ref) + r"(?![\d\u2013b-])", own.ref, text)
    text = re.sub(rf"(/{template.kind}/){re.escape(template.key)}(?![\d])", rf"\g<1>{own.key}", text)
    text = re.sub("\x00(\\d+)\x00", lambda m: placeholders[int(m.group(1))], text)

    # Padding to the page's target size.
    body, aside, script = padding
    h1_end = text.index("</h1>") + len("</h1>")
    text = text[:h1_end] + body + text[h1_end:]
    main_end = text.index("</main>") if "</main>" in text else text.index("<footer")
    text = text[:main_end] + aside + text[main_end:]
    head_end = text.index("</head>")
    text = text[:head_end] + script + text[head_end:]
    return text.encode(template.encoding, errors="xmlcharrefreplace"), taken


def page_path(out, kind, key, shape):
    base = out / HOST / "en" / kind
    if shape == "index":
        return base / key / "index.html"
    if shape == "html":
        return base / (key + ".html")
    return base / key


# ---------------------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", default="/tmp/versegraph-bench-corpus")
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--page-bytes", type=int, default=None, help="mean page size (40,000; 32,000 with --canon)")
    parser.add_argument("--canon", action="store_true", help="the whole canon: a page per verse and per passage")
    args = parser.parse_args()
    if args.page_bytes is None:
        args.page_bytes = 32_000 if args.canon else 40_000
    dangling = 0.03 if args.canon else 0.01

    out = pathlib.Path(args.out).resolve()
    if out == ROOT or ROOT in out.parents:
        sys.exit(f"refusing to write inside the repository: {out}")
    if out.exists():
        if (out / MARKER).exists():
            shutil.rmtree(out)
        elif any(out.iterdir()):
            sys.exit(f"{out} is not empty and was not written by this script; remove it first")
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text("written by Scripts/make-benchmark-corpus.py\n")

    rng = random.Random(args.seed)
    books = load_books()
    synopsis_templates, commentary_templates = load_templates()
    sentences = sentence_pool(synopsis_templates + commentary_templates)
    commentaries, synopses, missing = plan(books, args.pages, rng, canon=args.canon)
    by_book = {}
    for p in commentaries:
        by_book.setdefault(p.book[0], []).append(p)

    def related_for(own):
        same = [p for p in by_book[own.book[0]] if p.key != own.key]
        chosen = []
        for _ in range(rng.randint(2, 5)):
            if rng.random() < dangling:
                chosen.append(rng.choice(missing))
            elif same and rng.random() < 0.5:
                chosen.append(rng.choice(same))
            else:
                chosen.append(rng.choice(commentaries))
        return chosen

    def padding_for(size_now):
        target = int(min(max(rng.gauss(args.page_bytes, args.page_bytes * 0.15),
                             args.page_bytes * 0.7), args.page_bytes * 1.5))
        room = max(0, target - size_now)
        return (body_padding(rng, sentences, commentaries, room * 0.45) if room else "",
                aside_padding(rng, sentences, commentaries, room * 0.35) if room else "",
                script_padding(rng, books, room * 0.20) if room else "")

    total_bytes = 0
    written = 0
    links = {"deeper": 0, "related": 0}
    jobs = [("commentary", p, None) for p in commentaries] + [("synopsis", s, c) for s, c in synopses]
    for n, (kind, own, cover) in enumerate(jobs):
        template = (commentary_templates if kind == "commentary" else synopsis_templates)[
            rng.randrange(len(commentary_templates if kind == "commentary" else synopsis_templates))]
        book, chapter = own.book, own.chapter
        prev_next = {}
        if kind == "synopsis":
            if own.first > 1:
                prev_next["prev"] = Passage(book, chapter, own.first - 1, own.first - 1)
            if own.first < book[3][chapter - 1]:
                prev_next["next"] = Passage(book, chapter, own.first + 1, own.first + 1)
        related = related_for(own)
        size_now = len(template.text.encode(template.encoding, errors="xmlcharrefreplace"))
        data, taken = render(template, own, cover, prev_next, related, rng, padding_for(size_now))
        path = page_path(out, kind, own.key, template.shape)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        total_bytes += len(data)
        written += 1
        for k in links:
            links[k] += taken[k]

    print(f"wrote {written} pages ({len(synopses)} synopsis, {len(commentaries)} commentary) "
          f"to {out}/{HOST}")
    print(f"{total_bytes / 1e6:.1f} MB, {total_bytes / max(written, 1) / 1000:.1f} KB per page on average")
    print(f"section links written: {links['deeper']} deeper, {links['related']} related "
          f"(about {dangling:.0%} of related ones dangling; some template defects kept)")


if __name__ == "__main__":
    main()
