#!/usr/bin/env bash
# Runs every fuzz target of a libFuzzer build (the `sanitize` preset) for a bounded time each.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR] [TARGET...]
#       SECONDS    per target (default 30; as long as you like locally, e.g. 3600)
#       BUILD_DIR  default build/sanitize
#       TARGET     names without the fuzz_ prefix (default: all)
#
# New inputs that add coverage go to a scratch corpus (build/…/fuzz-corpus/<target>), seeded from
# tests/fuzz/corpus and tests/fuzz/regressions. A crash, leak, sanitizer report or broken property
# stops that target, leaves the input in build/…/fuzz-findings/, and makes the script exit 1:
# copy that input to tests/fuzz/regressions/<target>/ with the fix, and ctest replays it forever.
# Prints, per target: executions, corpus size and the coverage libFuzzer reached (edges, "cov").
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-30}"
build="${2:-$root/build/sanitize}"
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
if ((${#targets[@]} == 0)); then
    targets=(request profile script examplefile history rulepack templates csv sse partialjson schema validator)
fi
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}"
export QT_QPA_PLATFORM=offscreen
failed=0
printf '%-12s %10s %8s %8s %s\n' target executions corpus edges result
for t in "${targets[@]}"; do
    exe="$build/tests/fuzz/fuzz_$t"
    if [[ ! -x "$exe" ]]; then
        echo "missing $exe: build the sanitize preset first (cmake --preset sanitize && cmake --build build/sanitize --target fuzzers)" >&2
        exit 2
    fi
    corpus="$build/fuzz-corpus/$t"
    findings="$build/fuzz-findings/$t"
    mkdir -p "$corpus" "$findings"
    dict="$here/json.dict"
    [[ "$t" == sse ]] && dict="$here/sse.dict"
    [[ "$t" == validator || "$t" == csv ]] && dict=""
    seeds=("$here/corpus/$t")
    [[ -d "$here/regressions/$t" ]] && seeds+=("$here/regressions/$t")
    log="$build/fuzz-findings/$t.log"
    "$exe" "$corpus" "${seeds[@]}" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$findings/" ${dict:+-dict="$dict"} >"$log" 2>&1
    status=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    edges=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    files=$(find "$corpus" -type f | wc -l)
    if ((status == 0)); then
        result=ok
    else
        result="FAILED (see $log)"
        failed=1
        grep -E 'ERROR|SUMMARY|property broken|Test unit written' "$log" | head -5 >&2
    fi
    printf '%-12s %10s %8s %8s %s\n' "$t" "${execs:-?}" "$files" "${edges:-?}" "$result"
done
exit $failed
