// help.c — escgo help, escgo version, and the usage lines a wrong command
// line gets (the go tool's words where it has them).
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#include <llvm/Config/llvm-config.h>

#define ESCGO_VERSION "0.1"

const char build_usage[] =
    "usage: escgo build [-o output] [build flags] [packages]\n"
    "Run 'escgo help build' for details.\n";
const char run_usage[] =
    "usage: escgo run [build flags] [package] [arguments...]\n"
    "Run 'escgo help run' for details.\n";

const char help_main[] =
    "escgo compiles a subset of Go and shows where its values live.\n"
    "\n"
    "Usage:\n"
    "\n"
    "\tescgo <command> [arguments]\n"
    "\n"
    "The commands are:\n"
    "\n"
    "\tbuild       compile packages and their dependencies\n"
    "\trun         compile and run a program\n"
    "\ttest        compile and run a package's tests and benchmarks\n"
    "\tclean       escgo clean -cache: empty the build cache\n"
    "\texplain     write the escape explorer: the source as HTML, every site\n"
    "\t            marked heap or stack, its -m=2 flow on click\n"
    "\tlab         escgo lab check [LAB [DIR]]: grade a course lab (labs/)\n"
    "\tversion     print escgo's version\n"
    "\thelp        this text, or help on a topic\n"
    "\n"
    "Additional help topics:\n"
    "\n"
    "\tgcflags     the compiler flags: -m, -l, -N, -d=...\n"
    "\tenvironment ESCGO_ROOT and the variables a built program reads\n"
    "\n"
    "Use \"escgo help <topic>\" for more information about that topic.\n";

static const char help_build[] =
    "usage: escgo build [-o output] [build flags] [packages | FILES.go]\n"
    "\n"
    "Build compiles the named packages and the packages they import, one at a\n"
    "time in dependency order. Packages are go's patterns: \".\" (the default),\n"
    "\"./cmd/x\", \"./...\", import paths under the module go.mod names; or a\n"
    "list of .go files of one directory. For one main package it writes an\n"
    "executable named as go build names it (the last element of its import\n"
    "path, or the first file) unless -o is given; several packages, or a\n"
    "library, are only checked and analysed (-o DIR/ gets every main package).\n"
    "See docs/modules.md.\n"
    "\n"
    "The build flags (shared by build and run):\n"
    "\n"
    "\t-o file       write the executable (or .ll with -emit-llvm) to file\n"
    "\t-gcflags 'f'  compiler flags, gc's syntax; see 'escgo help gcflags'\n"
    "\t-O0 -O1 -O2   LLVM optimisation level (default -O2)\n"
    "\t-escape=off   put every allocation site on the heap: the baseline that\n"
    "\t              shows what escape analysis saves\n"
    "\t-asan         build with AddressSanitizer (stack-use-after-return\n"
    "\t              detection; the garbage collector is turned off)\n"
    "\t-emit-llvm    write LLVM IR text instead of linking\n"
    "\n"
    "Exit status: 0 success, 1 compile errors, 2 usage errors.\n";

static const char help_run[] =
    "usage: escgo run [build flags] package | FILES.go [--] [arguments...]\n"
    "\n"
    "Run compiles the named main package into a private temporary directory,\n"
    "runs it with the arguments, removes the binary, and exits with the\n"
    "program's exit status (2 if it died from a signal, as Go programs\n"
    "that panic do). The build flags are those of 'escgo help build'.\n";

static const char help_gcflags[] =
    "-gcflags passes compiler flags in gc's syntax, as one argument:\n"
    "\n"
    "\tescgo build -gcflags=-m prog.go\n"
    "\tescgo build -gcflags '-m -l' prog.go\n"
    "\tescgo build -gcflags 'all=-m=2' .         (every package, not just the named)\n"
    "\tescgo build -gcflags './internal/...=-m' .  (the packages a pattern selects)\n"
    "\n"
    "\t-m            print escape analysis decisions, in gc 1.19's words\n"
    "\t-m -m, -m=2   also explain each decision (the flow that caused it)\n"
    "\t-l            disable inlining (gc 1.19's inliner runs by default: -m then\n"
    "\t              also says can inline F / inlining call to F)\n"
    "\t-N            disable optimisations\n"
    "\t-json=0,DIR   write gc's optimisation log (LSP diagnostics: escape and\n"
    "\t              inlining decisions with their -m=2 flow) under DIR/PKG/\n"
    "\t-smallframes  gc's smaller stack limits: a variable over 128 KB, or a\n"
    "\t              new/&T{}/make object over 16 KB, goes to the heap\n"
    "\t-d=LIST       debug switches, comma separated:\n"
    "\t                tokens   dump the tokens of each file\n"
    "\t                ast      dump the syntax tree\n"
    "\t                ir       dump the IR after escape analysis (every node,\n"
    "\t                         each allocation site with its verdict)\n"
    "\t                ir=PASS  dump the IR as PASS left it: lower (verdicts\n"
    "\t                         undecided), inline or escape; ir=lower,ir=escape:\n"
    "\t                         both\n"
    "\t                export   print the package's export data: what its\n"
    "\t                         importers read of it (types, escape tags)\n"
    "\t                time     print each phase's wall and CPU time and the\n"
    "\t                         memory it first touched (MB) to stderr, and\n"
    "\t                         the front end's speed in lines per second\n"
    "\t                cache    say where each package comes from: the build\n"
    "\t                         cache (hit) or compiled (miss)\n"
    "\t                forcestack=FILE:LINE  force the allocation sites on\n"
    "\t                         that line onto the stack (unsound on purpose:\n"
    "\t                         proves that -asan catches the bug)\n"
    "\t                parts=N  optimise and emit the program's code in N\n"
    "\t                         parts, one process each (default: one per\n"
    "\t                         processor for a big program, else one); a\n"
    "\t                         program built package by package splits each\n"
    "\t                         package so and joins its parts (cc -r)\n"
    "\t                inlfuncswithclosures=N  0: a function holding a func\n"
    "\t                         literal is not inlined (gc's default, 1: it is)\n";

static const char help_environment[] =
    "ESCGO_ROOT   the escgo directory; the runtime is $ESCGO_ROOT/lib/libescgo_rt.a,\n"
    "             the overlay of Go's standard library $ESCGO_ROOT/overlay.\n"
    "             Unset: the parent of the escgo binary's directory (../lib, ../overlay).\n"
    "TMPDIR       where build and run make their private temporary directories.\n"
    "ESCGO_CACHE  the build cache's directory (default $XDG_CACHE_HOME/escgo, else\n"
    "             ~/.cache/escgo); \"off\": the module's packages are neither\n"
    "             read from nor stored in it; the standard packages compiled from\n"
    "             source still are, in the default place. escgo clean -cache\n"
    "             empties it (without ESCGO_CACHE=off: the default place).\n"
    "ESCGO_GOROOT Go's tree, whose src/ holds the standard packages escgo compiles\n"
    "             from source (default: `go env GOROOT`, else /usr/lib/go-1.19).\n"
    "\n"
    "A built program reads GOGC, GOMEMLIMIT and GODEBUG=gctrace=1 as Go does.\n";

_Noreturn void usage_exit(const char *usage) {
  fputs(usage, stderr);
  exit(2);
}

int cmd_version(void) {
  printf("escgo version %s (Go 1.19 subset) linux/amd64, LLVM %s\n", ESCGO_VERSION,
         LLVM_VERSION_STRING);
  return 0;
}

int cmd_help(int argc, char **argv) {
  if (argc == 0) {
    fputs(help_main, stdout);
    return 0;
  }
  if (argc > 1) {
    fputs("usage: escgo help command\n\nToo many arguments given.\n", stderr);
    return 2;
  }
  static const struct { const char *topic, *text; } topics[] = {
      {"build", help_build},     {"run", help_run},
      {"gcflags", help_gcflags}, {"environment", help_environment},
      {"test", help_test},       {"explain", help_explain},
  };
  for (size_t i = 0; i < sizeof topics / sizeof topics[0]; i++)
    if (!strcmp(argv[0], topics[i].topic)) {
      fputs(topics[i].text, stdout);
      return 0;
    }
  if (!strcmp(argv[0], "version")) {
    puts("usage: escgo version\n\nVersion prints escgo's version and the LLVM it was built with.");
    return 0;
  }
  fprintf(stderr, "escgo help %s: unknown help topic. Run 'escgo help'.\n", argv[0]);
  return 2;
}
