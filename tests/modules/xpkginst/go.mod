module example.com/xpkginst

go 1.19
