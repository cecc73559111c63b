#!/bin/sh
# Interleaved hyperfine comparison on one corpus (see Benchmarks/README.md).
#
#   Benchmarks/compare.sh [CORPUS] [ROUNDS] [RESULTS_DIR]
#
# VERSEGRAPH_BIN is the folder of the versegraph binary to time (default: this checkout's
# release build); set VERSEGRAPH_BASELINE_BIN to a folder holding an older build to time it
# too, in the same rounds ("before" rows).
#
# Each round runs every command once after one warmup run (hyperfine --warmup 1 --runs 1),
# so that load from other processes hits all commands alike; Benchmarks/summarize.py then
# takes the median of the rounds. `uptime` is logged before every round.
set -eu
CORPUS=${1:-/tmp/versegraph-bench-corpus}
ROUNDS=${2:-5}
OUT=${3:-/tmp/versegraph-bench-results}
HERE=$(cd "$(dirname "$0")" && pwd)
BIN=${VERSEGRAPH_BIN:-$(cd "$HERE/.." && swift build -c release --show-bin-path)}
[ -x "$BIN/versegraph" ] || { echo "no $BIN/versegraph" >&2; exit 1; }
mkdir -p "$OUT"
: > "$OUT/uptime.log"
# xmllint is one process: xargs hands it all files in a few batches.
XMLLINT="find $CORPUS/thebiblesays.com -type f -print0 | xargs -0 xmllint --html --noout --nowarning 2>/dev/null"
r=1
while [ "$r" -le "$ROUNDS" ]; do
    echo "round $r: $(uptime)" | tee -a "$OUT/uptime.log"
    set -- -n xmllint "$XMLLINT"
    if [ -n "${VERSEGRAPH_BASELINE_BIN:-}" ]; then
        set -- "$@" \
            -n "versegraph -j1 (before)" "$VERSEGRAPH_BASELINE_BIN/versegraph build $CORPUS --out /tmp/versegraph-bench-out -q --svg never -j 1" \
            -n "versegraph -j2 (before)" "$VERSEGRAPH_BASELINE_BIN/versegraph build $CORPUS --out /tmp/versegraph-bench-out -q --svg never -j 2"
    fi
    hyperfine --warmup 1 --runs 1 --ignore-failure --export-json "$OUT/round-$r.json" "$@" \
        -n "versegraph -j1" "$BIN/versegraph build $CORPUS --out /tmp/versegraph-bench-out -q --svg never -j 1" \
        -n "versegraph -j2" "$BIN/versegraph build $CORPUS --out /tmp/versegraph-bench-out -q --svg never -j 2" \
        -n "lxml" "python3 $HERE/lxml_extract.py $CORPUS" \
        -n "lxml --jobs 2" "python3 $HERE/lxml_extract.py $CORPUS --jobs 2" \
        >/dev/null
    r=$((r + 1))
done
echo "after: $(uptime)" | tee -a "$OUT/uptime.log"
python3 "$HERE/summarize.py" "$OUT" "$CORPUS"
