package a

var X int = "s"
