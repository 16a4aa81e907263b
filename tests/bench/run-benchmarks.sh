#!/usr/bin/env bash
# Measures Gonggu against its budgets (ARCHITECTURE.md) in a Release build and prints the medians in a table,
# with the same work done by LibreOffice (CSV → XLSX) and sqlite3 (.import, SELECT as CSV) in the same run as
# yardsticks. The results and the machine they came from are kept in docs/PERFORMANCE.md.
#
#   tests/bench/run-benchmarks.sh [--build-dir DIR] [--work-dir DIR] [--buyers N] [--repetitions N] [--no-build]
#
# --build-dir  the Release tree to configure and build (default: build/bench in the source tree)
# --work-dir   where the workspaces and files go (default: a temporary folder, removed at the end)
# --buyers     buyers in the scale round (default 100000); the imports and exports use as many rows
# --repetitions  runs of each measurement; the table shows their median (default 5)
# --no-build   use the programs already built in the build dir
#
# Needs cmake, ninja, python3 and the build dependencies; xvfb-run (or a display) for the window timings.
# LibreOffice (soffice) and sqlite3 are optional: their rows say so and are skipped when they are missing.
set -euo pipefail

source_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir="$source_dir/build/bench"
work_dir=""
buyers=100000
repetitions=5
build=1
gui_part=0

while [[ $# -gt 0 ]]; do
    case "$1" in
    --build-dir) build_dir=$(realpath -m "$2"); shift 2 ;;
    --work-dir) work_dir=$(realpath -m "$2"); shift 2 ;;
    --buyers) buyers="$2"; shift 2 ;;
    --repetitions) repetitions="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --gui-part) gui_part=1; shift ;; # internal: the window timings, run under a display
    -h | --help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
    esac
done

cli="$build_dir/app/gonggu-cli"
bench="$build_dir/tests/bench/gonggu-bench"
timings="$build_dir/tests/bench/gonggu-gui-timings"

# The median of the numbers on stdin, one per line.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Runs a command with /usr/bin/time and appends "seconds peak-kB" to the file named first.
timed() {
    local out="$1"
    shift
    /usr/bin/time -f "%e %M" -a -o "$out" "$@" >/dev/null 2>>"$work_dir/yardsticks.log"
}

# ---- The window timings (this script again, under a display) --------------------------------------------------
if [[ $gui_part -eq 1 ]]; then
    gui="$work_dir/gui"
    mkdir -p "$gui"
    for ((i = 1; i <= repetitions; i++)); do
        rm -f "$gui/empty.gonggu"
        "$timings" --workspace "$gui/empty.gonggu" --launched-at "$(date +%s%N)" >>"$gui/empty.txt"
        "$timings" --workspace "$work_dir/demo.gonggu" --launched-at "$(date +%s%N)" >>"$gui/demo.txt"
        "$timings" --workspace "$work_dir/scale.gonggu" --round 2 --launched-at "$(date +%s%N)" >>"$gui/scale.txt"
    done
    "$timings" --workspace "$work_dir/scale.gonggu" --round 2 --lang ko --screenshot "$gui/scale-ko.png" >/dev/null
    "$timings" --workspace "$work_dir/scale.gonggu" --round 2 --lang en --screenshot "$gui/scale-en.png" >/dev/null
    exit 0
fi

# ---- Build ------------------------------------------------------------------------------------------------------
if [[ $build -eq 1 ]]; then
    echo "Building a Release tree in $build_dir ..."
    cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build_dir" --target gonggu-cli gonggu-bench gonggu-gui-timings
fi
for program in "$cli" "$bench" "$timings"; do
    [[ -x $program ]] || { echo "missing $program: build first (or drop --no-build)" >&2; exit 1; }
done

if [[ -z $work_dir ]]; then
    work_dir=$(mktemp -d)
    trap 'rm -rf "$work_dir"' EXIT
fi
mkdir -p "$work_dir"
: >"$work_dir/yardsticks.log"
have_sqlite=0; command -v sqlite3 >/dev/null && have_sqlite=1
have_soffice=0; command -v soffice >/dev/null && have_soffice=1

# ---- The scale fixture ------------------------------------------------------------------------------------------
echo "Making the scale demo ($buyers buyers), $repetitions times ..."
: >"$work_dir/demo-times"
for ((i = 1; i <= repetitions; i++)); do
    rm -f "$work_dir/scale-$i.gonggu"
    timed "$work_dir/demo-times" "$cli" demo --buyers "$buyers" --output "$work_dir/scale-$i.gonggu"
done
mv "$work_dir/scale-1.gonggu" "$work_dir/scale.gonggu"
rm -f "$work_dir"/scale-[0-9]*.gonggu
rm -f "$work_dir/demo.gonggu"
"$cli" demo --output "$work_dir/demo.gonggu" >/dev/null

# ---- Core benchmarks --------------------------------------------------------------------------------------------
echo "Running gonggu-bench ($repetitions repetitions; a few minutes) ..."
"$bench" --workspace="$work_dir/scale.gonggu" --data-dir="$work_dir/data" --buyers="$buyers" --rows="$buyers" \
    --benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true \
    --benchmark_out="$work_dir/bench.json" --benchmark_out_format=json >"$work_dir/bench.txt"

# ---- Window timings ---------------------------------------------------------------------------------------------
echo "Timing the window ..."
gui_platform="xcb (Xvfb 1400x900)"
if [[ -n ${DISPLAY:-} ]]; then
    gui_platform="xcb ($DISPLAY)"
    bash "${BASH_SOURCE[0]}" --gui-part --no-build --build-dir "$build_dir" --work-dir "$work_dir" \
        --repetitions "$repetitions"
elif command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1400x900x24" bash "${BASH_SOURCE[0]}" --gui-part --no-build --build-dir "$build_dir" \
        --work-dir "$work_dir" --repetitions "$repetitions"
else
    gui_platform="offscreen (no display and no xvfb-run: paints are not shown anywhere)"
    QT_QPA_PLATFORM=offscreen bash "${BASH_SOURCE[0]}" --gui-part --no-build --build-dir "$build_dir" \
        --work-dir "$work_dir" --repetitions "$repetitions"
fi

# ---- Yardsticks: the same rows through LibreOffice and sqlite3 ----------------------------------------------------
publisher_csv="$work_dir/data/publisher.csv"
# The publisher's list puts a small table of copies per item above the big one; the yardsticks get the big one
# alone (from its header on), so that each tool sees plain rows of equal width.
recipients_csv="$work_dir/recipients.csv"
python3 - "$publisher_csv" "$recipients_csv" <<'EOF'
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    rows = list(csv.reader(f))
blocks, block = [], []
for row in rows:
    if not any(cell.strip() for cell in row):
        if block: blocks.append(block)
        block = []
    else:
        block.append(row)
if block: blocks.append(block)
biggest = max(blocks, key=len)
header = next(i for i, row in enumerate(biggest) if len(row) == len(biggest[-1]))
with open(sys.argv[2], 'w', newline='', encoding='utf-8') as f:
    csv.writer(f, lineterminator='\n').writerows(biggest[header:])
EOF

: >"$work_dir/lo-times"
if [[ $have_soffice -eq 1 ]]; then
    echo "Converting the same rows with LibreOffice ($repetitions times after a warm-up) ..."
    profile="file://$work_dir/lo-profile"
    lo_convert() {
        soffice -env:UserInstallation="$profile" --headless --infilter="CSV:44,34,76,1" --convert-to xlsx \
            --outdir "$work_dir/lo" "$recipients_csv"
    }
    lo_convert >/dev/null 2>>"$work_dir/yardsticks.log" # creates the profile
    for ((i = 1; i <= repetitions; i++)); do
        timed "$work_dir/lo-times" soffice -env:UserInstallation="$profile" --headless --infilter="CSV:44,34,76,1" \
            --convert-to xlsx --outdir "$work_dir/lo" "$recipients_csv"
    done
fi

: >"$work_dir/sqlite-import-times"
: >"$work_dir/sqlite-select-times"
if [[ $have_sqlite -eq 1 ]]; then
    echo "Importing and selecting the same rows with sqlite3 ..."
    for ((i = 1; i <= repetitions; i++)); do
        rm -f "$work_dir/floor.db"
        timed "$work_dir/sqlite-import-times" sqlite3 "$work_dir/floor.db" \
            ".import --csv $work_dir/data/applications.csv applications"
    done
    sqlite3 "$work_dir/floor.db" ".import --csv $recipients_csv recipients"
    for ((i = 1; i <= repetitions; i++)); do
        /usr/bin/time -f "%e %M" -a -o "$work_dir/sqlite-select-times" \
            sqlite3 -csv -header "$work_dir/floor.db" "SELECT * FROM recipients" >"$work_dir/select.csv"
    done
    sqlite3 "$work_dir/scale.gonggu" \
        "SELECT (SELECT count(*) FROM buyer_order WHERE round_id = 2), (SELECT count(*) FROM order_line ol JOIN buyer_order o ON o.id = ol.order_id WHERE o.round_id = 2), (SELECT count(*) FROM payment WHERE round_id = 2)" \
        >"$work_dir/fixture-counts"
fi

# ---- The table -------------------------------------------------------------------------------------------------
python3 - "$work_dir" "$repetitions" "$buyers" "$gui_platform" "$have_soffice" "$have_sqlite" <<'EOF'
import json, os, platform, statistics, subprocess, sys

work, repetitions, buyers, gui_platform = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
have_soffice, have_sqlite = sys.argv[5] == '1', sys.argv[6] == '1'

def lines(path):
    try:
        with open(path) as f:
            return [line.split() for line in f if line.strip()]
    except FileNotFoundError:
        return []

def seconds_median(path):
    rows = lines(path)
    return statistics.median(float(r[0]) for r in rows) if rows else None

def peak_kb_median(path):
    rows = lines(path)
    return statistics.median(float(r[1]) for r in rows) if rows else None

bench = {}
with open(os.path.join(work, 'bench.json')) as f:
    for b in json.load(f)['benchmarks']:
        if b.get('aggregate_name') == 'median' or (repetitions == 1 and b.get('run_type') == 'iteration'):
            bench[b['run_name']] = b

def bm(name):
    """The median wall-clock time in ms (every benchmark reports in ms)."""
    b = bench.get(name)
    return b['real_time'] if b else None

def bm_cpu(name):
    """The median CPU time in ms: the timed phases' own (cpu_ms) where a benchmark times only part of its loop."""
    b = bench.get(name)
    if not b:
        return None
    return b.get('cpu_ms', b['cpu_time'])

def gui(kind, name):
    values = [float(r[1]) for r in lines(os.path.join(work, 'gui', kind + '.txt')) if r[0] == name]
    return statistics.median(values) if values else None

def fmt(value, unit):
    if value is None:
        return 'n/a'
    if unit == 'ms':
        return f'{value:,.0f} ms' if value >= 10 else f'{value:.1f} ms'
    if unit == 's':
        return f'{value:.2f} s'
    return f'{value:,.0f} {unit}'

rows = []
def budget(what, value, limit, unit, cpu=None):
    verdict = 'n/a' if value is None else ('met' if value <= limit else f'MISSED ({value / limit:.1f}x)')
    rows.append((what, fmt(limit, unit), fmt(value, unit), fmt(cpu, unit) if cpu is not None else '', verdict))

def budget_bm(what, name, limit):
    budget(what, bm(name), limit, 'ms', bm_cpu(name))

n = f'{buyers:,}'
budget_bm('Open workspace + round summary', 'BM_OpenWorkspaceAndSummary', 150)
budget_bm('Unpaid list', 'BM_UnpaidList', 50)
budget_bm(f'Import {n} applications (people known)', 'BM_ImportApplications/new_people:0/manual_time', 1000)
budget_bm(f'Import {n} applications (all new people)', 'BM_ImportApplications/new_people:1/manual_time', 1000)
budget_bm(f'Import + match {n}-line bank statement', 'BM_ImportBankStatement/manual_time', 1000)
budget_bm(f'Export publisher CSV, {n} lines', 'BM_ExportPublisherCsv/scale_round:0/manual_time', 300)
budget_bm(f'Export publisher XLSX, {n} lines', 'BM_ExportPublisherXlsx/scale_round:0/manual_time', 1500)
budget('GUI cold start, default workspace (demo)', gui('demo', 'startup_exec_to_window'), 500, 'ms')
budget('GUI cold start, new empty workspace', gui('empty', 'startup_exec_to_window'), 500, 'ms')
budget(f'GUI first paint, {n}-row orders table', gui('scale', 'orders_first_paint'), 1000, 'ms')
budget('GUI filter keystroke (median)', gui('scale', 'filter_keystroke_median'), 100, 'ms')
budget('GUI filter keystroke (slowest)', gui('scale', 'filter_keystroke_max'), 100, 'ms')
budget('GUI filter, first keystroke', gui('scale', 'filter_first_keystroke'), 100, 'ms')
budget('GUI filter keystroke, sorted by name (median)', gui('scale', 'sorted_filter_keystroke_median'), 100, 'ms')
budget('GUI filter keystroke, sorted by name (slowest)', gui('scale', 'sorted_filter_keystroke_max'), 100, 'ms')
budget(f'GUI RSS, {n}-row round shown', gui('scale', 'peak_rss'), 300, 'MB')

print()
print(f'Gonggu benchmarks — medians of {repetitions} runs, Release build')
cpu = next((l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name')), platform.processor())
print(f'Machine: {cpu}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end; {platform.platform()}')
counts = lines(os.path.join(work, 'fixture-counts'))
if counts:
    orders, order_lines, payments = counts[0][0].split('|')
    fixture = f'{int(orders):,} orders, {int(order_lines):,} order lines, {int(payments):,} payments'
else:
    fixture = 'counts need sqlite3 (missing)'
print(f'Scale fixture: gonggu-cli demo --buyers {buyers}: {fixture}; made in {fmt(seconds_median(os.path.join(work, "demo-times")), "s")}')
print(f'Window timings on {gui_platform}')
print()
width = max(len(r[0]) for r in rows)
print(f'| {"Measure":<{width}} | {"Budget":>9} | {"Median":>9} | {"CPU":>9} | Result')
print(f'|-{"-" * width}-|-{"-" * 9}:|-{"-" * 9}:|-{"-" * 9}:|--------')
for what, limit, value, cpu, verdict in rows:
    print(f'| {what:<{width}} | {limit:>9} | {value:>9} | {cpu:>9} | {verdict}')
print('(Median: wall clock, what the user waits for. CPU: time this process computed; the difference is waiting,')
print(' for the disk or for cores other work on the machine holds.)')

print()
print('Yardsticks (same rows, same run):')
xlsx = bm('BM_ExportPublisherXlsx/scale_round:0/manual_time')
csv_export = bm('BM_ExportPublisherCsv/scale_round:0/manual_time')
raw = bm('BM_RawLibxlsxwriter/scale_round:0')
if xlsx and raw:
    print(f'  XLSX export {fmt(xlsx, "ms")} vs libxlsxwriter alone writing the same cells {fmt(raw, "ms")}: '
          f'{xlsx / raw:.2f}x (target ≤ 1.3x)')
if have_soffice:
    lo = seconds_median(os.path.join(work, 'lo-times'))
    lo_peak = peak_kb_median(os.path.join(work, 'lo-times'))
    print(f'  LibreOffice headless, the same CSV → XLSX: {fmt(lo, "s")}, peak {lo_peak / 1024:,.0f} MB; '
          f'Gonggu\'s XLSX export is {lo * 1000 / xlsx:.1f}x faster (target ≥ 8x)')
else:
    print('  LibreOffice: soffice not found — row skipped (apt-get install --no-install-recommends libreoffice-calc-nogui)')
if have_sqlite:
    imp = seconds_median(os.path.join(work, 'sqlite-import-times'))
    sel = seconds_median(os.path.join(work, 'sqlite-select-times'))
    app = bm('BM_ImportApplications/new_people:1/manual_time')
    known = bm('BM_ImportApplications/new_people:0/manual_time')
    print(f'  sqlite3 .import of the {n}-row application form: {fmt(imp * 1000, "ms")}; Gonggu\'s import '
          f'{app / (imp * 1000):.1f}x (new people), {known / (imp * 1000):.1f}x (known people) of it (target ≤ 3x)')
    print(f'  sqlite3 SELECT of the publisher rows as CSV: {fmt(sel * 1000, "ms")}; Gonggu\'s CSV export '
          f'{csv_export / (sel * 1000):.1f}x of it (target ≤ 3x)')
else:
    print('  sqlite3: not found — rows skipped (apt-get install sqlite3)')

print()
print('Details:')
for name in ['BM_ImportApplications/new_people:0/manual_time', 'BM_ImportApplications/new_people:1/manual_time',
             'BM_ImportBankStatement/manual_time', 'BM_ExportPublisherCsv/scale_round:0/manual_time',
             'BM_ExportPublisherXlsx/scale_round:0/manual_time', 'BM_ExportPublisherCsv/scale_round:1/manual_time',
             'BM_ExportPublisherXlsx/scale_round:1/manual_time', 'BM_RoundListModel', 'BM_LoadOrdersModel',
             'BM_OrdersSearchKeys', 'BM_LoadPeopleModel']:
    b = bench.get(name)
    if b:
        extra = ', '.join(f'{k} {v:,.0f}' for k, v in b.items()
                          if k.endswith('_ms') or k in ('lines', 'matched', 'review', 'new_orders', 'rows', 'buyers'))
        print(f'  {name}: {fmt(b["real_time"], "ms")}' + (f' ({extra})' if extra else ''))
for kind, label in [('scale', 'scale workspace, round 2 shown'), ('demo', 'demo workspace'), ('empty', 'new workspace')]:
    names = sorted(set(r[0] for r in lines(os.path.join(work, 'gui', kind + '.txt'))))
    print(f'  window, {label}: ' + ', '.join(f'{n} {gui(kind, n):,.1f}' for n in names))
EOF
if [[ -z $(trap -p EXIT) ]]; then
    echo
    echo "Raw results: $work_dir (bench.json, bench.txt, gui/*.txt, gui/*.png, *-times)"
fi
