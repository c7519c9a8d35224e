# The build cache (compiler/driver/cache.c): a warm build of an unchanged
# module generates no package's code (-gcflags=all=-d=cache says where each
# object came from); a changed file recompiles its package and those that
# import it, nothing else; two builds at once share the cache; escgo clean
# -cache empties it (its entries only); a cut entry is rebuilt; entries unused
# for days are trimmed; ESCGO_CACHE=off builds the module's packages
# without one, the standard packages still from the default place.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cp -r "$ROOT/tests/modules/tool" mod && cd mod || exit 1
export ESCGO_CACHE="$PWD/../cache"
fail() { echo "FAIL: $*"; exit 1; }
# The module's packages only: the standard ones format imports (strings
# and what it needs) come from Go's source through the same cache.
trace() { "$ESCGO" build -o tool -gcflags=all=-d=cache ./cmd/tool 2>&1 >/dev/null | grep ' example.com/' | sort; }

[ "$(trace | grep -c 'cache miss')" = 3 ] || fail "cold build: $(trace)"
./tool >out 2>&1 || fail "cold build's program"
warm=$(trace)
[ "$(echo "$warm" | grep -c 'cache hit ')" = 3 ] && ! echo "$warm" | grep -q miss ||
    fail "warm build recompiled: $warm"
./tool >out2 2>&1 && cmp -s out out2 || fail "warm build's program differs"

# As go build: an output that already holds the very program (its build ID
# names the link's inputs) is not linked again, only touched; any other
# file there is replaced.
ino() { stat -c %i "$1"; }
linked=$(ino tool)
"$ESCGO" build -o tool -gcflags=all=-d=cache ./cmd/tool 2>&1 >/dev/null |
    grep -q '^escgo: cache hit  link ([0-9a-f]*): tool is up to date, not linked$' ||
    fail "an up-to-date output was linked again"
[ "$(ino tool)" = "$linked" ] || fail "an up-to-date output was replaced"
# ... seen before any package is loaded (only cmd/tool traced: no package's
# export data is read, cmd/tool's -d=cache line is its diagnostics' replay).
early=$("$ESCGO" build -o tool -gcflags=-d=cache ./cmd/tool 2>&1 >/dev/null)
echo "$early" | grep -q '^escgo: cache hit  link ([0-9a-f]*): tool is up to date, not linked$' &&
    ! echo "$early" | grep -q 'export data' || fail "an up-to-date output loaded packages: $early"
cp "$(command -v true)" tool
"$ESCGO" build -o tool ./cmd/tool && ./tool >out2 2>&1 && cmp -s out out2 ||
    fail "another program at the output was kept"
linked=$(ino tool)

# registry imports format; cmd/tool imports both.
echo '// a comment changes the package' >>format/format.go
changed=$(trace)
for p in format internal/registry cmd/tool; do
    echo "$changed" | grep -q "cache miss example.com/tool/v2/$p:" || fail "$p not rebuilt: $changed"
done
[ "$(ino tool)" != "$linked" ] || fail "a changed program was not linked again"
echo '// and another' >>internal/registry/registry.go
changed=$(trace)
echo "$changed" | grep -q "cache hit  example.com/tool/v2/format " || fail "format rebuilt: $changed"
echo "$changed" | grep -q "cache miss example.com/tool/v2/internal/registry:" || fail "$changed"

# The module's entries, by the keys -d=cache names (the standard packages'
# are left alone: compiling strings again would only take longer).
module_entries() {  # module_entries SUFFIX
    for k in $(trace | sed -n 's/.*(\([0-9a-f]*\)).*/\1/p'); do
        echo "$ESCGO_CACHE/$(echo "$k" | cut -c1-2)/$k$1"
    done
}

# A cut entry (a crash, a full disk) is compiled again, not trusted.
for f in $(module_entries .o); do : >"$f"; done
[ "$(trace | grep -c 'cache miss')" = 3 ] || fail "empty entries trusted: $(trace)"
./tool >out3 2>&1 && cmp -s out out3 || fail "rebuilt program differs"

# Trimming, as GOCACHE: an entry unused for a week goes (at most one trim a
# day: trim.txt says when); the entries builds use stay.
old=$(find "$ESCGO_CACHE" -name '*.o' | head -1)
mkdir -p "$ESCGO_CACHE/00" && cp "$old" "$ESCGO_CACHE/00/00000000000000000000000000000000.o"
touch -d '7 days ago' "$ESCGO_CACHE/00/00000000000000000000000000000000.o" "$ESCGO_CACHE/trim.txt"
trace >/dev/null
[ ! -e "$ESCGO_CACHE/00/00000000000000000000000000000000.o" ] || fail "an entry unused for a week was kept"
[ "$(find "$ESCGO_CACHE" -name '*.o' | wc -l)" -ge 3 ] || fail "trimming removed entries in use"

# Two cold builds at once (the module's entries removed), sharing the
# cache: both succeed, both programs right.
rm -f $(module_entries '*')
"$ESCGO" build -o a.bin ./cmd/tool & pa=$!
"$ESCGO" build -o b.bin ./cmd/tool & pb=$!
wait $pa || fail "concurrent build a"
wait $pb || fail "concurrent build b"
./a.bin >oa 2>&1 && ./b.bin >ob 2>&1 && cmp -s oa out && cmp -s ob out || fail "concurrent builds' programs"
[ -z "$(find "$ESCGO_CACHE" -name '.tmp-*')" ] || fail "temporary files left in the cache"

# clean empties escgo's entries and nothing else the directory holds.
echo keep >"$ESCGO_CACHE/notes.txt"
"$ESCGO" clean -cache || fail "escgo clean -cache"
[ -z "$(find "$ESCGO_CACHE" -name '*.o')" ] || fail "clean left objects"
[ -f "$ESCGO_CACHE/notes.txt" ] || fail "clean removed a file that is not an entry"

# ESCGO_CACHE=off: the module's packages compile every time, nothing of
# theirs stored; the standard ones stay cached in the default place
# ($XDG_CACHE_HOME/escgo: run-tests.sh points it into its own directory).
export XDG_CACHE_HOME="${XDG_CACHE_HOME:-$PWD/../xdg}"
off() { ESCGO_CACHE=off "$ESCGO" build -o c.bin -gcflags=all=-d=cache ./cmd/tool 2>&1 >/dev/null; }
off >/dev/null || fail "ESCGO_CACHE=off: $(off)"
t=$(off)
echo "$t" | grep -q 'example.com/' && fail "ESCGO_CACHE=off cached the module's packages: $t"
echo "$t" | grep -q 'cache hit  strings (' || fail "ESCGO_CACHE=off compiled strings again: $t"
./c.bin >oc 2>&1 && cmp -s oc out || fail "ESCGO_CACHE=off's program"
exit 0
