# -o never overwrites a Go source file, an input or not: refused before
# anything is built, the file unchanged (escgo build, and escgo explain's page).
set -u
printf 'package main\n\nfunc main() { g() }\n' >self.go
printf 'package main\n\nfunc g() {}\n' >other.go
cp self.go self.orig; cp other.go other.orig
check() {  # check MESSAGE-PATTERN [explain] ARGS...
    want=$1; shift
    cmd=build
    [ "$1" = explain ] && { cmd=explain; shift; }
    "$ESCGO" $cmd "$@" 2>err
    rc=$?
    [ $rc = 1 ] || { echo "build $*: exit $rc, want 1"; cat err; exit 1; }
    grep -q "$want" err || { echo "build $*: unexpected message:"; cat err; exit 1; }
    cmp -s self.go self.orig && cmp -s other.go other.orig || { echo "build $*: a source changed"; exit 1; }
}
check 'would overwrite the input other.go' -o other.go self.go other.go
check 'would overwrite the input self.go' -emit-llvm -o self.go self.go other.go
check 'would overwrite the input self.go' -o ./self.go .
check 'would overwrite a Go source file' -o new.go self.go other.go
[ ! -e new.go ] || { echo "new.go was written"; exit 1; }
check 'would overwrite the input self.go' explain -o self.go self.go other.go
check 'would overwrite a Go source file' explain -o page.go .
[ ! -e page.go ] || { echo "page.go was written"; exit 1; }
exit 0
