# escgo test -c writes the test binary instead of running it, as go test -c
# does: PKG.test in the current directory (or -o FILE), which then runs on
# its own with testing's flags, spelled as Go's flag package reads them
# (-test.run X, -test.run=X, --test.v). -o without -c keeps the binary and
# runs the tests (go 1.19). go test refuses -c and -o with several
# packages. The no-tests note comes from testing's own warning in the
# output, as go test reads it.
set -u
fail() { echo "FAIL: $*"; exit 1; }
export ESCGO_CACHE="$PWD/cache"
mkdir -p words other
cat >words/words.go <<'GO'
package words

func Count(s []string) int { return len(s) }
GO
cat >words/words_test.go <<'GO'
package words

import "testing"

func TestCount(t *testing.T) {
	if Count([]string{"a", "b"}) != 2 {
		t.Fatal("wrong")
	}
	t.Log("counted")
}

func TestOther(t *testing.T) {}
GO
cp words/words.go other/ && sed -i 's/package words/package other/' other/words.go
(cd words && "$ESCGO" test -c) || fail "escgo test -c"
[ -x words/words.test ] || fail "no words/words.test"
out=$(cd words && ./words.test -test.v -test.run TestCount 2>&1) || fail "words.test: $out"
echo "$out" | grep -q '^=== RUN   TestCount$' || fail "no RUN line: $out"
echo "$out" | grep -q 'words_test.go:9: counted' || fail "no log line: $out"
echo "$out" | grep -q 'TestOther' && fail "-test.run TestCount ran TestOther: $out"
out=$(cd words && ./words.test --test.run=TestOther --test.v 2>&1) || fail "--flags: $out"
echo "$out" | grep -q '^--- PASS: TestOther' || fail "--test.run=: $out"
"$ESCGO" test -c -o bin/w.test ./words || fail "-o"
[ -x bin/w.test ] || fail "no bin/w.test"
out=$("$ESCGO" test -o x.test ./words 2>&1) || fail "-o without -c: $out"
echo "$out" | grep -q '^ok  	_/.*/words	' || fail "-o without -c did not run the tests: $out"
[ -x x.test ] || fail "-o without -c: no x.test"
out=$("$ESCGO" test -c -o words/words_test.go ./words 2>&1) && fail "-o over a Go file accepted"
echo "$out" | grep -q 'would overwrite a Go source file; nothing written' || fail "-o over a Go file: $out"
grep -q 'func TestCount' words/words_test.go || fail "-o overwrote words_test.go"
out=$("$ESCGO" test -c ./words ./other 2>&1) && fail "-c with two packages accepted"
[ "$out" = "cannot use -c flag with multiple packages" ] || fail "two packages: $out"
out=$("$ESCGO" test -o y.test ./words ./other 2>&1) && fail "-o with two packages accepted"
[ "$out" = "cannot use -o flag with multiple packages" ] || fail "two packages, -o: $out"
out=$("$ESCGO" test -run Nothing ./words 2>&1) || fail "-run Nothing: $out"
echo "$out" | grep -q 'words	[0-9.]*s \[no tests to run\]$' || fail "no [no tests to run]: $out"
exit 0
