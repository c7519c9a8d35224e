package main

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			switch {
			case i > j:
				fallthrough
			case i == j:
				break
			default:
				goto done
			}
		}
	}
done:
	println("done")
}
