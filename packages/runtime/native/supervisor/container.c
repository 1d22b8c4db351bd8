/*
 * container.c: container_start, RUNTIME-FACTS §1.5. The parent prepares everything (pipes,
 * namespace and cgroup fds, seccomp program, overlay options), clones the child into new
 * namespaces, writes its pid into every cgroup.procs and only then lets it go on. The child
 * builds its filesystem inside its own mount namespace and reports a failure as one fixed
 * struct start_error over a CLOEXEC pipe; end of file on that pipe means execve succeeded.
 */
#define _GNU_SOURCE
#include "child.h"

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

static const int ns_clone_flag[NSK_COUNT] = {CLONE_NEWNET, CLONE_NEWIPC, CLONE_NEWUTS,
                                             CLONE_NEWPID, CLONE_NEWCGROUP, CLONE_NEWNS};
static const char *const ns_names[NSK_COUNT] = {"net", "ipc", "uts", "pid", "cgroup", "mnt"};

/* Everything the child needs, ready before clone. */
struct prep {
  int go[2];          /* parent → child: one byte once the pid is in its cgroups */
  int errp[2];        /* child → parent: struct start_error, or EOF at execve */
  int sock[2];        /* pty master from child to parent (tty with pty_master) */
  int nsfd[NSK_COUNT];
  int *cgfd;
  int devnull;
  int pid_restore;    /* our own pid ns, to undo a setns(pid) done for the clone */
  struct sock_fprog seccomp;
  char overlay[4096];
};

static void prep_init(struct prep *p) {
  memset(p, 0, sizeof *p);
  p->go[0] = p->go[1] = p->errp[0] = p->errp[1] = p->sock[0] = p->sock[1] = -1;
  p->devnull = p->pid_restore = -1;
  for (int k = 0; k < NSK_COUNT; k++) p->nsfd[k] = -1;
}

static void closep(int *fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

static void prep_free(struct prep *p, const struct spec *s) {
  closep(&p->go[0]), closep(&p->go[1]), closep(&p->errp[0]), closep(&p->errp[1]);
  closep(&p->sock[0]), closep(&p->sock[1]), closep(&p->devnull), closep(&p->pid_restore);
  for (int k = 0; k < NSK_COUNT; k++) closep(&p->nsfd[k]);
  if (p->cgfd)
    for (size_t i = 0; i < s->ncgroup_procs; i++) closep(&p->cgfd[i]);
  free(p->cgfd);
  free(p->seccomp.filter);
}

static int prepare(const struct spec *s, const struct child_io *io, struct prep *p, struct start_error *e) {
  if (pipe2(p->go, O_CLOEXEC) < 0 || pipe2(p->errp, O_CLOEXEC) < 0) return sys_fail(e, "start", "pipe", NULL);
  if (s->tty && io->pty_master && socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, p->sock) < 0)
    return sys_fail(e, "start", "socketpair", NULL);
  if ((io->in < 0 || io->out < 0 || io->err < 0) && (p->devnull = open("/dev/null", O_RDWR | O_CLOEXEC)) < 0)
    return sys_fail(e, "start", "open", "/dev/null");
  for (int k = 0; k < NSK_COUNT; k++) {
    if (s->ns[k].mode != SPEC_NS_PATH || k == NSK_MNT) continue;
    if ((p->nsfd[k] = open(s->ns[k].path, O_RDONLY | O_CLOEXEC)) < 0) {
      char step[32];
      snprintf(step, sizeof step, "namespace %s", ns_names[k]);
      return sys_fail(e, step, "open", s->ns[k].path);
    }
  }
  if (s->ncgroup_procs) {
    if (!(p->cgfd = malloc(s->ncgroup_procs * sizeof(int)))) return msg_fail(e, 125, "start: out of memory");
    for (size_t i = 0; i < s->ncgroup_procs; i++) p->cgfd[i] = -1;
    for (size_t i = 0; i < s->ncgroup_procs; i++)
      if ((p->cgfd[i] = open(s->cgroup_procs[i], O_WRONLY | O_CLOEXEC)) < 0)
        return sys_fail(e, "cgroups", "open", s->cgroup_procs[i]);
  }
  if (s->seccomp_path && seccomp_read(s->seccomp_path, &p->seccomp, e) < 0) return -1;
  /* before the clone: the child is filtered from its first instruction in the cgroup */
  if (device_filter_attach(s, e) < 0) return -1;
  if (s->rootfs) overlay_options(s, p->overlay, sizeof p->overlay);
  if (s->hostname && s->ns[NSK_UTS].mode == SPEC_NS_HOST)
    return msg_fail(e, 125, "hostname \"%s\" needs a uts namespace (ns.uts is host)", s->hostname);
  if (s->domainname && s->ns[NSK_UTS].mode == SPEC_NS_HOST)
    return msg_fail(e, 125, "domainname \"%s\" needs a uts namespace (ns.uts is host)", s->domainname);
  read_cap_last_cap();
  return 0;
}

/* Duplicates the three stdio fds above 2 first, so that dup2 onto 0..2 cannot clobber one
 * of them (a pipe end the supervisor holds may well be fd 0, 1 or 2). */
static int setup_stdio(const struct child_io *io, int devnull, struct start_error *e) {
  int src[3] = {io->in, io->out, io->err}, tmp[3];
  for (int i = 0; i < 3; i++)
    if ((tmp[i] = fcntl(src[i] < 0 ? devnull : src[i], F_DUPFD_CLOEXEC, 3)) < 0)
      return sys_fail(e, "stdio", "dup", NULL);
  for (int i = 0; i < 3; i++) {
    if (dup2(tmp[i], i) < 0) return sys_fail(e, "stdio", "dup2", NULL);
    close(tmp[i]);
  }
  return 0;
}

static int join_namespaces(const struct spec *s, struct prep *p, struct start_error *e) {
  for (int k = 0; k < NSK_COUNT; k++) {
    if (p->nsfd[k] < 0 || k == NSK_PID) continue; /* pid was joined by the parent for the clone */
    if (setns(p->nsfd[k], ns_clone_flag[k]) < 0) {
      char step[32];
      snprintf(step, sizeof step, "namespace %s", ns_names[k]);
      return sys_fail(e, step, "setns", s->ns[k].path);
    }
  }
  /* after the parent put us in our cgroups, so they become this namespace's root (crun) */
  if (s->ns[NSK_CGROUP].mode == SPEC_NS_NEW && unshare(CLONE_NEWCGROUP) < 0)
    return sys_fail(e, "namespace cgroup", "unshare(CLONE_NEWCGROUP)", NULL);
  return 0;
}

static int sysctls(const struct spec *s, struct start_error *e) {
  for (size_t i = 0; i < s->nsysctls; i++) {
    char path[512];
    int n = snprintf(path, sizeof path, "/proc/sys/%s", s->sysctls[i].key);
    for (char *c = path + 10; c < path + n; c++)
      if (*c == '.') *c = '/';
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0 || write_full(fd, s->sysctls[i].value, strlen(s->sysctls[i].value)) < 0) {
      int err = errno;
      if (fd >= 0) close(fd);
      errno = err;
      return sys_fail(e, "sysctl", "write", path);
    }
    close(fd);
  }
  return 0;
}

static int child_setup(const struct spec *s, const struct child_io *io, struct prep *p, struct start_error *e) {
  char go;
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  reset_signal_dispositions();
  closep(&p->go[1]), closep(&p->errp[0]), closep(&p->sock[0]);
  /* EOF here: the parent died or gave up (the pdeathsig above may have been set too late) */
  if (read_full(p->go[0], &go, 1) != 1) _exit(125);
  closep(&p->go[0]);
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  umask(0);
  if (write_oom_score_adj(s, e) < 0) return -1;
  if (join_namespaces(s, p, e) < 0) return -1;
  if (!(s->tty && io->pty_master) && setup_stdio(io, p->devnull, e) < 0) return -1;
  if (rootfs_prepare(s, p->overlay, e) < 0) return -1;
  if (s->tty && io->pty_master) {
    if (pty_setup_child(p->sock[1], s->rootfs != NULL, e) < 0) return -1;
  } else if (setsid() < 0) {
    return sys_fail(e, "start", "setsid", NULL);
  }
  closep(&p->sock[1]);
  if (s->hostname && sethostname(s->hostname, strlen(s->hostname)) < 0) return sys_fail(e, "hostname", "sethostname", s->hostname);
  if (s->domainname && setdomainname(s->domainname, strlen(s->domainname)) < 0)
    return sys_fail(e, "domainname", "setdomainname", s->domainname);
  if (sysctls(s, e) < 0) return -1;
  if (rootfs_finish(s, e) < 0) return -1;
  struct final_exec f = {
      .s = s, .argv = s->argv, .envp = s->envp, .cwd = s->cwd, .uid = s->uid, .gid = s->gid,
      .groups = s->groups, .ngroups = s->ngroups, .seccomp = p->seccomp.filter ? &p->seccomp : NULL,
      .cap_last_cap = read_cap_last_cap()};
  return final_exec(&f, e);
}

static pid_t do_clone(unsigned long flags) {
  return syscall(SYS_clone, flags | SIGCHLD, NULL, NULL, NULL, NULL);
}

static void reap(pid_t pid) {
  kill(pid, SIGKILL);
  while (waitpid(pid, NULL, 0) < 0 && errno == EINTR) {
  }
}

pid_t container_start(const struct spec *s, const struct child_io *io, struct start_error *e) {
  struct prep p;
  memset(e, 0, sizeof *e);
  prep_init(&p);
  if (prepare(s, io, &p, e) < 0) {
    prep_free(&p, s);
    return -1;
  }
  unsigned long flags = CLONE_NEWNS;
  for (int k = 0; k < NSK_COUNT; k++)
    if (s->ns[k].mode == SPEC_NS_NEW && k != NSK_CGROUP && k != NSK_MNT) flags |= ns_clone_flag[k];

  /* setns(pid) only affects children: join it here for the clone, then go back */
  if (p.nsfd[NSK_PID] >= 0) {
    if ((p.pid_restore = open("/proc/self/ns/pid", O_RDONLY | O_CLOEXEC)) < 0 ||
        setns(p.nsfd[NSK_PID], CLONE_NEWPID) < 0) {
      sys_fail(e, "namespace pid", "setns", s->ns[NSK_PID].path);
      prep_free(&p, s);
      return -1;
    }
  }
  /* no signal handler of ours may run in the child before it resets them */
  sigset_t all, old;
  sigfillset(&all);
  sigprocmask(SIG_SETMASK, &all, &old);
  pid_t pid = do_clone(flags);
  if (pid == 0) {
    struct start_error ce;
    memset(&ce, 0, sizeof ce);
    child_setup(s, io, &p, &ce);
    write_full(p.errp[1], &ce, sizeof ce);
    _exit(ce.exit_code ? ce.exit_code : 125);
  }
  int clone_errno = errno;
  sigprocmask(SIG_SETMASK, &old, NULL);
  if (p.pid_restore >= 0) setns(p.pid_restore, CLONE_NEWPID);
  if (pid < 0) {
    errno = clone_errno;
    sys_fail(e, "start", "clone", NULL);
    prep_free(&p, s);
    return -1;
  }
  closep(&p.go[0]), closep(&p.errp[1]), closep(&p.sock[1]);

  /* into every cgroup before it can fork or allocate (RUNTIME-FACTS §1.5 ✱) */
  char buf[16];
  int len = snprintf(buf, sizeof buf, "%d", pid);
  for (size_t i = 0; i < s->ncgroup_procs; i++) {
    if (write_full(p.cgfd[i], buf, len) < 0) {
      sys_fail(e, "cgroups", "write pid to", s->cgroup_procs[i]);
      reap(pid);
      prep_free(&p, s);
      return -1;
    }
  }
  if (write_full(p.go[1], "g", 1) < 0) {
    sys_fail(e, "start", "write", "sync pipe");
    reap(pid);
    prep_free(&p, s);
    return -1;
  }
  closep(&p.go[1]);
  int master = -1;
  if (p.sock[0] >= 0) master = pty_recv_master(p.sock[0]);
  ssize_t n = read_full(p.errp[0], e, sizeof *e);
  if (n != 0) {
    if (n != (ssize_t)sizeof *e) msg_fail(e, 125, "start: the container process died during setup");
    if (master >= 0) close(master);
    reap(pid);
    prep_free(&p, s);
    return -1;
  }
  if (p.sock[0] >= 0 && master < 0) {
    msg_fail(e, 125, "tty: no pty master received from the container");
    reap(pid);
    prep_free(&p, s);
    return -1;
  }
  if (io->pty_master) *io->pty_master = master;
  prep_free(&p, s);
  return pid;
}
