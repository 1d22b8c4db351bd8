/*
 * exec.c: container_exec (enter a running container, RUNTIME-FACTS §1.6), and the two
 * foreground modes of tsc-supervisor: `exec` (docker exec) and `start` (crun run).
 *
 * container_exec forks an intermediate process that joins the cgroups and namespaces of the
 * target; since setns(pid) only affects children, it clones the final process with
 * CLONE_PARENT, so that process is the caller's child (the caller waits for it) and lives in
 * the container's pid namespace. Both report over one CLOEXEC pipe with fixed-size messages.
 */
#define _GNU_SOURCE
#include "child.h"
#include "entry.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

/* Joined in this order: user first (it grants the rights for the rest), mnt last (it
 * changes our root, and the other paths are read from the host's /proc). */
static const struct { const char *name; int flag; } exec_ns[] = {
    {"user", CLONE_NEWUSER}, {"ipc", CLONE_NEWIPC}, {"uts", CLONE_NEWUTS}, {"net", CLONE_NEWNET},
    {"cgroup", CLONE_NEWCGROUP}, {"pid", CLONE_NEWPID}, {"mnt", CLONE_NEWNS}};
#define EXEC_NS_COUNT (sizeof exec_ns / sizeof exec_ns[0])

struct exec_msg {
  int kind; /* 1 = pid of the exec'd process, 2 = error */
  pid_t pid;
  struct start_error e;
};

static const int forwarded[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, 0};

static void closep(int *fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

/* Opens /proc/<target>/ns/<name>, or returns -2 when it is the namespace we are in already. */
static int open_ns(pid_t target, const char *name, struct start_error *e) {
  char path[64], self[64];
  snprintf(path, sizeof path, "/proc/%d/ns/%s", target, name);
  snprintf(self, sizeof self, "/proc/self/ns/%s", name);
  struct stat a, b;
  if (stat(path, &a) < 0) {
    if (errno == ENOENT && strcmp(name, "user") && strcmp(name, "cgroup")) return sys_fail(e, "exec", "open", path);
    if (errno == ENOENT) return -2; /* kernel without that namespace type */
    return sys_fail(e, "exec", "stat", path);
  }
  if (stat(self, &b) == 0 && a.st_ino == b.st_ino && a.st_dev == b.st_dev) return -2;
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  return fd >= 0 ? fd : sys_fail(e, "exec", "open", path);
}

struct exec_prep {
  int errp[2], sock[2], devnull;
  int nsfd[EXEC_NS_COUNT];
  int *cgfd;
  struct sock_fprog seccomp;
};

static void exec_prep_free(struct exec_prep *p, const struct spec *s) {
  closep(&p->errp[0]), closep(&p->errp[1]), closep(&p->sock[0]), closep(&p->sock[1]), closep(&p->devnull);
  for (size_t i = 0; i < EXEC_NS_COUNT; i++) closep(&p->nsfd[i]);
  if (p->cgfd)
    for (size_t i = 0; i < s->ncgroup_procs; i++) closep(&p->cgfd[i]);
  free(p->cgfd);
  free(p->seccomp.filter);
}

static int exec_prepare(const struct spec *s, pid_t target, const struct exec_opts *o, const struct child_io *io,
                        struct exec_prep *p, struct start_error *e) {
  if (pipe2(p->errp, O_CLOEXEC) < 0) return sys_fail(e, "exec", "pipe", NULL);
  if (o->tty && io->pty_master && socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, p->sock) < 0)
    return sys_fail(e, "exec", "socketpair", NULL);
  if ((io->in < 0 || io->out < 0 || io->err < 0) && (p->devnull = open("/dev/null", O_RDWR | O_CLOEXEC)) < 0)
    return sys_fail(e, "exec", "open", "/dev/null");
  for (size_t i = 0; i < EXEC_NS_COUNT; i++) {
    int fd = open_ns(target, exec_ns[i].name, e);
    if (fd == -1) return -1;
    p->nsfd[i] = fd < 0 ? -1 : fd;
  }
  if (s->ncgroup_procs) {
    if (!(p->cgfd = malloc(s->ncgroup_procs * sizeof(int)))) return msg_fail(e, 125, "exec: out of memory");
    for (size_t i = 0; i < s->ncgroup_procs; i++) p->cgfd[i] = -1;
    for (size_t i = 0; i < s->ncgroup_procs; i++)
      if ((p->cgfd[i] = open(s->cgroup_procs[i], O_WRONLY | O_CLOEXEC)) < 0)
        return sys_fail(e, "cgroups", "open", s->cgroup_procs[i]);
  }
  if (s->seccomp_path && seccomp_read(s->seccomp_path, &p->seccomp, e) < 0) return -1;
  read_cap_last_cap();
  return 0;
}

static int exec_stdio(const struct child_io *io, int devnull, struct start_error *e) {
  int src[3] = {io->in, io->out, io->err}, tmp[3];
  for (int i = 0; i < 3; i++)
    if ((tmp[i] = fcntl(src[i] < 0 ? devnull : src[i], F_DUPFD_CLOEXEC, 3)) < 0) return sys_fail(e, "stdio", "dup", NULL);
  for (int i = 0; i < 3; i++) {
    if (dup2(tmp[i], i) < 0) return sys_fail(e, "stdio", "dup2", NULL);
    close(tmp[i]);
  }
  return setsid() < 0 ? sys_fail(e, "exec", "setsid", NULL) : 0;
}

/* The final process: in the container's namespaces and cgroups already. */
static int exec_final(const struct spec *s, const struct exec_opts *o, const struct child_io *io,
                      struct exec_prep *p, struct start_error *e) {
  if (o->tty && io->pty_master) {
    if (pty_setup_child(p->sock[1], 0, e) < 0) return -1;
  } else if (exec_stdio(io, p->devnull, e) < 0) {
    return -1;
  }
  if (write_oom_score_adj(s, e) < 0) return -1;
  struct final_exec f = {
      .s = s, .argv = o->argv, .envp = o->envp, .cwd = o->cwd ? o->cwd : s->cwd, .uid = o->uid, .gid = o->gid,
      .groups = o->groups, .ngroups = o->ngroups, .seccomp = p->seccomp.filter ? &p->seccomp : NULL,
      .cap_last_cap = read_cap_last_cap()};
  return final_exec(&f, e);
}

/* The intermediate process; never returns. */
static void exec_intermediate(const struct spec *s, const struct exec_opts *o, const struct child_io *io,
                              struct exec_prep *p) {
  struct exec_msg m;
  memset(&m, 0, sizeof m);
  m.kind = 2;
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  reset_signal_dispositions();
  /* our /proc/self/exe is a host binary: keep container processes from opening it */
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  closep(&p->errp[0]), closep(&p->sock[0]);
  for (size_t i = 0; i < s->ncgroup_procs; i++)
    if (write_full(p->cgfd[i], "0", 1) < 0) {
      sys_fail(&m.e, "cgroups", "join", s->cgroup_procs[i]);
      goto fail;
    }
  for (size_t i = 0; i < EXEC_NS_COUNT; i++) {
    if (p->nsfd[i] < 0) continue;
    if (setns(p->nsfd[i], exec_ns[i].flag) < 0) {
      char step[32];
      snprintf(step, sizeof step, "namespace %s", exec_ns[i].name);
      sys_fail(&m.e, step, "setns", NULL);
      goto fail;
    }
    closep(&p->nsfd[i]);
  }
  pid_t pid = syscall(SYS_clone, CLONE_PARENT | SIGCHLD, NULL, NULL, NULL, NULL);
  if (pid == 0) {
    exec_final(s, o, io, p, &m.e);
    write_full(p->errp[1], &m, sizeof m);
    _exit(m.e.exit_code ? m.e.exit_code : 125);
  }
  if (pid < 0) {
    sys_fail(&m.e, "exec", "clone", NULL);
    goto fail;
  }
  m.kind = 1;
  m.pid = pid;
  write_full(p->errp[1], &m, sizeof m);
  _exit(0);
fail:
  write_full(p->errp[1], &m, sizeof m);
  _exit(125);
}

pid_t container_exec(const struct spec *s, pid_t target, const struct exec_opts *opts,
                     const struct child_io *io, struct start_error *e) {
  struct exec_prep p;
  memset(e, 0, sizeof *e);
  memset(&p, 0, sizeof p);
  p.errp[0] = p.errp[1] = p.sock[0] = p.sock[1] = p.devnull = -1;
  for (size_t i = 0; i < EXEC_NS_COUNT; i++) p.nsfd[i] = -1;
  if (exec_prepare(s, target, opts, io, &p, e) < 0) {
    exec_prep_free(&p, s);
    return -1;
  }
  sigset_t all, old;
  sigfillset(&all);
  sigprocmask(SIG_SETMASK, &all, &old);
  pid_t mid = syscall(SYS_clone, SIGCHLD, NULL, NULL, NULL, NULL);
  if (mid == 0) exec_intermediate(s, opts, io, &p);
  int clone_errno = errno;
  sigprocmask(SIG_SETMASK, &old, NULL);
  if (mid < 0) {
    errno = clone_errno;
    sys_fail(e, "exec", "clone", NULL);
    exec_prep_free(&p, s);
    return -1;
  }
  closep(&p.errp[1]), closep(&p.sock[1]);
  int master = -1;
  if (p.sock[0] >= 0) master = pty_recv_master(p.sock[0]);
  pid_t pid = -1;
  int failed = 0;
  struct exec_msg m;
  while (read_full(p.errp[0], &m, sizeof m) == sizeof m) {
    if (m.kind == 1) pid = m.pid;
    else if (!failed) failed = 1, *e = m.e;
  }
  while (waitpid(mid, NULL, 0) < 0 && errno == EINTR) {
  }
  if (!failed && pid < 0) failed = 1, msg_fail(e, 125, "exec: the helper process died before starting the command");
  if (!failed && p.sock[0] >= 0 && master < 0)
    failed = 1, msg_fail(e, 125, "tty: no pty master received from the exec process");
  if (failed) {
    if (pid > 0) {
      kill(pid, SIGKILL);
      while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {
      }
    }
    if (master >= 0) close(master);
    exec_prep_free(&p, s);
    return -1;
  }
  if (io->pty_master) *io->pty_master = master;
  exec_prep_free(&p, s);
  return pid;
}

/* ---------------------------------------------------------------------------------------- */

static int status_code(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 125;
}

static int usage(void) {
  fprintf(stderr,
          "usage: tsc-supervisor exec --spec <spec> --pid <hostpid> [--tty] [--interactive]\n"
          "         [--user uid:gid[:g1,g2...]] [--cwd dir] [--env K=V]... -- argv...\n");
  return 125;
}

static int parse_user(const char *v, struct exec_opts *o, gid_t *groups, size_t max) {
  char *end;
  unsigned long uid = strtoul(v, &end, 10), gid;
  if (end == v || *end != ':') return -1;
  v = end + 1;
  gid = strtoul(v, &end, 10);
  if (end == v || (*end && *end != ':')) return -1;
  o->uid = uid, o->gid = gid, o->ngroups = 0, o->groups = groups;
  while (*end == ':' || (*end == ',' && o->ngroups)) {
    v = end + 1;
    if (!*v) break;
    unsigned long g = strtoul(v, &end, 10);
    if (end == v || o->ngroups == max) return -1;
    groups[o->ngroups++] = g;
  }
  return *end ? -1 : 0;
}

/* Environment = the container's, with each --env replacing the variable of the same name. */
static const char **merge_env(const struct spec *s, char **extra, size_t nextra) {
  const char **env = calloc(s->envc + nextra + 1, sizeof *env);
  if (!env) return NULL;
  size_t n = 0;
  for (size_t i = 0; i < s->envc; i++) env[n++] = s->envp[i];
  for (size_t i = 0; i < nextra; i++) {
    size_t klen = strcspn(extra[i], "=");
    size_t j = 0;
    while (j < n && !(strncmp(env[j], extra[i], klen) == 0 && env[j][klen] == '=')) j++;
    env[j] = extra[i];
    if (j == n) n++;
  }
  return env;
}

int exec_main(int argc, char **argv) {
  const char *spec_path = NULL, *cwd = NULL, *user = NULL;
  pid_t target = 0;
  int tty = 0, interactive = 0, i;
  char **envs = calloc(argc, sizeof *envs);
  size_t nenv = 0;
  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (strcmp(a, "--tty") == 0 || strcmp(a, "-t") == 0) tty = 1;
    else if (strcmp(a, "--interactive") == 0 || strcmp(a, "-i") == 0) interactive = 1;
    else if (i + 1 >= argc) return usage();
    else if (strcmp(a, "--spec") == 0) spec_path = argv[++i];
    else if (strcmp(a, "--pid") == 0) target = atoi(argv[++i]);
    else if (strcmp(a, "--cwd") == 0) cwd = argv[++i];
    else if (strcmp(a, "--user") == 0) user = argv[++i];
    else if (strcmp(a, "--env") == 0 && strchr(argv[i + 1], '=')) envs[nenv++] = argv[++i];
    else return usage();
  }
  if (!spec_path || target <= 0 || i >= argc) return usage();
  /* a write to a dead child's pipe must fail with EPIPE, not kill us (children reset it) */
  signal(SIGPIPE, SIG_IGN);

  struct spec s;
  char err[512];
  if (spec_load(spec_path, &s, err, sizeof err) < 0) {
    fprintf(stderr, "%s\n", err);
    return 125;
  }
  struct exec_opts o = {.argv = (const char **)argv + i, .envp = merge_env(&s, envs, nenv), .cwd = cwd,
                        .uid = s.uid, .gid = s.gid, .groups = s.groups, .ngroups = s.ngroups, .tty = tty};
  gid_t groups[64];
  if (user && parse_user(user, &o, groups, 64) < 0) {
    fprintf(stderr, "exec: bad value for --user: \"%s\" (want uid:gid[:g1,g2...])\n", user);
    return 125;
  }
  if (cwd && cwd[0] != '/') {
    fprintf(stderr, "exec: bad value for --cwd: \"%s\" (want an absolute path)\n", cwd);
    return 125;
  }
  int master = -1;
  struct child_io io = {interactive ? 0 : -1, 1, 2, tty ? &master : NULL};
  struct start_error e;
  pid_t pid = container_exec(&s, target, &o, &io, &e);
  if (pid < 0) {
    fprintf(stderr, "%s\n", e.message);
    return e.exit_code ? e.exit_code : 125;
  }
  int status = tty ? pty_relay_wait(master, pid, interactive, forwarded) : wait_forwarding(pid, forwarded);
  return status_code(status);
}

/* `start [--pid-file F] <spec>`: the container in the foreground, like `crun run`. */
int foreground_main(int argc, char **argv) {
  const char *pid_file = NULL, *spec_path = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--pid-file") == 0 && i + 1 < argc) pid_file = argv[++i];
    else if (!spec_path && argv[i][0] != '-') spec_path = argv[i];
    else spec_path = NULL, i = argc;
  }
  if (!spec_path) {
    fprintf(stderr, "usage: tsc-supervisor start [--pid-file <file>] <spec>\n");
    return 125;
  }
  struct spec s;
  char err[512];
  if (spec_load(spec_path, &s, err, sizeof err) < 0) {
    fprintf(stderr, "%s\n", err);
    return 125;
  }
  signal(SIGPIPE, SIG_IGN);
  /* nobody supervises it: it must not outlive us */
  if (!s.pdeathsig) s.pdeathsig = SIGKILL;
  int master = -1;
  struct child_io io = {s.open_stdin ? 0 : -1, 1, 2, s.tty ? &master : NULL};
  struct start_error e;
  pid_t pid = container_start(&s, &io, &e);
  if (pid < 0) {
    fprintf(stderr, "%s\n", e.message);
    return e.exit_code ? e.exit_code : 125;
  }
  if (pid_file) {
    char buf[16];
    int fd = open(pid_file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    int len = snprintf(buf, sizeof buf, "%d\n", pid);
    if (fd < 0 || write_full(fd, buf, len) < 0) {
      fprintf(stderr, "start: write %s: %s\n", pid_file, strerror(errno));
      kill(pid, SIGKILL);
    }
    if (fd >= 0) close(fd);
  }
  int status = s.tty ? pty_relay_wait(master, pid, s.open_stdin, forwarded) : wait_forwarding(pid, forwarded);
  return status_code(status);
}
