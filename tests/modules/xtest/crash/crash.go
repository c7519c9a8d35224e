// Package crash has a test that panics: go test reports it failed, then
// the test binary dies of the panic, re-panicked by the testing package.
package crash

func Store(m map[string]int, k string) { m[k] = 1 }
