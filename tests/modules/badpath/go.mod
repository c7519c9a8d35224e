module example.com/badpath

go 1.19
