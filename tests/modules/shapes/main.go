package main

import (
	"fmt"

	"example.com/shapes/internal/geom"
	"example.com/shapes/pkg/stats"
)

func main() {
	c := geom.NewCircle(2)
	r := geom.Rect{W: 3, H: 4}
	areas := []float64{c.Area(), r.Area()}
	fmt.Println(stats.Sum(areas), stats.Max(areas))
	p := geom.Origin()
	fmt.Println(*p, geom.Count)
}
