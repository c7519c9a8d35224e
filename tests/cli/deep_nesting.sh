# 100,000-deep nesting of each shape compiles, or stops with a clean
# "nesting too deep", within 10 s and 2 GB (they took minutes and up to
# 24 GB): index expressions, composite literals, binary chains, struct
# types, and parentheses.
set -u
python3 - <<'PY'
d = 100000
def w(name, body):
    open(name, 'w').write(body)
w('index.go', 'package main\n\nfunc main() {\n\tx := []int{0}\n\t_ = ' + 'x[' * d + '0' + ']' * d + '\n}\n')
w('complit.go', 'package main\n\nfunc main() {\n\t_ = ' + '[]any{' * d + '1' + '}' * d + '\n}\n')
w('binary.go', 'package main\n\nfunc main() {\n\ta := 1\n\tprintln(a' + ' + a' * d + ')\n}\n')
w('struct.go', 'package main\n\nvar v ' + 'struct{ f ' * d + 'int' + ' }' * d + '\n\nfunc main() { _ = v }\n')
w('parens.go', 'package main\n\nfunc main() {\n\ta := 1\n\tprintln(' + '(' * d + 'a' + ')' * d + ')\n}\n')
PY
ulimit -v 2097152   # 2 GB of address space is the bound; the compiler reserves less
for shape in index complit binary struct parens; do
    start=$(date +%s)
    timeout 10 "$ESCGO" build -o "$shape.bin" "$shape.go" >out 2>&1
    rc=$?
    secs=$(($(date +%s) - start))
    case $rc in
        0) ;;
        1) grep -q 'nesting too deep$' out || { echo "$shape: exit 1 without 'nesting too deep':"; head -3 out; exit 1; } ;;
        124) echo "$shape: not done after 10 s"; exit 1 ;;
        *) echo "$shape: exit $rc"; head -3 out; exit 1 ;;
    esac
    echo "$shape: exit $rc in ${secs}s"
done
# What compiles runs: the binary chain prints 100,001.
[ "$(./binary.bin 2>&1)" = 100001 ] || { echo "binary: wrong result"; exit 1; }
exit 0
