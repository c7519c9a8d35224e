module example.com/progimport

go 1.19
