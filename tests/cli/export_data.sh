# Export data (compiler/export/): a package whose object, export data and
# diagnostics are in the build cache is not compiled again (a package only
# checked, not linked, needs no object) — its importers
# read its export data, its -m lines are printed again. Whichever way each
# package arrives, escgo's -m output must stay gc's (tests/modules/exportdata
# /testdata/m.txt, made by go build -gcflags='-m -l') and the program's output
# go's; a damaged export file is compiled again, never trusted.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cp -r "$ROOT/tests/modules/exportdata" mod && cd mod || exit 1
export ESCGO_CACHE="$PWD/../cache"
fail() { echo "FAIL: $*"; exit 1; }
by_package() { awk '/^# /{pkg=substr($0,3); next} {print pkg "\t" $0}' | LC_ALL=C sort; }
by_package <testdata/m.txt >want
M=example.com/exportdata

# build: -m -l with a -d=cache trace; checks the -m lines against gc's and
# leaves the trace in ./trace.
build() {
    # (as m.txt was made: -m for the packages named, the module's)
    "$ESCGO" build -o out/ -gcflags='-m -l -d=cache' ./... >log 2>&1 || fail "build: $(cat log)"
    grep '^escgo: cache' log >trace
    grep -v '^escgo: cache' log | by_package >got
    cmp -s got want || fail "$1: -m output differs from gc's: $(diff got want | head)"
}
came() {  # came PKG HOW: the trace says how PKG arrived
    case $2 in
    export) grep -q "^escgo: cache hit  $M$1 (.*): export data, not compiled" trace ;;
    compiled) grep -q "^escgo: cache miss $M$1: compiled" trace ;;
    esac || fail "$M$1 was not $2: $(cat trace)"
}
mkdir out
build cold
for p in /lib/base /lib ""; do came "$p" compiled; done
./out/exportdata >run.out 2>&1 && cmp -s run.out testdata/run.out || fail "cold build's program"

build warm
for p in /lib/base /lib ""; do came "$p" export; done
./out/exportdata >run.out 2>&1 && cmp -s run.out testdata/run.out || fail "warm build's program"

# main compiled against lib's and base's export data alone.
echo '// changed' >>main.go
build "main changed"
came /lib/base export; came /lib export; came "" compiled
./out/exportdata >run.out 2>&1 && cmp -s run.out testdata/run.out || fail "program built from export data"

echo '// changed' >>lib/lib.go
build "lib changed"
came /lib/base export; came /lib compiled; came "" compiled
./out/exportdata >run.out 2>&1 && cmp -s run.out testdata/run.out || fail "program after lib changed"

# -d=export shows what importers read: Keep's parameter leaks to the heap
# (tag 0), Identity's to result 0 (its first result slot 0).
"$ESCGO" build -gcflags="$M/lib=-d=export" ./lib >export.txt 2>&1 || fail "-d=export: $(cat export.txt)"
head -1 export.txt | grep -qx 'escgo export 5' || fail "-d=export: $(head -3 export.txt)"
awk '/^func .*lib\.Keep /{getline; print $1, $2, $4}' export.txt | grep -qx 'param p 0' ||
    fail "Keep's tag: $(grep -A1 'lib.Keep ' export.txt)"
awk '/^func .*lib\.Identity /{getline; print $1, $2, $4, $5}' export.txt | grep -qx 'param p -1 0' ||
    fail "Identity's tag: $(grep -A1 'lib.Identity ' export.txt)"

# Damaged export data is compiled again, and stored anew.
for f in $(find "$ESCGO_CACHE" -name '*.x'); do head -c 100 "$f" >"$f.cut" && mv "$f.cut" "$f"; done
build "export data cut"
grep -q 'damaged (its sum does not hold)' trace || fail "a cut export file was trusted: $(cat trace)"
build "export data stored again"
for p in /lib/base /lib ""; do came "$p" export; done
# A changed byte inside an inline body (it would become code in main) too.
for f in $(grep -l '^inline ' $(find "$ESCGO_CACHE" -name '*.x')); do
    awk 'BEGIN{d=0} /^inline /{n=NR} n && NR==n+1 && !d {sub(/[0-9]/, "7"); d=1} {print}' "$f" >"$f.bad" &&
        ! cmp -s "$f" "$f.bad" && mv "$f.bad" "$f" && damaged=1
done
[ "${damaged:-0}" = 1 ] || fail "no inline body to damage in the cache"
build "inline body changed"
grep -q 'damaged (its sum does not hold)' trace || fail "a changed inline body was trusted: $(cat trace)"
build "export data stored again after a changed body"
for p in /lib/base /lib ""; do came "$p" export; done

# Other -m flags: diagnostics not in the cache yet, so the front end runs
# (the objects are reused), and prints what a build without a cache prints.
"$ESCGO" build -o out/ -gcflags='all=-m=2 -l' ./... >m2 2>&1 || fail "-m=2: $(cat m2)"
ESCGO_CACHE=off "$ESCGO" build -o out/ -gcflags='all=-m=2 -l' ./... >m2.off 2>&1 || fail "-m=2 off"
cmp -s m2 m2.off || fail "-m=2 differs with the cache: $(diff m2 m2.off | head)"
"$ESCGO" build -o out/ -gcflags='all=-m=2 -l' ./... >m2.warm 2>&1 || fail "-m=2 warm"
cmp -s m2.warm m2.off || fail "-m=2 from the cache differs: $(diff m2.warm m2.off | head)"
# With inlining (-m without -l), main's wrap is inlinable only at the cost
# lib's export data gives lib.Identity: the same whether lib was compiled in
# this process or read from the cache.
ESCGO_CACHE=off "$ESCGO" build -o out/ -gcflags='all=-m' ./... >inl.off 2>&1 || fail "-m off: $(cat inl.off)"
grep -q 'can inline wrap' inl.off || fail "wrap not inlinable: $(grep wrap inl.off)"
"$ESCGO" build -o out/ -gcflags='all=-m' ./... >/dev/null 2>&1 || fail "-m cold"
echo '// changed again' >>main.go
"$ESCGO" build -o out/ -gcflags='all=-m -d=cache' ./... >inl.log 2>&1 || fail "-m: $(cat inl.log)"
grep -q "cache hit  $M/lib (.*): export data" inl.log || fail "lib not from export data: $(grep '^escgo' inl.log)"
grep -v '^escgo: cache' inl.log | cmp -s - inl.off || fail "-m from export data differs: $(grep -v '^escgo' inl.log | diff - inl.off)"

# A build that only checks packages (a library) generates no code; a later
# build that links them compiles them again for their object code.
"$ESCGO" clean -cache || fail "clean -cache"
"$ESCGO" build -gcflags=all=-d=cache ./lib >lib.log 2>&1 || fail "escgo build ./lib: $(cat lib.log)"
[ -z "$(find "$ESCGO_CACHE" -name '*.o')" ] || fail "checking a library generated code"
build "linked after a library build"
for p in /lib/base /lib ""; do came "$p" compiled; done
./out/exportdata >run.out 2>&1 && cmp -s run.out testdata/run.out || fail "program after a library build"
build "warm after a library build"
for p in /lib/base /lib ""; do came "$p" export; done
exit 0
