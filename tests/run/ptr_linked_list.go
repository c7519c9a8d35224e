package main

import "fmt"

type Node struct {
	Key   int
	Left  *Node
	Right *Node
}

type List struct {
	Val  string
	Next *List
}

func insert(n *Node, k int) *Node {
	if n == nil {
		return &Node{Key: k}
	}
	if k < n.Key {
		n.Left = insert(n.Left, k)
	} else {
		n.Right = insert(n.Right, k)
	}
	return n
}

func inorder(n *Node, out []int) []int {
	if n == nil {
		return out
	}
	out = inorder(n.Left, out)
	out = append(out, n.Key)
	return inorder(n.Right, out)
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.Left), height(n.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func push(head **List, v string) {
	*head = &List{v, *head}
}

func reverse(h *List) *List {
	var prev *List
	for h != nil {
		next := h.Next
		h.Next = prev
		prev = h
		h = next
	}
	return prev
}

func printList(h *List) {
	for ; h != nil; h = h.Next {
		fmt.Print(h.Val, "->")
	}
	fmt.Println("nil")
}

func main() {
	var root *Node
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, k)
	}
	fmt.Println(inorder(root, nil))
	fmt.Println("height", height(root), root.Left.Right.Left.Key)
	var head *List
	for _, s := range []string{"a", "b", "c", "d"} {
		push(&head, s)
	}
	printList(head)
	head = reverse(head)
	printList(head)
	n := 0
	for p := &head; *p != nil; p = &(*p).Next {
		n++
	}
	fmt.Println("len", n)
	// remove "c" through pointer-to-pointer
	for p := &head; *p != nil; p = &(*p).Next {
		if (*p).Val == "c" {
			*p = (*p).Next
			break
		}
	}
	printList(head)
}
