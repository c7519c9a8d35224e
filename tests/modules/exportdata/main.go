// main's escape verdicts depend on lib's escape tags: the same whether lib
// was compiled in this process or read from the build cache's export data.
package main

import (
	"fmt"

	"example.com/exportdata/lib"
)

type local struct{ lib.Sq }

type both struct{ lib.Base }

// Inlinable only because lib.Identity is: its cost comes from lib's export
// data when lib is not compiled in this process.
func wrap(p *int) *int { return lib.Identity(lib.Identity(lib.Identity(p))) }

func (both) m() string { return "main.m" }

//go:noinline
func describe(sh lib.Shape) { fmt.Println(sh.Area(), sh.Name()) }

func main() {
	x := 1
	p := lib.Identity(&x)
	y := 2
	lib.Keep(&y)
	z := 3
	pz := &z
	fmt.Println(lib.Deref(&pz), *p)
	a, b := 4, 5
	lib.Content([]*int{&a, &b})
	c, d := 6, 7
	fmt.Println(*lib.Second(&c, &d))
	var s lib.Stack
	s.Push(lib.NewNode(1))
	s.Push(&lib.Node{Val: 2})
	h := lib.Hidden(3)
	self := s.Self()
	self.Inc()
	fmt.Println(s.Top().Val, s.Counter.Value(), h.N())
	describe(local{lib.Sq{S: 2}})
	fmt.Println(lib.Alias{S: 1}.Area())
	fmt.Println(lib.Big>>99, lib.Small, lib.Third, lib.Imag, lib.Pi, lib.High, lib.Low)
	fmt.Printf("%q\n", lib.Name)
	fmt.Println(lib.Apply(func(n *lib.Node) bool { return n.Val > 1 }, lib.Default), lib.Count)
	fmt.Println(lib.Join("a", "b"))
	ch := make(chan *lib.Node, 1)
	var send lib.Ch = ch
	send <- lib.Default
	fmt.Println((<-ch).Val)
	fmt.Println(lib.CallM(both{}), both{}.m(), *wrap(&x))
}
