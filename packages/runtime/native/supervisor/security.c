/*
 * security.c: the last steps before execve, shared by the container init and exec
 * (RUNTIME-FACTS §1.5 steps 9-10): rlimits, seccomp, capabilities, ids, no_new_privs,
 * cwd, PATH lookup inside the container, and docker's 126/127 mapping.
 */
#define _GNU_SOURCE
#include "child.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/close_range.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <grp.h>

static const char *errname(int err) {
  const char *n = strerrorname_np(err);
  return n ? n : "EUNKNOWN";
}

int sys_fail(struct start_error *e, const char *step, const char *call, const char *path) {
  int err = errno;
  e->exit_code = 125;
  snprintf(e->message, sizeof e->message, "%s: %s%s%s: %s (%s)", step, call, path ? " " : "",
           path ? path : "", errname(err), strerror(err));
  errno = err;
  return -1;
}

int msg_fail(struct start_error *e, int code, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  e->exit_code = code;
  vsnprintf(e->message, sizeof e->message, fmt, ap);
  va_end(ap);
  return -1;
}

int write_full(int fd, const void *buf, size_t len) {
  const char *p = buf;
  while (len) {
    ssize_t n = write(fd, p, len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    p += n, len -= n;
  }
  return 0;
}

ssize_t read_full(int fd, void *buf, size_t len) {
  size_t got = 0;
  while (got < len) {
    ssize_t n = read(fd, (char *)buf + got, len - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return -1;
    if (n == 0) break;
    got += n;
  }
  return got;
}

int seccomp_read(const char *path, struct sock_fprog *prog, struct start_error *e) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return sys_fail(e, "seccomp", "open", path);
  struct stat st;
  if (fstat(fd, &st) < 0) {
    close(fd);
    return sys_fail(e, "seccomp", "stat", path);
  }
  size_t n = st.st_size / sizeof(struct sock_filter);
  if (st.st_size == 0 || st.st_size % sizeof(struct sock_filter) || n > BPF_MAXINSNS) {
    close(fd);
    return msg_fail(e, 125, "seccomp: %s is not a BPF program (%lld bytes; want a multiple of 8, at most %d instructions)",
                    path, (long long)st.st_size, BPF_MAXINSNS);
  }
  struct sock_filter *f = malloc(st.st_size);
  if (!f || read_full(fd, f, st.st_size) != st.st_size) {
    free(f);
    close(fd);
    return sys_fail(e, "seccomp", "read", path);
  }
  close(fd);
  prog->len = n;
  prog->filter = f;
  return 0;
}

int read_cap_last_cap(void) {
  static int cached = -1;
  if (cached >= 0) return cached;
  char buf[16] = {0};
  int fd = open("/proc/sys/kernel/cap_last_cap", O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    if (read(fd, buf, sizeof buf - 1) > 0) cached = atoi(buf);
    close(fd);
  }
  if (cached <= 0) cached = CAP_LAST_CAP;
  return cached;
}

static const char *const rlimit_names[] = {
    "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK", "RLIMIT_CORE", "RLIMIT_RSS",
    "RLIMIT_NPROC", "RLIMIT_NOFILE", "RLIMIT_MEMLOCK", "RLIMIT_AS", "RLIMIT_LOCKS",
    "RLIMIT_SIGPENDING", "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_RTPRIO", "RLIMIT_RTTIME"};

static void fmt_lim(char *buf, size_t len, rlim_t v) {
  if (v == RLIM_INFINITY) snprintf(buf, len, "unlimited");
  else snprintf(buf, len, "%llu", (unsigned long long)v);
}

int apply_rlimits(const struct spec *s, struct start_error *e) {
  for (size_t i = 0; i < s->nrlimits; i++) {
    const struct spec_rlimit *r = &s->rlimits[i];
    struct rlimit want = {r->soft < 0 ? RLIM_INFINITY : (rlim_t)r->soft,
                          r->hard < 0 ? RLIM_INFINITY : (rlim_t)r->hard};
    if (setrlimit(r->resource, &want) == 0) continue;
    int err = errno;
    const char *name = r->resource < 16 ? rlimit_names[r->resource] : "RLIMIT_?";
    struct rlimit have;
    char a[24], b[24], c[24];
    fmt_lim(a, sizeof a, want.rlim_cur);
    fmt_lim(b, sizeof b, want.rlim_max);
    if (err == EPERM && getrlimit(r->resource, &have) == 0 && want.rlim_max > have.rlim_max) {
      fmt_lim(c, sizeof c, have.rlim_max);
      return msg_fail(e, 125, "rlimit %s: hard limit %s is above this host's hard limit %s (raising it needs CAP_SYS_RESOURCE)",
                      name, b, c);
    }
    return msg_fail(e, 125, "rlimit %s: setrlimit soft %s hard %s: %s (%s)", name, a, b, errname(err), strerror(err));
  }
  return 0;
}

int write_oom_score_adj(const struct spec *s, struct start_error *e) {
  if (!s->has_oom_score_adj) return 0;
  char buf[16];
  int len = snprintf(buf, sizeof buf, "%d", s->oom_score_adj);
  int fd = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
  if (fd < 0 || write_full(fd, buf, len) < 0) {
    int err = errno;
    if (fd >= 0) close(fd);
    errno = err;
    return sys_fail(e, "oom_score_adj", "write", "/proc/self/oom_score_adj");
  }
  close(fd);
  return 0;
}

void reset_signal_dispositions(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = SIG_DFL;
  for (int sig = 1; sig < NSIG; sig++) {
    if (sig == SIGKILL || sig == SIGSTOP) continue;
    sigaction(sig, &sa, NULL); /* EINVAL for the glibc-reserved ones: harmless */
  }
}

static int load_seccomp(const struct sock_fprog *prog, struct start_error *e) {
  if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, prog) < 0)
    return sys_fail(e, "seccomp", "seccomp(SECCOMP_SET_MODE_FILTER)", NULL);
  return 0;
}

static int set_caps(const struct final_exec *f, struct start_error *e) {
  const struct spec *s = f->s;
  struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct d[2] = {
      {(uint32_t)s->cap_effective, (uint32_t)s->cap_permitted, (uint32_t)s->cap_inheritable},
      {(uint32_t)(s->cap_effective >> 32), (uint32_t)(s->cap_permitted >> 32),
       (uint32_t)(s->cap_inheritable >> 32)}};
  if (syscall(SYS_capset, &h, d) < 0) return sys_fail(e, "capabilities", "capset", NULL);
  if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0) < 0 && errno != EINVAL)
    return sys_fail(e, "capabilities", "prctl(PR_CAP_AMBIENT_CLEAR_ALL)", NULL);
  for (int c = 0; c <= f->cap_last_cap && c < 64; c++) {
    if (!(s->cap_ambient & (1ULL << c))) continue;
    if (prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, c, 0, 0) < 0) {
      char what[48];
      snprintf(what, sizeof what, "prctl(PR_CAP_AMBIENT_RAISE, %d)", c);
      return sys_fail(e, "capabilities", what, NULL);
    }
  }
  return 0;
}

static int drop_bounding(const struct final_exec *f, struct start_error *e) {
  for (int c = 0; c <= f->cap_last_cap && c < 64; c++) {
    if (f->s->cap_bounding & (1ULL << c)) continue;
    if (prctl(PR_CAPBSET_DROP, c, 0, 0, 0) < 0 && errno != EINVAL) {
      char what[40];
      snprintf(what, sizeof what, "prctl(PR_CAPBSET_DROP, %d)", c);
      return sys_fail(e, "capabilities", what, NULL);
    }
  }
  return 0;
}

static int set_ids(const struct final_exec *f, struct start_error *e) {
  if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) < 0) return sys_fail(e, "user", "prctl(PR_SET_KEEPCAPS)", NULL);
  if (setgroups(f->ngroups, f->groups) < 0) return sys_fail(e, "user", "setgroups", NULL);
  if (setresgid(f->gid, f->gid, f->gid) < 0) return sys_fail(e, "user", "setresgid", NULL);
  if (setresuid(f->uid, f->uid, f->uid) < 0) return sys_fail(e, "user", "setresuid", NULL);
  if (prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0) < 0) return sys_fail(e, "user", "prctl(PR_SET_KEEPCAPS)", NULL);
  return 0;
}

static const char *env_path(const char *const *envp) {
  for (; envp && *envp; envp++)
    if (strncmp(*envp, "PATH=", 5) == 0) return *envp + 5;
  return "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
}

/* Go's exec.LookPath, which docker's message mirrors: the first regular file with an
 * execute bit in PATH, inside the container (we are past pivot_root). */
static int lookpath(const char *file, const char *const *envp, char *out, size_t outlen,
                    struct start_error *e) {
  if (strchr(file, '/')) {
    snprintf(out, outlen, "%s", file);
    return 0;
  }
  if (!*file) return msg_fail(e, 127, "exec: \"\": executable file not found in $PATH");
  const char *p = env_path(envp);
  for (;;) {
    const char *colon = strchr(p, ':');
    size_t dlen = colon ? (size_t)(colon - p) : strlen(p);
    int n = dlen ? snprintf(out, outlen, "%.*s/%s", (int)dlen, p, file) : snprintf(out, outlen, "./%s", file);
    struct stat st;
    if (n > 0 && (size_t)n < outlen && stat(out, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111))
      return 0;
    if (!colon) break;
    p = colon + 1;
  }
  return msg_fail(e, 127, "exec: \"%s\": executable file not found in $PATH", file);
}

int final_exec(const struct final_exec *f, struct start_error *e) {
  const struct spec *s = f->s;
  char path[4096];

  if (apply_rlimits(s, e) < 0) return -1;
  /* Everything inherited is closed at execve: Node's epoll, eventfds, sockets (CVE-2024-21626). */
  if (syscall(SYS_close_range, 3, ~0U, CLOSE_RANGE_CLOEXEC) < 0)
    for (int fd = 3; fd < 4096; fd++) fcntl(fd, F_SETFD, FD_CLOEXEC);

  if (f->seccomp && !s->no_new_privs && load_seccomp(f->seccomp, e) < 0) return -1;
  if (s->has_caps && drop_bounding(f, e) < 0) return -1;
  if (set_ids(f, e) < 0) return -1;
  if (s->has_caps && set_caps(f, e) < 0) return -1;
  /* setresuid cleared the parent-death signal; put back the one the spec asks for. */
  if (prctl(PR_SET_PDEATHSIG, s->pdeathsig, 0, 0, 0) < 0) return sys_fail(e, "pdeathsig", "prctl", NULL);
  if (s->no_new_privs && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
    return sys_fail(e, "no_new_privs", "prctl(PR_SET_NO_NEW_PRIVS)", NULL);

  const char *cwd = f->cwd ? f->cwd : "/";
  if (chdir(cwd) < 0) {
    int err = errno;
    return msg_fail(e, 125, "chdir to cwd (\"%s\") failed: %s (%s)", cwd, errname(err), strerror(err));
  }
  if (lookpath(f->argv[0], f->envp, path, sizeof path, e) < 0) return -1;
  umask(s->umask_value);

  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  /* With no_new_privs the filter goes last, so it need not allow our own setup calls. */
  if (f->seccomp && s->no_new_privs && load_seccomp(f->seccomp, e) < 0) return -1;

  execve(path, (char *const *)f->argv, (char *const *)f->envp);
  int err = errno;
  if (err == ENOENT) {
    if (strchr(f->argv[0], '/'))
      return msg_fail(e, 127, "exec: \"%s\": stat %s: no such file or directory", f->argv[0], path);
    return msg_fail(e, 127, "exec: \"%s\": executable file not found in $PATH", f->argv[0]);
  }
  if (err == EACCES) return msg_fail(e, 126, "exec: \"%s\": permission denied", f->argv[0]);
  if (err == ENOEXEC) return msg_fail(e, 126, "exec: \"%s\": exec format error", f->argv[0]);
  errno = err;
  return sys_fail(e, "exec", "execve", path);
}
