// errorcheck -0 -m -l

// A generic FIFO queue as a course writes it: a slice that grows at the
// back and is resliced at the front (gc's self-assignment rule keeps q from
// leaking), a ring buffer over a fixed array, and a queue of pointers.

package main

import "fmt"

type Queue[T any] struct {
	items []T
}

func (q *Queue[T]) Push(x T) {
	q.items = append(q.items, x)
}

func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if len(q.items) == 0 {
		return zero, false
	}
	x := q.items[0]
	q.items = q.items[1:] // ERROR "\(\*Queue\[go\.shape\.int_0\]\)\.Pop ignoring self-assignment in q\.items = q\.items\[1:\]" "\(\*Queue\[go\.shape\.string_0\]\)\.Pop ignoring self-assignment in q\.items = q\.items\[1:\]" "\(\*Queue\[go\.shape\.\*uint8_0\]\)\.Pop ignoring self-assignment in q\.items = q\.items\[1:\]"
	return x, true
}

func (q *Queue[T]) Len() int { return len(q.items) }

type Ring[T any] struct {
	buf        [4]T
	head, size int
}

func (r *Ring[T]) Put(x T) bool {
	if r.size == len(r.buf) {
		return false
	}
	r.buf[(r.head+r.size)%len(r.buf)] = x
	r.size++
	return true
}

func (r *Ring[T]) Get() (T, bool) {
	var zero T
	if r.size == 0 {
		return zero, false
	}
	x := r.buf[r.head]
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return x, true
}

type Job struct {
	ID   int
	Name string
}

func Drain[T any](q *Queue[T]) []T {
	var out []T
	for q.Len() > 0 {
		x, _ := q.Pop()
		out = append(out, x)
	}
	return out
}

func main() {
	var qi Queue[int]
	for i := 1; i <= 5; i++ {
		qi.Push(i * i)
	}
	a, _ := qi.Pop()
	b, _ := qi.Pop()
	fmt.Println(a, b, qi.Len()) // ERROR "\.\.\. argument does not escape" "a escapes to heap" "b escapes to heap" "\(\*Queue\[go\.shape\.int_0\]\)\.Len\(&\.dict\.\(\*Queue\[int\]\)\.Len, qi\) escapes to heap"
	fmt.Println(Drain(&qi)) // ERROR "\.\.\. argument does not escape" "Drain\[go\.shape\.int_0\]\(&\.dict\.Drain\[int\], &qi\) escapes to heap"

	qs := &Queue[string]{} // ERROR "&Queue\[string\]\{\} does not escape"
	qs.Push("x")
	qs.Push("y")
	s, ok := qs.Pop()
	fmt.Println(s, ok, qs.Len()) // ERROR "\.\.\. argument does not escape" "s escapes to heap" "ok escapes to heap" "\(\*Queue\[go\.shape\.string_0\]\)\.Len\(&\.dict\.\(\*Queue\[string\]\)\.Len, qs\) escapes to heap"

	var jobs Queue[*Job]
	jobs.Push(&Job{1, "build"}) // ERROR "&Job\{\.\.\.\} escapes to heap"
	jobs.Push(&Job{2, "test"}) // ERROR "&Job\{\.\.\.\} escapes to heap"
	for jobs.Len() > 0 {
		j, _ := jobs.Pop()
		fmt.Println(j.ID, j.Name) // ERROR "\.\.\. argument does not escape" "j\.ID escapes to heap" "j\.Name escapes to heap"
	}

	var r Ring[float64]
	for i := 0; i < 6; i++ {
		fmt.Println(r.Put(float64(i) / 2)) // ERROR "\.\.\. argument does not escape" "\(\*Ring\[go\.shape\.float64_0\]\)\.Put\(&\.dict\.\(\*Ring\[float64\]\)\.Put, r, float64\(i\) / 2\) escapes to heap"
	}
	for {
		x, ok := r.Get()
		if !ok {
			break
		}
		fmt.Println(x) // ERROR "\.\.\. argument does not escape" "x escapes to heap"
	}
}
