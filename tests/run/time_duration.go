package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, 100 * time.Millisecond,
		1500 * time.Millisecond, time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond,
		-2 * time.Second, 36 * time.Hour, 1234567891 * time.Nanosecond}
	for _, d := range ds {
		fmt.Println(d, d.String(), int64(d))
	}
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(time.Duration(1555*time.Millisecond).Round(time.Second), (1555 * time.Millisecond).Truncate(time.Second))
	fmt.Println((-1555 * time.Millisecond).Round(time.Second), (-5 * time.Second).Abs())
	fmt.Printf("%v %s %d %T\n", d, d, d, d)
	timeout := 250 * time.Millisecond
	total := timeout * 4
	fmt.Println(total, total > time.Second, total == time.Second)
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
}
