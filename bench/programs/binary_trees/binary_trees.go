// The Computer Language Benchmarks Game's binary-trees (single-threaded):
// allocate and walk perfect binary trees of every depth from 4 to maxDepth
// in steps of 2, plus one stretch tree and one long-lived tree. Every node
// is a heap object in both compilers: the program measures the allocator
// and the collector, not escape analysis.
package binary_trees

type Node struct {
	left, right *Node
}

//go:noinline
func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

const minDepth = 4

// run returns the sum of all checks, the number of nodes visited.
//go:noinline
func run(maxDepth int) int {
	if maxDepth < minDepth+2 {
		maxDepth = minDepth + 2
	}
	total := bottomUp(maxDepth + 1).check()
	longLived := bottomUp(maxDepth)
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << uint(maxDepth-depth+minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottomUp(depth).check()
		}
		total += check
	}
	return total + longLived.check()
}
