# A program's code optimised and emitted in parts, one process each
# (-d=parts=N; a big program is split so by default, build.c): the parts
# link into the same program, optimised or not (-O0). Run programs that cross every kind of part
# boundary — package variables, closures, methods and method tables,
# interfaces, defer and recover, goroutines, maps, panics — are built in 3
# parts and must print their gc goldens (tests/run/NAME.out, exit status
# NAME.exit) and, where gc's traceback is kept (NAME.trace), the same
# frames: function and line, read from each part's DWARF line table. With
# gdb installed, a breakpoint at a line of each of three functions (in
# different parts) must stop there.
#
# Parts apply where the program is one module (driver/build.c: programs
# that import no package compiled from Go's source, -allocprof, and
# -d=parts=N itself, which makes every program one module); a program
# built package by package through the cache emits each package's module
# whole. The programs here import fmt, compiled from Go's source.
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
fail=0

# "func file-base:line" per frame of a Go traceback (stderr or NAME.trace).
frames() {
    awk '/^goroutine /{on=1; next} on && /^[^\t].*\(/ {f=$0; sub(/\([^()]*\)$/, "", f); next}
         on && /^\t/ && f != "" {l=$1; sub(/.*\//, "", l); print f " " l; f=""}' "$1"
}

# check_run NAME [BUILD FLAGS]: tests/run/NAME.go built in 3 parts.
check_run() {
    t=$1; shift
    want_exit=0
    [ -f "$ROOT/tests/run/$t.exit" ] && want_exit=$(cat "$ROOT/tests/run/$t.exit")
    cp "$ROOT/tests/run/$t.go" "$t.go"
    if ! "$ESCGO" build "$@" -gcflags=-d=parts=3,time -o "$t.bin" "$t.go" 2>"$t.build"; then
        echo "$t $*: build failed:"; head -5 "$t.build"; fail=1; return
    fi
    grep -q '(part 2)$' "$t.build" || { echo "$t $*: not built in 3 parts:"; cat "$t.build"; fail=1; }
    ./"$t.bin" >"$t.stdout" 2>"$t.stderr"
    rc=$?
    [ "$rc" = "$want_exit" ] || { echo "$t $*: exit $rc, want $want_exit"; fail=1; }
    cmp -s "$t.stdout" "$ROOT/tests/run/$t.out" || { echo "$t $*: stdout differs from gc's:"; diff "$t.stdout" "$ROOT/tests/run/$t.out" | head -5; fail=1; }
    if [ -f "$ROOT/tests/run/$t.trace" ]; then
        frames "$ROOT/tests/run/$t.trace" >"$t.want-frames"
        frames "$t.stderr" >"$t.got-frames"
        [ -s "$t.want-frames" ] || { echo "$t: no frames in gc's traceback"; fail=1; }
        cmp -s "$t.got-frames" "$t.want-frames" || { echo "$t $*: traceback frames differ from gc's:"; diff "$t.got-frames" "$t.want-frames" | head -6; fail=1; }
    fi
}

for t in map_global closure_nested closure_memo defer_method_value defer_recover_builtin \
         go_method go_recover iface_embed iface_promoted iface_stringer iface_typeswitch \
         map_iface_keys iface_method_set iface_methods_results defer_panic_order panic_traceback \
         panic_traceback_closure_names panic_traceback_goroutine iface_panic_stringer; do
    check_run $t
done
# Unoptimised, nothing deletes what a part no longer uses: it must still link.
for t in map_global iface_typeswitch panic_traceback_closure_names; do
    check_run $t -O0
done

# Three big functions (each far over the inlining budget) and main: the
# parts are balanced by size, so they do not share one part.
python3 - <<'PY'
lines = ['package main', '', '//go:noinline', 'func g(x int) int { return x }', '']
marks, want = {}, 0
for f in range(3):
    lines.append('func f%d(n int) int {' % f)
    lines.append('\ts := 0')
    for k in range(60):
        lines.append('\tfor i := 0; i < n; i++ {')
        if k == 30:
            marks[f] = len(lines) + 1
        lines.append('\t\ts += g(i*%d + %d)' % (k + 1, f))
        lines.append('\t}')
        want += sum(i * (k + 1) + f for i in range(f + 3))
    lines.append('\treturn s')
    lines.append('}')
    lines.append('')
lines += ['func main() {', '\tn := f0(3) + f1(4) + f2(5)']
marks['main'] = len(lines) + 1
lines += ['\tprintln(n)', '}', '']
open('big3.go', 'w').write('\n'.join(lines))
open('marks', 'w').write(' '.join(str(marks[k]) for k in (0, 1, 2, 'main')) + '\n')
open('want', 'w').write('%d\n' % want)
PY
"$ESCGO" build -gcflags=-d=parts=3 -o big3 big3.go || { echo "big3: build failed"; exit 1; }
./big3 >big3.out 2>&1
cmp -s big3.out want || { echo "big3 prints $(cat big3.out), want $(cat want)"; fail=1; }
if command -v gdb >/dev/null 2>&1; then
    set -- $(cat marks)
    gdb -batch -nx -ex "tbreak big3.go:$1" -ex "tbreak big3.go:$2" -ex "tbreak big3.go:$3" \
        -ex "tbreak big3.go:$4" -ex run -ex continue -ex continue -ex continue ./big3 >gdb.out 2>&1
    for fl in "main.f0 $1" "main.f1 $2" "main.f2 $3" "main.main $4"; do
        set -- $fl
        grep -q "Temporary breakpoint [0-9]*, $1 (.*) at .*big3.go:$2\$" gdb.out ||
            { echo "gdb did not stop in $1 at big3.go:$2:"; grep -E "breakpoint|big3.go" gdb.out | head -8; fail=1; }
    done
else
    echo "gdb is not installed: the breakpoint check did not run"
fi
exit $fail
