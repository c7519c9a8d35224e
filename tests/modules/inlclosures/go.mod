module example.com/inlclosures

go 1.19
