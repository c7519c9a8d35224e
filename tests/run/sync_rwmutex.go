package main

import (
	"fmt"
	"sync"
)

type Store struct {
	mu sync.RWMutex
	m  map[int]int
}

func (s *Store) Get(k int) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

func (s *Store) Set(k, v int) {
	s.mu.Lock()
	s.m[k] = v
	s.mu.Unlock()
}

func main() {
	s := &Store{m: map[int]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			s.Set(i, i*i)
		}(i)
		go func(i int) {
			defer wg.Done()
			_ = s.Get(i)
		}(i)
	}
	wg.Wait()
	sum := 0
	for i := 0; i < 10; i++ {
		sum += s.Get(i)
	}
	fmt.Println(sum)
}
