package main

func main() {
	π := 3.14
	日本 := "語"
	var ä = '\u00e4'
	println(π, 日本, ä, "\xff\U0001F600")
	ÿþ bad utf8
}
