module example.com/inlinector

go 1.19
