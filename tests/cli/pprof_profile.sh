# -allocprof=FILE: the profile in pprof's format, read by gc's own
# `go tool pprof` (where Go is installed; .ci/run installs it). One run of
# samples/memory prints -allocprof's table and writes the profile; pprof's
# -top lists the same sites (function, file:line) with the same object
# counts, every one (the table's rows summed per function and line, as
# pprof's -lines merges them), the same top sites by bytes in the same
# order, and the escape reasons as the samples' labels.
set -u
ROOT=$(cd "$(dirname "$ESCGO")/.." && pwd)
if ! command -v go >/dev/null 2>&1; then
    echo "go is not installed: go tool pprof cannot be run"
    [ "${ESCGO_REQUIRE_GO:-0}" = 1 ] && exit 1
    exit 0
fi
"$ESCGO" run -allocprof=prof.pb.gz "$ROOT/samples/memory" >run.out 2>table.txt ||
    { echo "escgo run failed"; cat table.txt; exit 1; }
[ -s prof.pb.gz ] || { echo "no profile written"; exit 1; }
gzip -t prof.pb.gz || { echo "prof.pb.gz is not gzip"; exit 1; }
pprof() { go tool pprof -top -lines -nodefraction=0 -nodecount=100000 "$@" prof.pb.gz 2>pprof.err; }
pprof -sample_index=alloc_objects >objects.txt || { echo "pprof failed"; cat pprof.err; exit 1; }
pprof -sample_index=alloc_space >space.txt || { echo "pprof failed"; cat pprof.err; exit 1; }
go tool pprof -tags prof.pb.gz >tags.txt 2>pprof.err || { echo "pprof -tags failed"; cat pprof.err; exit 1; }
python3 - <<'PY' || exit 1
import re, sys
UNITS = {'B': 1, 'kB': 1024, 'MB': 1024**2, 'GB': 1024**3}
def size(s):
    m = re.match(r'^([0-9.]+)([kMG]?B)?$', s)
    return float(m.group(1)) * UNITS.get(m.group(2) or 'B', 1)
table = {}   # (function, file:line) -> [objects, bytes]
order = []
for line in open('table.txt'):
    m = re.match(r'^\s*(\S+)\s+[0-9.]+%\s+(\d+)\s+(\S+)\s+(\S+)\s', line)
    if not m:
        continue
    key = m.group(3) if m.group(4) == '-' else m.group(3) + ' ' + m.group(4)
    row = table.setdefault(key, [0, 0.0])
    row[0] += int(m.group(2)); row[1] += size(m.group(1))
def top(path):
    rows = []
    for line in open(path):
        m = re.match(r'^\s*(\S+)\s+\S+%\s+\S+%\s+\S+\s+\S+%\s+(.+?)\s*$', line)
        if m and m.group(1) != 'flat':
            rows.append((m.group(2), m.group(1)))
    return rows
objects = dict((k, int(v)) for k, v in top('objects.txt'))
bad = 0
for key, (n, _) in table.items():
    if n and objects.get(key) != n:
        print('site %s: %d objects in the table, %s in pprof' % (key, n, objects.get(key))); bad = 1
for key in objects:
    if key not in table:
        print('pprof lists %s, the table does not' % key); bad = 1
if len(table) < 5:
    print('only %d sites in the table' % len(table)); bad = 1
# The top sites by bytes, in order (those well apart: no ties to reorder).
space = top('space.txt')
want = sorted(table.items(), key=lambda kv: -kv[1][1])[:3]
got = [k for k, _ in space[:3]]
if [k for k, _ in want] != got:
    print('top sites by bytes: table %s, pprof %s' % ([k for k, _ in want], got)); bad = 1
if got[:2] != ['(runtime)', 'main.makeSmall main.go:19']:
    print('top two sites: %s' % got[:2]); bad = 1
print('%d sites, %d allocations: the same in the table and in pprof' % (len(table), sum(v[0] for v in table.values())))
sys.exit(bad)
PY
grep -q 'escape: Total' tags.txt && grep -q ': escapes$' tags.txt && grep -q ': &Small{...}$' tags.txt ||
    { echo "labels missing"; cat tags.txt; exit 1; }
