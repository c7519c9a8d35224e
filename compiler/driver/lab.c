// lab.c — escgo lab check: grades the course labs (labs/, docs/teaching.md).
//
// The grading itself is labs/grader/grade.py: each criterion runs this
// escgo on the student's work (escgo build -gcflags=-m, escgo test, escgo
// run) and scores what it prints, which is easier to read and to extend in
// a script than in C. This command only finds the grader next to the
// escgo that runs it and hands it over, with ESCGO naming this executable
// so the grader measures the same compiler the student types.
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char lab_usage[] =
    "usage: escgo lab check [-gc] [-solutions] [LAB [DIR]]\n"
    "\n"
    "Lab check grades a course lab: LAB is its folder (labs/03-closures), its\n"
    "number (03) or its name; DIR, the work to grade (default: the lab's own\n"
    "folder). Without LAB every lab is graded. -solutions grades the\n"
    "instructor solutions (labs/solutions/) instead; -gc runs the criteria\n"
    "under gc 1.19 (go build, go test) to prove the expected verdicts.\n"
    "Each criterion prints its points and, when it falls short, hints; the\n"
    "exit status is 0 when every lab graded got full marks, else 1.\n"
    "See docs/teaching.md.\n";

int cmd_lab(int argc, char **argv) {
  if (argc < 1 || strcmp(argv[0], "check") != 0) {
    fputs(lab_usage, stderr);
    return 2;
  }
  const char *grader = escgo_tree_path("labs/grader/grade.py");
  if (!grader) {
    fputs("escgo lab: cannot find labs/grader/grade.py under the escgo directory; set ESCGO_ROOT\n",
          stderr);
    return 2;
  }
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = 0;
    setenv("ESCGO", exe, 1);
  }
  char **args = xmalloc((size_t)(argc + 2) * sizeof *args);
  args[0] = "python3";
  args[1] = (char *)grader;
  for (int i = 1; i < argc; i++)
    args[i + 1] = argv[i];
  args[argc + 1] = NULL;
  fflush(NULL);
  execvp("python3", args);
  fprintf(stderr, "escgo lab: cannot run python3: %s\n", strerror(errno));
  return 2;
}
