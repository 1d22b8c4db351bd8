/*
 * health.c: docker's healthcheck monitor. The probe runs inside the container through
 * container_exec (exec.c) every interval (start_interval while "starting" within
 * start_period), is killed after timeout, and its result updates the status:
 * healthy after a success, unhealthy after `retries` consecutive failures, failures inside
 * the start period not counted until the first success (moby daemon/health.go).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "container.h"
#include "supervise.h"

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
  struct exec_opts o = {
      .argv = g_spec.health_argv, .envp = g_spec.envp, .cwd = NULL, .uid = g_spec.uid, .gid = g_spec.gid,
      .groups = g_spec.groups, .ngroups = g_spec.ngroups, .tty = 0};
  struct child_io io = {.in = -1, .out = p[1], .err = p[1]};
  struct start_error e = {0};
  pid_t pid = container_exec(&g_spec, sup_container_pid(), &o, &io, &e);
  close(p[1]);
  probe_fd = p[0];
  if (pid < 0) {
    finish(e.exit_code ? e.exit_code : -1, e.message);
    return;
  }
  probe_pid = pid;
  probe_deadline = now + (int64_t)(g_spec.health_timeout_ms ? g_spec.health_timeout_ms : 30000);
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
