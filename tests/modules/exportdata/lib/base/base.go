// Package base is imported by lib, whose exported Stack embeds its Counter:
// main reaches Counter's methods through lib's export data alone.
package base

type Counter struct{ n int }

func (c *Counter) Inc()           { c.n++ }
func (c Counter) Value() int      { return c.n }
func (c *Counter) Self() *Counter { return c }
