/*
 * health.c: docker's healthcheck monitor. The probe runs inside the container through
 * container_exec (exec.c) every interval (start_interval while "starting" within
 * start_period), is killed after timeout, and its result updates the status:
 * healthy after a success, unhealthy after `retries` consecutive failures, failures inside
 * the start period not counted until the first success (moby daemon/health.go).
 *
 * CVE-2019-5736: the process that joins the container and execs the probe would otherwise run
 * our host binary until its execve, reachable from the container as /proc/<pid>/exe. So each
 * probe goes through a short-lived helper forked here that fexecve()s a sealed memfd copy of
 * the binary (exe-seal.c) in `health-exec` mode and calls container_exec from there. The copy
 * is made per probe, not kept: ~0.5 ms every interval, against a memfd the size of the
 * binary held for the supervisor's whole life (unmapped shmem: out of RSS, not out of RAM).
 * The helper reports the probe's host pid and exits; we are a child subreaper, so the probe
 * is re-parented to us and reaped, killed on timeout and read from exactly as before.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include "child.h"
#include "container.h"
#include "entry.h"
#include "exe-seal.h"
#include "supervise.h"

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

/* What the health-exec helper writes on fd 3: the probe's host pid, or why it failed. */
struct probe_report {
  pid_t pid;
  struct start_error e;
};
#define REPORT_FD 3

static int active;         /* a healthcheck is configured */
static pid_t probe_pid;    /* running probe, 0 = none */
static int probe_fd = -1;  /* its stdout+stderr */
static int64_t probe_deadline, next_probe, started_ms;
static struct health_result cur;

static int configured(void) {
  return g_spec.health_argc > 0 && strcmp(g_spec.health_argv[0], "NONE") != 0;
}

static int64_t interval(int64_t now) {
  if (now - started_ms < (int64_t)g_spec.health_start_period_ms && strcmp(g_state.health_status, "starting") == 0)
    return (int64_t)g_spec.health_start_interval_ms;
  return (int64_t)g_spec.health_interval_ms;
}

void health_reset(int64_t now) {
  active = configured();
  if (!active) return;
  started_ms = now;
  g_state.health_status = "starting";
  g_state.failing_streak = 0;
  next_probe = now + interval(now);
}

static void drain(void) {
  if (probe_fd < 0) return;
  for (;;) {
    char tmp[1024];
    ssize_t r = read(probe_fd, tmp, sizeof tmp);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    size_t room = HEALTH_OUTPUT_MAX - cur.output_len, k = (size_t)r < room ? (size_t)r : room;
    memcpy(cur.output + cur.output_len, tmp, k);
    cur.output_len += k;
  }
}

static void finish(int exit_code, const char *message) {
  drain();
  if (probe_fd >= 0) close(probe_fd);
  probe_fd = -1;
  probe_pid = 0;
  clock_gettime(CLOCK_REALTIME, &cur.end);
  cur.exit_code = exit_code;
  if (message) {
    size_t n = strlen(message) < HEALTH_OUTPUT_MAX ? strlen(message) : HEALTH_OUTPUT_MAX;
    memcpy(cur.output, message, n);
    cur.output_len = n;
  }
  struct sup_state *s = &g_state;
  if (s->health_count == HEALTH_LOG_MAX) {
    memmove(&s->health_log[0], &s->health_log[1], sizeof s->health_log[0] * (HEALTH_LOG_MAX - 1));
    s->health_count--;
  }
  s->health_log[s->health_count++] = cur;

  const char *old = s->health_status;
  int64_t now = now_ms();
  if (exit_code == 0) {
    s->failing_streak = 0;
    s->health_status = "healthy";
  } else {
    int in_start_period = strcmp(old, "starting") == 0 &&
                          now - started_ms < (int64_t)g_spec.health_start_period_ms;
    if (!in_start_period) {
      s->failing_streak++;
      if (s->failing_streak >= (g_spec.health_retries ? g_spec.health_retries : 3)) s->health_status = "unhealthy";
    }
  }
  next_probe = now + interval(now);
  sup_request_state_write();
  if (strcmp(old, s->health_status) != 0) sup_event_health();
}

/* Our spec file: the argument after `run` in our argv (the helper loads it again). */
static const char *spec_path(void) {
  static char buf[4096];
  if (buf[0]) return buf;
  int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NULL;
  char cmd[sizeof buf + 64];
  ssize_t n = read_full(fd, cmd, sizeof cmd - 1);
  close(fd);
  if (n <= 0) return NULL;
  cmd[n] = 0;
  const char *a = cmd, *end = cmd + n;
  for (int i = 0; i < 2 && a < end; i++) a += strlen(a) + 1; /* skip argv[0] and "run" */
  if (a >= end || strlen(a) >= sizeof buf) return NULL;
  strcpy(buf, a); /* relative paths still resolve: supervise_main chdir()s to where we were spawned */
  return buf;
}

/* The forked helper, before it leaves our image behind; never returns. */
static void helper_child(const char *spec, int out, int report) {
  struct probe_report r = {0};
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  reset_signal_dispositions();
  char err[256], target[16];
  snprintf(target, sizeof target, "%d", (int)sup_container_pid());
  int mfd = exe_sealed_copy("healthcheck", err, sizeof err);
  if (mfd < 0) {
    msg_fail(&r.e, 125, "%s", err);
    goto fail;
  }
  int nul = open("/dev/null", O_RDONLY | O_CLOEXEC);
  /* above 3 first, so that no dup2 below clobbers a source */
  int hi_out = fcntl(out, F_DUPFD_CLOEXEC, 10), hi_rep = fcntl(report, F_DUPFD_CLOEXEC, 10);
  if (nul < 0 || hi_out < 0 || hi_rep < 0 || dup2(nul, 0) < 0 || dup2(hi_out, 1) < 0 || dup2(hi_out, 2) < 0 ||
      dup2(hi_rep, REPORT_FD) < 0) {
    sys_fail(&r.e, "healthcheck", "dup2", NULL);
    goto fail;
  }
  report = REPORT_FD;
  /* nothing else of ours reaches the helper (the memfd is CLOEXEC too: fine for an ELF) */
  close_range(REPORT_FD + 1, ~0U, CLOSE_RANGE_CLOEXEC);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  char *argv[] = {"tsc-supervisor", "health-exec", (char *)spec, target, NULL}, *envp[] = {NULL};
  fexecve(mfd, argv, envp);
  sys_fail(&r.e, "healthcheck", "fexecve", "the sealed copy of /proc/self/exe");
fail:
  write_full(report, &r, sizeof r);
  _exit(125);
}

/* Starts the probe through the sealed helper: its host pid, or -1 with e filled. */
static pid_t spawn_probe(int out, struct start_error *e) {
  const char *spec = spec_path();
  if (!spec) return msg_fail(e, 125, "healthcheck: cannot read our spec path from /proc/self/cmdline");
  int rp[2];
  if (pipe2(rp, O_CLOEXEC) < 0) return sys_fail(e, "healthcheck", "pipe", NULL);
  sigset_t all, old;
  sigfillset(&all);
  sigprocmask(SIG_SETMASK, &all, &old);
  pid_t helper = fork();
  if (helper == 0) helper_child(spec, out, rp[1]);
  int fork_errno = errno;
  sigprocmask(SIG_SETMASK, &old, NULL);
  close(rp[1]);
  if (helper < 0) {
    close(rp[0]);
    errno = fork_errno;
    return sys_fail(e, "healthcheck", "fork", NULL);
  }
  struct probe_report r;
  ssize_t n = read_full(rp[0], &r, sizeof r);
  close(rp[0]);
  int status = 0;
  while (waitpid(helper, &status, 0) < 0 && errno == EINTR) {
  }
  if (n != (ssize_t)sizeof r)
    return msg_fail(e, 125, "healthcheck: the helper process died before starting the check (status %d)", status);
  if (r.pid > 0) return r.pid; /* re-parented to us now that the helper is gone */
  *e = r.e;
  return -1;
}

static void start_probe(int64_t now) {
  int p[2];
  memset(&cur, 0, sizeof cur);
  clock_gettime(CLOCK_REALTIME, &cur.start);
  if (pipe2(p, O_CLOEXEC) < 0) {
    finish(-1, "healthcheck: pipe failed");
    return;
  }
  /* only our end: a probe must not see EAGAIN on a full stdout */
  fcntl(p[0], F_SETFL, O_NONBLOCK);
  struct start_error e = {0};
  pid_t pid = spawn_probe(p[1], &e);
  close(p[1]);
  probe_fd = p[0];
  if (pid < 0) {
    finish(e.exit_code ? e.exit_code : -1, e.message);
    return;
  }
  probe_pid = pid;
  probe_deadline = now + (int64_t)(g_spec.health_timeout_ms ? g_spec.health_timeout_ms : 30000);
}

/* `tsc-supervisor health-exec <spec> <container pid>`, from the sealed copy only: starts the
 * spec's healthcheck in the container with stdout/stderr = ours, reports on fd 3, exits. */
int health_exec_main(int argc, char **argv) {
  struct probe_report r = {0};
  static struct spec s;
  char err[512];
  signal(SIGPIPE, SIG_IGN);
  if (argc != 3 || !exe_is_sealed()) {
    msg_fail(&r.e, 125, "healthcheck: health-exec runs only from the supervisor's sealed copy");
  } else if (spec_load(argv[1], &s, err, sizeof err) < 0) {
    msg_fail(&r.e, 125, "%s", err);
  } else {
    /* the probe's parent is us, and we exit at once: a parent-death signal would kill it */
    s.pdeathsig = 0;
    struct exec_opts o = {.argv = s.health_argv, .envp = s.envp, .cwd = NULL, .uid = s.uid, .gid = s.gid,
                          .groups = s.groups, .ngroups = s.ngroups, .tty = 0};
    struct child_io io = {.in = -1, .out = 1, .err = 2};
    r.pid = container_exec(&s, (pid_t)atoi(argv[2]), &o, &io, &r.e);
  }
  return write_full(REPORT_FD, &r, sizeof r) < 0 ? 125 : 0;
}

void health_stop(void) {
  if (probe_pid > 0) kill(probe_pid, SIGKILL); /* reaped by the loop, then ignored */
  if (probe_fd >= 0) close(probe_fd);
  probe_fd = -1;
  probe_pid = 0;
  active = 0;
}

int64_t health_deadline(void) {
  if (!active || sup_container_pid() == 0) return -1;
  return probe_pid ? probe_deadline : next_probe;
}

void health_tick(int64_t now) {
  if (!active || sup_container_pid() == 0) return;
  if (probe_pid && now >= probe_deadline) {
    kill(probe_pid, SIGKILL);
    char msg[96];
    unsigned long long ms = g_spec.health_timeout_ms ? g_spec.health_timeout_ms : 30000;
    if (ms % 1000 == 0) snprintf(msg, sizeof msg, "Health check exceeded timeout (%llus)", ms / 1000);
    else snprintf(msg, sizeof msg, "Health check exceeded timeout (%llums)", ms);
    finish(-1, msg);
  } else if (!probe_pid && now >= next_probe) {
    start_probe(now);
  }
}

size_t health_pollfds(struct pollfd *fds, size_t max) {
  if (probe_fd < 0 || max == 0) return 0;
  fds[0] = (struct pollfd){.fd = probe_fd, .events = POLLIN};
  return 1;
}

void health_handle(const struct pollfd *fds, size_t n) {
  if (n == 0 || probe_fd < 0 || fds[0].fd != probe_fd || !fds[0].revents) return;
  char tmp[1024];
  ssize_t r = read(probe_fd, tmp, sizeof tmp);
  if (r > 0) {
    size_t room = HEALTH_OUTPUT_MAX - cur.output_len, k = (size_t)r < room ? (size_t)r : room;
    memcpy(cur.output + cur.output_len, tmp, k);
    cur.output_len += k;
  } else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
    /* EOF: nothing more to read; the result is recorded when the probe is reaped */
    close(probe_fd);
    probe_fd = -1;
  }
}

int health_reaped(pid_t pid, int status) {
  if (probe_pid == 0 || pid != probe_pid) return 0;
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  finish(code, NULL);
  return 1;
}
