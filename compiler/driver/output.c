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

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
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

// ---------------------------------------------------------------- reuse
// go build links nothing when the output already holds the program it
// would link: the executable's build ID records the link's inputs
// (cache_link_id), and the target is then only touched.

// Is the GNU build ID note among notes (n bytes of a PT_NOTE segment) id?
static bool notes_have_build_id(const unsigned char *notes, size_t n, const char *id) {
  size_t at = 0;
  while (at + sizeof(Elf64_Nhdr) <= n) {
    Elf64_Nhdr h;
    memcpy(&h, notes + at, sizeof h);
    size_t name_at = at + sizeof h, desc_at = name_at + ((h.n_namesz + 3) & ~3u);
    if (desc_at + h.n_descsz > n || desc_at < name_at)
      return false;
    if (h.n_type == NT_GNU_BUILD_ID && h.n_namesz == 4 && !memcmp(notes + name_at, "GNU", 4) &&
        strlen(id) == 2 * h.n_descsz) {
      for (size_t i = 0; i < h.n_descsz; i++) {
        char hex[3];
        snprintf(hex, sizeof hex, "%02x", notes[desc_at + i]);
        if (memcmp(hex, id + 2 * i, 2))
          return false;
      }
      return true;
    }
    at = desc_at + ((h.n_descsz + 3) & ~3u);
  }
  return false;
}

bool has_build_id(const char *path, const char *id) {
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
    return false;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return false;
  Elf64_Ehdr eh;
  bool found = false;
  if (pread(fd, &eh, sizeof eh, 0) == (ssize_t)sizeof eh && !memcmp(eh.e_ident, ELFMAG, SELFMAG) &&
      eh.e_ident[EI_CLASS] == ELFCLASS64 && eh.e_phentsize == sizeof(Elf64_Phdr)) {
    for (int i = 0; i < eh.e_phnum && !found; i++) {
      Elf64_Phdr ph;
      if (pread(fd, &ph, sizeof ph, (off_t)(eh.e_phoff + i * sizeof ph)) != (ssize_t)sizeof ph)
        break;
      if (ph.p_type != PT_NOTE || ph.p_filesz > 1 << 16)
        continue;
      unsigned char *notes = xmalloc(ph.p_filesz + 1);
      if (pread(fd, notes, ph.p_filesz, (off_t)ph.p_offset) == (ssize_t)ph.p_filesz)
        found = notes_have_build_id(notes, ph.p_filesz, id);
      free(notes);
    }
  }
  close(fd);
  return found;
}

void touch_output(const char *out) {
  if (utimensat(AT_FDCWD, out, NULL, 0) != 0)
    write_failed(out, errno);
}
