# command-line-arguments
./escape_methval_spell.go:9:7: t does not escape
./escape_methval_spell.go:15:13: p does not escape
./escape_methval_spell.go:16:14: (&T{...}).get does not escape
./escape_methval_spell.go:16:8: &T{...} does not escape
./escape_methval_spell.go:17:11: (*p).get does not escape
./escape_methval_spell.go:18:11: T{...}.get does not escape
./escape_methval_spell.go:19:13: (&W{}).T.inc does not escape
./escape_methval_spell.go:19:8: &W{} does not escape
./escape_methval_spell.go:20:12: W{}.T.get does not escape
./escape_methval_spell.go:26:17: &T{...} does not escape
