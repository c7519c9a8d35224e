# The differential tester itself (scripts/difftest/, make difftest): its
# generator's programs must be valid Go that gc compiles and runs, and the
# comparison must classify a known difference. Needs the go command.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v go >/dev/null 2>&1 || { echo "go is not installed: difftest not checked"; exit 0; }
fail=0
for seed in 7 8 9; do
    mkdir -p p$seed
    python3 "$ROOT/scripts/difftest/gen.py" $seed >p$seed/main.go
    (cd p$seed && GO111MODULE=off GOFLAGS= go build -o gc.bin main.go 2>build.err) ||
        { echo "seed $seed: gc rejects the generated program:"; head -5 p$seed/build.err; fail=1; continue; }
    (cd p$seed && timeout 20 ./gc.bin >/dev/null 2>&1) || { echo "seed $seed: gc's program failed or ran 20 s"; fail=1; }
done
# classify: a verdict, a position and an inlining difference, told apart.
python3 - "$ROOT" <<'PY' || fail=1
import sys
sys.path.insert(0, sys.argv[1] + '/scripts/difftest')
import compare
gc = ['./main.go:3:2: x escapes to heap', './main.go:4:2: y does not escape',
      './main.go:5:6: can inline f']
es = ['./main.go:3:2: x does not escape', './main.go:4:9: y does not escape']
got = sorted(c for c, _ in compare.classify(gc, es))
want = ['inlining', 'position', 'verdict']
if got != want:
    print('classify: got %s, want %s' % (got, want))
    sys.exit(1)
PY
# The whole loop on one program: the report's lines are there.
python3 "$ROOT/scripts/difftest/main.py" -n 1 --from 7 --no-shrink --min-ml 0 -o out --escgo "$ESCGO" >report.txt 2>&1 ||
    { echo "difftest -n 1 failed:"; cat report.txt; fail=1; }
for want in 'run output and exit status identical: ' '-m -l lines identical' '-m lines identical'; do
    grep -q -- "$want" report.txt || { echo "report lacks '$want':"; cat report.txt; fail=1; }
done
exit $fail
