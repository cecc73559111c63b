#!/usr/bin/env python3
"""Medians of the rounds that Benchmarks/compare.sh wrote, as a markdown table.

    python3 Benchmarks/summarize.py RESULTS_DIR CORPUS
"""
import json
import os
import pathlib
import statistics
import sys

results, corpus = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
files = [p for p in (corpus / "thebiblesays.com").rglob("*") if p.is_file()]
pages, megabytes = len(files), sum(p.stat().st_size for p in files) / 1e6
runs = {}
for path in sorted(results.glob("round-*.json")):
    for result in json.loads(path.read_text())["results"]:
        entry = runs.setdefault(result["command"], {"wall": [], "user": [], "system": []})
        entry["wall"] += result["times"]
        entry["user"].append(result["user"])
        entry["system"].append(result["system"])
median = {name: statistics.median(r["wall"]) for name, r in runs.items()}
print(f"{pages} pages, {megabytes:.1f} MB; {len(next(iter(runs.values()))['wall'])} rounds, medians\n")
print("| command | wall s (median) | min–max s | user+sys s | pages/s | MB/s | vs xmllint | vs lxml |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name, r in runs.items():
    wall = median[name]
    cpu = statistics.median(r["user"]) + statistics.median(r["system"])
    print(f"| {name} | {wall:.2f} | {min(r['wall']):.2f}–{max(r['wall']):.2f} | {cpu:.2f} | {pages / wall:,.0f} | "
          f"{megabytes / wall:.1f} | {wall / median['xmllint']:.2f}× | {wall / median['lxml']:.2f}× |")
