/*
 * Creating the container process (container.c) and entering a running one (exec.c).
 * Both are called only from the single-threaded supervisor / helper process.
 */
#ifndef TSC_CONTAINER_H
#define TSC_CONTAINER_H

#include "spec.h"

/* stdio the container process gets: already-open fds in the supervisor (pipe ends or a pty
 * slave). -1 means /dev/null. With a tty all three are the pty slave and it becomes the
 * controlling terminal. */
struct child_io {
  int in, out, err;
  /* Optional out (added by A): with spec tty=1 and this non-NULL, the pty is allocated inside
   * the container, from its own /dev/pts (so `tty` prints /dev/pts/0, like docker), and the
   * master fd (O_CLOEXEC) is stored here; in/out/err are then ignored. */
  int *pty_master;
};

/* Result of a failed start, mapped by the caller to docker's exit codes. */
struct start_error {
  int exit_code;    /* 127 command not found, 126 not executable, 125 other setup failure */
  char message[512];
};

/*
 * Clones the container init process with the spec's namespaces, joins its cgroups, sets up
 * the rootfs, mounts, devices, security, then execs argv. Returns the host pid once execve
 * succeeded (the child reports through a CLOEXEC pipe), or -1 with *e filled and nothing
 * left behind (the child is reaped).
 */
pid_t container_start(const struct spec *s, const struct child_io *io, struct start_error *e);

struct exec_opts {
  const char **argv;            /* NULL-terminated */
  const char **envp;            /* NULL-terminated; full environment */
  const char *cwd;              /* NULL = container's cwd */
  uid_t uid; gid_t gid;
  const gid_t *groups; size_t ngroups;
  int tty;
};

/*
 * Forks a process that joins the namespaces of the running container whose init is
 * `target` (host pid), enters its cgroups, applies the spec's capabilities, no_new_privs
 * and seccomp, and execs opts->argv. Returns the host pid of the exec'd process or -1 with
 * *e filled (127/126 like docker exec).
 */
pid_t container_exec(const struct spec *s, pid_t target, const struct exec_opts *opts,
                     const struct child_io *io, struct start_error *e);

#endif
