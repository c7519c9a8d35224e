module example.com/sharedtables

go 1.19
