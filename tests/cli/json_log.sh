# -gcflags=-json=0,DIR: escgo's optimisation log against gc's for every
# sample with a samples/NAME/expected.json (scripts/make-goldens.sh json:
# gc's log with -l, the scratch directory written $DIR). gc's back-end
# entries (nilcheck, isInBounds, isSliceInBounds, copy: its SSA passes,
# which escgo does not have) are left out of gc's side; everything else —
# header, order, positions, messages, escflow explanations, JSON escaping —
# must be byte-identical. Then the flag's errors, in gc's words.
set -u
ROOT=$(cd "$(dirname "$ESCGO")/.." && pwd)
backend='"code":"(nilcheck|isInBounds|isSliceInBounds|copy)"'
n=0 bad=0
for golden in "$ROOT"/samples/*/expected.json; do
    dir=$(dirname "$golden")
    rm -rf w log && mkdir w
    cp "$dir"/*.go w/ && rm -f w/*_test.go
    if ! (cd w && "$ESCGO" build -o prog -gcflags="-l -json=0,$PWD/../log" $(ls *.go)) >build.out 2>&1; then
        echo "FAIL $(basename "$dir"): build"; cat build.out; bad=$((bad + 1)); continue
    fi
    for f in $(ls log/main/*.json 2>/dev/null); do cat "$f"; done | sed "s|$PWD/w|\$DIR|g" >got.json
    grep -v -E "$backend" "$golden" >want.json
    if ! cmp -s want.json got.json; then
        echo "FAIL $(basename "$dir"): the log differs from gc's"
        diff want.json got.json | cut -c1-300 | head -6
        bad=$((bad + 1))
    fi
    n=$((n + 1))
done
[ $n -ge 30 ] || { echo "only $n samples have an expected.json"; exit 1; }
# The memory sample's log has the heap site and its explanation.
grep -q '"code":"escape","source":"go compiler","message":"\\u0026Small{...} escapes to heap","relatedInformation"' \
    "$ROOT/samples/memory/expected.json" || { echo "samples/memory/expected.json lacks its heap site"; exit 1; }
# Errors: the version, the destination.
printf 'package main\n\nfunc main() {}\n' >e.go
"$ESCGO" build -o e -gcflags=-json=1,/tmp e.go >out 2>&1
grep -q -- '-json version must be 0' out || { echo "-json=1: no error"; cat out; exit 1; }
"$ESCGO" build -o e -gcflags=-json=0,rel e.go >out 2>&1
grep -q 'optimizer logging destination rel was neither /-prefixed directory nor file://-prefixed file URI' out ||
    { echo "-json=0,rel: no error"; cat out; exit 1; }
[ $bad = 0 ] || { echo "$bad of $n logs differ"; exit 1; }
echo "$n logs identical to gc's"
