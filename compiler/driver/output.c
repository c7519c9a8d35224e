// output.c — writing what the user asked for (-o) safely. The executable
// (or .ll) is made in the build's private temporary directory, copied next
// to its destination under a temporary name, and renamed into place: a
// failed build leaves the old file as it was, and two builds into one path
// leave one whole executable, never a mix. Every write, the close and the
// rename are checked: "escgo: write OUT: no space left on device", exit 1.
// An existing output that is not a regular file (/dev/null, /dev/full) is
// written into, as go build does. An -o that would overwrite a Go source
// file is refused before anything is built.
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

_Noreturn static void write_failed(const char *out, int err) {
  fprintf(stderr, "escgo: write %s: %s\n", out, go_strerror(err));
  exit(1);
}

// -o OUT must not name a Go source file, an input or not.
void check_output_path(const char *out, Vec inputs) {
  struct stat os, is;
  bool exists = stat(out, &os) == 0;
  for (int i = 0; exists && i < inputs.len; i++)
    if (stat(VEC_AT(inputs, i), &is) == 0 && is.st_dev == os.st_dev && is.st_ino == os.st_ino) {
      fprintf(stderr, "escgo: -o %s would overwrite the input %s; nothing written\n", out,
              (char *)VEC_AT(inputs, i));
      exit(1);
    }
  if (has_suffix(out, ".go")) {
    fprintf(stderr, "escgo: -o %s would overwrite a Go source file; nothing written\n", out);
    exit(1);
  }
}

// Copies the file at from to fd; 0 or an errno.
static int copy_to_fd(const char *from, int fd) {
  int in = open(from, O_RDONLY | O_CLOEXEC);
  if (in < 0)
    return errno;
  char buf[1 << 16];
  int err = 0;
  for (;;) {
    ssize_t n = read(in, buf, sizeof buf);
    if (n < 0 && errno == EINTR)
      continue;
    if (n <= 0) {
      err = n < 0 ? errno : 0;
      break;
    }
    if ((err = write_all(fd, buf, (size_t)n)))
      break;
  }
  close(in);
  return err;
}

// mkdir -p dir, as go build makes -o's missing directories; 0 or an errno.
static int make_dirs(const char *dir) {
  struct stat st;
  if (stat(dir, &st) == 0)
    return S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
  char *parent = dir_name(dir);
  if (strcmp(parent, dir) != 0) {
    int err = make_dirs(parent);
    if (err)
      return err;
  }
  return mkdir(dir, 0777) == 0 || errno == EEXIST ? 0 : errno;
}

static mode_t umasked(mode_t mode) {
  mode_t mask = umask(0);
  umask(mask);
  return mode & ~mask;
}

// Installs the file at from as out; executable: mode 0777, else 0666 (less
// the umask), as go build creates its outputs.
void install_output(const char *from, const char *out, bool executable) {
  struct stat st;
  if (stat(out, &st) == 0 && !S_ISREG(st.st_mode)) {
    int fd = open(out, O_WRONLY | O_CLOEXEC);
    int err = fd < 0 ? errno : copy_to_fd(from, fd);
    if (fd >= 0 && close(fd) != 0 && !err)
      err = errno;
    if (err)
      write_failed(out, err);
    return;
  }
  int err = make_dirs(dir_name(out));
  if (err)
    write_failed(out, err);
  char *tmp = xfmt("%s/.%s.escgo-XXXXXX", dir_name(out), base_name(out));
  int fd = mkstemp(tmp);
  if (fd < 0)
    write_failed(out, errno);
  err = copy_to_fd(from, fd);
  if (!err && fchmod(fd, umasked(executable ? 0777 : 0666)) != 0)
    err = errno;
  if (close(fd) != 0 && !err)
    err = errno;
  if (!err && rename(tmp, out) != 0)
    err = errno;
  if (err) {
    unlink(tmp);
    write_failed(out, err);
  }
}
