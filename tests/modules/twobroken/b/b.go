package b

var Y string = 1

var z = `raw` + '\q'
