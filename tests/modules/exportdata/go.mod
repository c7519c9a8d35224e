module example.com/exportdata

go 1.19
