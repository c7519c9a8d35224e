package util

type T struct{ N, M int }

func (t T) Name() string { return "a.T" }

type I interface{ secret() int }

type Impl struct{ V int }

func (i Impl) secret() int { return i.V }

func Use(x I) int { return x.secret() }
