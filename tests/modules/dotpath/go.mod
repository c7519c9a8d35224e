module example.com/dotpath

go 1.19
