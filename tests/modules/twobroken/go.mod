module example.com/twobroken

go 1.19
