#!/usr/bin/env bash
# Fuzzes every target for a set time with libFuzzer under ASan and UBSan.
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [BUILD_DIR]
# Builds the asan preset (clang) into BUILD_DIR (default build/asan) unless it is built already, starts each
# target from a copy of its seeds (corpus/<target>), and stops at the first finding: the input is written to
# BUILD_DIR/fuzz-findings/, and the script says how to keep it as a regression test. Exit 0 when no target
# found anything.
set -euo pipefail

seconds=${1:-60}
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${2:-$top/build/asan}
targets=(csv_reader xlsx_reader application_import bank_import template_renderer)

cd "$top"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake --preset asan -B "$build" >/dev/null
fi
cmake --build "$build" --target "${targets[@]/%/_fuzzer}"

findings="$build/fuzz-findings"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$findings"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
# Leaks are the leak check's business in the test run; here a finding is a crash, a sanitizer report or a broken
# invariant.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

status=0
for target in "${targets[@]}"; do
    corpus="$work/$target"
    mkdir -p "$corpus"
    cp -r "$top/tests/fuzz/corpus/$target/." "$corpus/"
    printf 'fuzzing %s for %s s… ' "$target" "$seconds"
    log="$findings/$target.log"
    if "$build/tests/fuzz/${target}_fuzzer" "$corpus" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 \
        -max_len=262144 -artifact_prefix="$findings/$target-" -print_final_stats=1 >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        echo "ok (${runs:-?} inputs)"
    else
        status=1
        echo "FOUND something: see $log"
        ls "$findings/$target-"* 2>/dev/null | sed 's/^/  input: /'
        echo "  fix it, then keep the input: cp <input> tests/fuzz/regressions/$target/<what-it-found>"
    fi
done
exit $status
