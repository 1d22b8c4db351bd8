/*
 * exe-seal.c: keep the host's tsc-supervisor binary out of reach of container processes
 * (CVE-2019-5736). In `exec` mode our children join a running container's namespaces and
 * one of them lives in its pid namespace until it execve()s the command; until then its
 * /proc/<pid>/exe is our binary, and a target like `#!/proc/self/exe` makes the kernel run
 * our binary inside the container, dumpable, for the container to open. So before anything
 * else the process re-executes itself from a sealed in-memory copy: /proc/<pid>/exe is then a
 * memfd that no one can write (F_SEAL_WRITE), shrink, grow or unseal, whatever the
 * container's capabilities. Same approach as runc's cloned_binary.c / libcontainer/exeseal
 * and crun's cloned_binary.c; a read-only bind mount would not do (it can be bypassed
 * through the inode, e.g. by a process outside the mount or after a remount).
 */
#define _GNU_SOURCE
#include "exe-seal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U /* Linux 6.3: executable memfd, asked for explicitly (vm.memfd_noexec) */
#endif

#define SEALS (F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE)
/* Set across the re-exec only to stop a loop should the copy somehow not read as sealed. */
#define REEXEC_ENV "_TSC_SUPERVISOR_SEALED"

extern char **environ;

static int fail(char *err, size_t errlen, const char *fmt, ...) {
  int saved = errno;
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(err, errlen, fmt, ap);
  va_end(ap);
  if (n >= 0 && (size_t)n < errlen && saved) snprintf(err + n, errlen - n, ": %s", strerror(saved));
  return -1;
}

int exe_is_sealed(void) {
  /* no env marker can fake this: only a memfd carries seals */
  int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  int seals = fcntl(fd, F_GET_SEALS);
  close(fd);
  return seals >= 0 && (seals & SEALS) == SEALS;
}

int exe_sealed_copy(const char *step, char *err, size_t errlen) {
  errno = 0;
  int src = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  if (src < 0) return fail(err, errlen, "%s: open /proc/self/exe", step);
  struct stat st;
  if (fstat(src, &st) < 0) {
    close(src);
    return fail(err, errlen, "%s: stat /proc/self/exe", step);
  }
  int mfd = memfd_create("tsc-supervisor", MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_EXEC);
  if (mfd < 0 && errno == EINVAL) mfd = memfd_create("tsc-supervisor", MFD_CLOEXEC | MFD_ALLOW_SEALING);
  if (mfd < 0) {
    close(src);
    return fail(err, errlen, "%s: memfd_create", step);
  }
  off_t off = 0;
  while (off < st.st_size) {
    ssize_t n = sendfile(mfd, src, &off, st.st_size - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      close(src), close(mfd);
      return fail(err, errlen, "%s: copy /proc/self/exe to a memfd", step);
    }
  }
  close(src);
  if (fcntl(mfd, F_ADD_SEALS, SEALS) < 0) {
    close(mfd);
    return fail(err, errlen, "%s: seal the memfd copy of /proc/self/exe", step);
  }
  return mfd;
}

int exe_seal_reexec(char **argv, char *err, size_t errlen) {
  if (exe_is_sealed()) {
    unsetenv(REEXEC_ENV);
    return 0;
  }
  errno = 0;
  if (getenv(REEXEC_ENV)) return fail(err, errlen, "exec: /proc/self/exe is not a sealed copy after re-executing from one");
  int mfd = exe_sealed_copy("exec", err, errlen);
  if (mfd < 0) return -1;
  setenv(REEXEC_ENV, "1", 1);
  /* execveat(AT_EMPTY_PATH): a CLOEXEC fd is fine for an ELF binary, and closes at exec */
  fexecve(mfd, argv, environ);
  int saved = errno;
  close(mfd);
  unsetenv(REEXEC_ENV);
  errno = saved;
  return fail(err, errlen, "exec: execute the sealed copy of /proc/self/exe");
}
