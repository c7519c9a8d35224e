package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }
func (t T) Get() int { return t.n }

func main() {
	var t T
	t.Inc()
	f := t.Get
	g := (*T).Inc
	g(&t)
	println(f(), t.Get())
}
