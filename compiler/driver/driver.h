// driver.h — the escgo command (gc's cmd/go and cmd/compile/internal/gc
// together): parses the command line, runs the passes over a package in
// order, links, runs programs and tests. Everything else in driver/ is
// private (internal.h).
#ifndef ESCGO_DRIVER_H
#define ESCGO_DRIVER_H

// The whole escgo command; returns its exit status.
int driver_main(int argc, char **argv);

#endif
