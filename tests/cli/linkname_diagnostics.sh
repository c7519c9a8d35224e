#!/bin/sh
# //go:linkname's errors, which an // ERROR annotation cannot test (the
# comment would become part of the directive), and the linker's error for a
# call to a declaration without a body that nothing defines. The expected
# texts are what `go build main.go` (Go 1.19) prints for each program.
set -u
fail=0

# check NAME EXPECTED: main.go must fail to build, printing EXPECTED.
check() {
	if "$ESCGO" build -o prog main.go >out 2>&1; then
		echo "$1: built, want an error"; fail=1; return
	fi
	printf '%s\n' "$2" >want
	if ! cmp -s want out; then
		echo "$1: stderr differs"; diff want out; fail=1
	fi
}

cat >main.go <<'EOF'
package main

//go:linkname f main.g
func f() {}

func g() {}

func main() { f() }
EOF
check without-unsafe '# command-line-arguments
./main.go:3:3: //go:linkname only allowed in Go files that import "unsafe"'

cat >main.go <<'EOF'
package main

import _ "unsafe"

//go:linkname nosuch main.g
//go:linkname f main.g
//go:linkname f main.h
func f() {}

func g() {}

func main() { f() }
EOF
check undeclared-and-duplicate '# command-line-arguments
./main.go:5:3: //go:linkname must refer to declared function or variable
./main.go:7:3: duplicate //go:linkname for f'

cat >main.go <<'EOF'
package main

import _ "unsafe"

//go:linkname missing runtime.escgoNoSuchFunction
func missing(p *int) int

func use() int {
	x := 1
	return missing(&x) + missing(nil)
}

func main() {
	println(use())
	defer func() { missing(nil) }()
}
EOF
check undefined-target '# command-line-arguments
main.use: relocation target runtime.escgoNoSuchFunction not defined
main.main.func1: relocation target runtime.escgoNoSuchFunction not defined'

exit $fail
