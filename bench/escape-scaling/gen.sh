#!/bin/sh
# gen.sh N > FILE.go — a library package of N functions for timing escape
# analysis: pointer parameters that leak to results, to the heap or nowhere,
# calls to earlier functions (tags from earlier batches), pairs of mutually
# recursive functions (one batch each), &locals, new, composite literals,
# slices and interface boxing, so every part of the solver is exercised.
N=${1:?usage: gen.sh N}
awk -v n="$N" 'BEGIN {
  print "package scaling\n"
  print "type Node struct {\n\tval  int\n\tnext *Node\n\tdata []int\n}\n"
  print "var sink interface{}\nvar gp *Node\n"
  for (i = 0; i < n; i++) {
    a = int(i / 2); b = int(i * 7 / 10)
    k = i % 4
    printf "func f%d(p *Node, q *int, d int) *Node {\n", i
    printf "\tx := d + *q\n"
    printf "\tloc := Node{val: x}\n"
    if (k == 0) {
      printf "\tn := &Node{val: x, next: p}\n"
      if (i > 0) printf "\tr := f%d(n, &x, d-1)\n", a; else printf "\tr := n\n"
      printf "\tloc.next = r\n\treturn n\n"
    } else if (k == 1) {
      printf "\ts := make([]int, 8)\n\ts[0] = loc.val\n\tp.data = s\n"
      if (i > 0) printf "\t_ = f%d(p, q, d-1)\n", b
      printf "\tif d > 100 {\n\t\tgp = p\n\t}\n\treturn p\n"
    } else if (k == 2) {
      printf "\tbuf := [4]*int{q, &x}\n\tif d < 0 {\n\t\tsink = buf[0]\n\t}\n"
      printf "\tif d > 1 {\n\t\treturn g%d(p, d-1)\n\t}\n\treturn &loc\n", i
    } else {
      printf "\tt := new(Node)\n\tt.next = p\n\tloc.next = t\n"
      if (i > 0) printf "\tu := f%d(t, q, d-1)\n\tsink = u.val\n", a
      printf "\treturn t.next\n"
    }
    printf "}\n\n"
    if (k == 2) {
      # g and f call each other: one strongly connected batch
      printf "func g%d(p *Node, d int) *Node {\n\tv := d\n\treturn f%d(p, &v, d-1)\n}\n\n", i, i
    }
  }
}'
