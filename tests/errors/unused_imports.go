package main

import (
	"fmt" // ERROR "imported and not used: \"fmt\""
	"math/rand" // ERROR "imported and not used: \"math/rand\""
	"os" // ERROR "imported and not used: \"os\""
)

func main() {
}
