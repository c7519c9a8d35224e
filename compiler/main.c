// main.c — escgo's entry point. The passes, in the order they run, are the
// folders beside this file: syntax/ -> check/ -> lower/ -> escape/ ->
// codegen/, with ir/ the representation lower, escape and codegen share and
// base/ what they all use. driver/ is the escgo command that runs them
// (driver/main.c: compile() shows the whole pipeline).
#include "driver/driver.h"

int main(int argc, char **argv) { return driver_main(argc, argv); }
