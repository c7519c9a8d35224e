# 30 pairs of builds of two different programs into one output path, each
# pair at once: every time, the path holds one whole executable that runs
# and prints one of the two programs' outputs (the linker writing straight
# into -o gave corrupt executables).
set -u
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("program A") }\n' >a.go
printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n\t\tfmt.Println("program B", i)\n\t}\n}\n' >b.go
i=0
while [ $i -lt 30 ]; do
    "$ESCGO" build -o prog a.go & p1=$!
    "$ESCGO" build -o prog b.go & p2=$!
    wait $p1 || { echo "pair $i: build of a.go failed"; exit 1; }
    wait $p2 || { echo "pair $i: build of b.go failed"; exit 1; }
    out=$(./prog 2>&1) || { echo "pair $i: the executable failed: $out"; exit 1; }
    case $out in
        "program A"|"program B 0
program B 1
program B 2") ;;
        *) echo "pair $i: unexpected output: $out"; exit 1 ;;
    esac
    i=$((i + 1))
done
exit 0
