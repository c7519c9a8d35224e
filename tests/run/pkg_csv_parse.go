package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type row struct {
	name  string
	age   int
	score float64
}

var errShort = errors.New("short row")

func parse(line string) (row, error) {
	f := strings.Split(line, ",")
	if len(f) < 3 {
		return row{}, fmt.Errorf("parse %q: %w", line, errShort)
	}
	age, err := strconv.Atoi(strings.TrimSpace(f[1]))
	if err != nil {
		return row{}, fmt.Errorf("age: %w", err)
	}
	score, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
	if err != nil {
		return row{}, fmt.Errorf("score: %w", err)
	}
	return row{strings.TrimSpace(f[0]), age, score}, nil
}

func main() {
	input := "alice, 30, 91.5\nbob, x, 70\ncarol, 25\ndave, 41, 66.25\neve, 22, 1e2"
	var total float64
	for i, line := range strings.Split(input, "\n") {
		r, err := parse(line)
		if err != nil {
			fmt.Println(i, "error:", err, errors.Is(err, errShort), errors.Is(err, strconv.ErrSyntax))
			continue
		}
		total += r.score
		fmt.Printf("%d %+v\n", i, r)
	}
	fmt.Println("total", strconv.FormatFloat(total, 'f', 2, 64))
}
