func main() { // ERROR "expected 'package', found 'func'|syntax error: package statement must be first"
}
