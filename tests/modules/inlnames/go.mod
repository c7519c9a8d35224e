module example.com/inlnames

go 1.19
