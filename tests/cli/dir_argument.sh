# A package directory named without "./" (the README's `escgo run
# samples/get_user`, make demo) builds as that directory, in GOPATH mode and
# inside a module whose import paths it is not; ./dir works the same; ./...
# skips symbolic links as go does.
set -u
fail() { echo "FAIL: $*"; exit 1; }
mkdir -p samples/hello && printf 'package main\n\nfunc main() { println("hello") }\n' >samples/hello/main.go
[ "$("$ESCGO" run samples/hello 2>&1)" = hello ] || fail "run samples/hello: $("$ESCGO" run samples/hello 2>&1)"
[ "$("$ESCGO" run ./samples/hello 2>&1)" = hello ] || fail "run ./samples/hello"
"$ESCGO" build -o hello.bin samples/hello && [ "$(./hello.bin 2>&1)" = hello ] || fail "build samples/hello"
printf 'module example.com/m\n\ngo 1.19\n' >go.mod
[ "$("$ESCGO" run samples/hello 2>&1)" = hello ] || fail "in a module: $("$ESCGO" run samples/hello 2>&1)"
[ "$("$ESCGO" run example.com/m/samples/hello 2>&1)" = hello ] || fail "by import path"
# ./... does not follow symbolic links (a link to a parent would never end).
ln -s .. samples/hello/up
timeout 20 "$ESCGO" build ./... || fail "./... through a symbolic link to a parent"
exit 0
