module example.com/structident

go 1.19
