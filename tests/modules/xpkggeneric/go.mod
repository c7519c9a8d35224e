module example.com/xpkggeneric

go 1.19
