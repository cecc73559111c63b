#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (AddressSanitizer on) and runs each for SECONDS.
#
#   Scripts/fuzz.sh [SECONDS] [TARGET ...]      targets: references page config (default: all)
#   FUZZ_PARALLEL=1 Scripts/fuzz.sh 1800        run the targets at the same time
#
# Each target starts from its seeds (Fuzz/Seeds/TARGET, committed) and a working corpus kept
# in Fuzz/.build/corpus/TARGET between runs. A crash, leak, timeout (10 s on one input) or
# out-of-memory input is written to Fuzz/Findings/ and the script exits 1: make it a
# regression test, then delete it. Swift's own crash backtracer is off: ASan reports its
# stack reads as errors, and libFuzzer prints the stack itself.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(references page config)

swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library 2>&1 \
    | grep -v "Cannot export local symbol" || true
mkdir -p Findings

run() {
    local target=$1
    local corpus=.build/corpus/$target
    mkdir -p "$corpus"
    echo "fuzz-$target: $seconds s"
    local status=0
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=1 ".build/debug/fuzz-$target" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -dict="Dictionaries/$target.dict" -artifact_prefix="Findings/$target-" \
        -print_final_stats=1 "$corpus" "Seeds/$target" > ".build/fuzz-$target.log" 2>&1 || status=$?
    grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ *DONE)" ".build/fuzz-$target.log" \
        | sed "s/^/fuzz-$target: /" || true
    if [ $status -ne 0 ]; then
        echo "fuzz-$target: FAILED (exit $status); see Fuzz/.build/fuzz-$target.log and Fuzz/Findings/" >&2
        tail -n 40 ".build/fuzz-$target.log" >&2
    fi
    return $status
}

failed=0
if [ "${FUZZ_PARALLEL:-0}" = 1 ]; then
    pids=()
    for target in "${targets[@]}"; do run "$target" & pids+=($!); done
    for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
else
    for target in "${targets[@]}"; do run "$target" || failed=1; done
fi
exit $failed
