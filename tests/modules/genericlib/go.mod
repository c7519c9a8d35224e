module example.com/genericlib

go 1.19
