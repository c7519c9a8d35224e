// Package extonly has only external tests.
package extonly

func Answer() int { return 42 }
