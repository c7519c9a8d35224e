module example.com/badref

go 1.19
