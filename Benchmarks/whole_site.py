#!/usr/bin/env python3
"""The whole-site benchmark: versegraph against xmllint and the lxml script, in one run.

    python3 Scripts/make-benchmark-corpus.py /tmp/vg-canon --canon     # once: 35,545 pages, 1.2 GB
    swift build -c release
    python3 Benchmarks/whole_site.py /tmp/vg-canon [--rounds 3] [--bin .build/release]

Each round runs, in this order (so that load from other processes hits them alike):

- `xmllint --html --noout` over every page, one process (xargs hands it the files);
- `Benchmarks/lxml_extract.py --jobs 2` (the Python lxml baseline, two processes);
- `Benchmarks/lxml_build.py --jobs 2` (the "same build" peer: lxml + networkx, graph.json,
  graph.dot, coverage.json and check.json, into a temporary folder);
- `versegraph build` cold: no cache, every output (graph.svg is not drawn at this size);
- `versegraph build --cache DIR` warm: a second run, nothing changed;
- the same after touching 1% of the pages (new modification time, same content);
- the same after editing 1% of the pages (a comment appended), which are parsed again;
- the same after adding a related link to 1% of the pages, so that the outputs are made again.

Every cached run writes into one output folder, as a site's rerun does (a build whose pages
and settings are unchanged finds its outputs up to date); each is copied aside, untimed, and
compared with the cold run's bytes.

Edited pages are restored after the round (and the cache primed again, untimed), so every
round starts from the same corpus. Each command is timed with /usr/bin/time: wall time,
CPU time (user + system) and peak memory (max RSS). The table gives the median of the
rounds and the ratios to xmllint's wall time (and the lxml scripts'). Outputs of the cold,
warm and partly stale runs are compared byte for byte: the script fails if they differ.
"""
import argparse
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
OUTPUTS = ["graph.json", "graph.dot", "coverage.json", "coverage.html", "check.json", "canon.svg", "graph.html"]


def timed(command, **kwargs):
    """(wall s, cpu s, peak MB) of a shell command, via /usr/bin/time."""
    with tempfile.NamedTemporaryFile("r") as report:
        wrapped = ["/usr/bin/time", "-o", report.name, "-f", "%e %U %S %M", "sh", "-c", command]
        result = subprocess.run(wrapped, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kwargs)
        if result.returncode not in (0, 1):  # check findings exit 1 only from `check`
            sys.exit(f"failed ({result.returncode}): {command}\n{result.stderr.decode()[-2000:]}")
        wall, user, system, rss = report.read().split()[-4:]
    return float(wall), float(user) + float(system), int(rss) / 1024


def pages(corpus):
    found = []
    for folder, dirs, files in os.walk(corpus):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [os.path.join(folder, f) for f in files if not f.startswith(".")]
    return sorted(found)


def same_outputs(a, b):
    return all(pathlib.Path(a, f).read_bytes() == pathlib.Path(b, f).read_bytes() for f in OUTPUTS)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--bin", default=str(ROOT / ".build" / "release"))
    args = parser.parse_args()
    versegraph = pathlib.Path(args.bin, "versegraph")
    if not versegraph.exists():
        sys.exit(f"no {versegraph}: run `swift build -c release` first")
    corpus = pathlib.Path(args.corpus)
    files = pages(corpus)
    one_percent = files[:: 100]
    work = pathlib.Path(tempfile.mkdtemp(prefix="versegraph-bench-"))
    cache = work / "cache"
    out = {name: work / name for name in ["cold", "warm", "touched", "edited", "relinked", "restored"]}
    cached = work / "cached"
    xmllint = f"find {corpus} -type f -not -name '.*' -print0 | xargs -0 xmllint --html --noout --nowarning 2>/dev/null; true"
    lxml = f"python3 {HERE / 'lxml_extract.py'} {corpus} --jobs 2"
    lxml_build = f"python3 {HERE / 'lxml_build.py'} {corpus} --out {work / 'lxml-build'} --jobs 2"
    lxml_build_row = "lxml_build.py --jobs 2 (lxml + networkx, same build)"
    build = f"{versegraph} build {corpus} -q"
    results = {}

    def record(name, figures):
        results.setdefault(name, []).append(figures)

    print(f"{len(files)} files, {sum(os.path.getsize(f) for f in files) / 1e6:.0f} MB in {corpus}; "
          f"{args.rounds} rounds; load before: {os.getloadavg()[0]:.2f}", file=sys.stderr)
    for round_number in range(1, args.rounds + 1):
        print(f"round {round_number}: load {os.getloadavg()[0]:.2f}", file=sys.stderr)
        record("xmllint --html --noout (1 process)", timed(xmllint))
        record("lxml_extract.py --jobs 2", timed(lxml))
        record(lxml_build_row, timed(lxml_build))
        record("versegraph build (cold, no cache)", timed(f"{build} --out {out['cold']}"))
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(cached, ignore_errors=True)

        def rerun(name, label):
            figures = timed(f"{build} --out {cached} --cache {cache}")
            if label:
                record(label, figures)
            shutil.rmtree(out[name], ignore_errors=True)
            shutil.copytree(cached, out[name])

        rerun("warm", None)  # primes the cache and the build stamp, untimed
        rerun("warm", "versegraph build --cache (warm, nothing changed)")
        for path in one_percent:
            os.utime(path)
        rerun("touched", "versegraph build --cache (1% touched)")
        originals = {path: pathlib.Path(path).read_bytes() for path in one_percent}
        for path in one_percent:
            with open(path, "ab") as page:
                page.write(b"\n<!-- edited for the benchmark -->\n")
        rerun("edited", "versegraph build --cache (1% edited)")
        heading = b"Other Relevant Commentaries:</h2>"
        link = b'<ul><li><a href="/en/commentary/gen+1:1">Genesis 1:1 meaning</a></li></ul>'
        for path, data in originals.items():
            pathlib.Path(path).write_bytes(data.replace(heading, heading + link, 1))
        rerun("relinked", "versegraph build --cache (1% links added)")
        for path, data in originals.items():
            pathlib.Path(path).write_bytes(data)
        rerun("restored", None)  # the restored pages, untimed
        if same_outputs(out["cold"], out["relinked"]):
            sys.exit(f"round {round_number}: adding links changed no output")
        for name in ["warm", "touched", "edited", "restored"]:
            if not same_outputs(out["cold"], out[name]):
                sys.exit(f"round {round_number}: the {name} run's outputs differ from the cold run's")

    base = statistics.median(r[0] for r in results["xmllint --html --noout (1 process)"])
    lxml_wall = statistics.median(r[0] for r in results["lxml_extract.py --jobs 2"])
    lxml_build_wall = statistics.median(r[0] for r in results[lxml_build_row])
    cpu = os.cpu_count()
    model = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    print(f"Machine: {cpu} cores ({model}), {platform.platform()}; load after: {os.getloadavg()[0]:.2f}")
    print(f"Corpus: {len(files)} pages, {sum(os.path.getsize(f) for f in files) / 1e9:.2f} GB; medians of {args.rounds} rounds\n")
    print("| command | wall s | CPU s | peak MB | vs xmllint | vs lxml -j2 | vs lxml build -j2 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, runs in results.items():
        wall = statistics.median(r[0] for r in runs)
        cpu_s = statistics.median(r[1] for r in runs)
        peak = statistics.median(r[2] for r in runs)
        print(f"| {name} | {wall:.2f} | {cpu_s:.2f} | {peak:.0f} | {wall / base:.2f}x | {wall / lxml_wall:.2f}x | "
              f"{wall / lxml_build_wall:.2f}x |")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
