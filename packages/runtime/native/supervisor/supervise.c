/*
 * supervise.c: `tsc-supervisor run <spec>`, the per-container supervisor (conmon's job).
 * Detached from the CLI, it starts the container, reports the result on fd 3, then holds
 * the container's stdio, writes the log and state.json, serves control.sock, restarts the
 * container by its policy and runs healthchecks, all in one poll loop. It exits once the
 * container is gone for good, after running hook.exit.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include "container.h"
#include "entry.h"
#include "supervise.h"

#define MIN_UPTIME_MS 10000   /* docker: a run this long resets the back-off */
#define BACKOFF_START_MS 100
#define BACKOFF_MAX_MS 60000
#define FINAL_FLUSH_MS 2000   /* how long attach clients get to take their last bytes */

struct spec g_spec;
struct extra_spec g_extra;

static int handshake_fd = -1;
static int sig_pipe[2] = {-1, -1};
static volatile sig_atomic_t got_chld, got_term;

static pid_t cpid;                      /* container init (host pid), 0 = not running */

static int64_t started_mono, restart_at = -1, kill_at = -1, finish_deadline = -1;
static uint64_t backoff_ms;
static int exit_on_next;  /* docker's ExitOnNext: the next exit is final (stop, kill) */
static int stop_event;    /* the exit was asked for by `stop`: a "stop" event follows "die" */
static int finished;      /* gone for good: only flushing clients before exiting */
static int state_dirty;
static long long oom_base = -1;

/* ---- small helpers ---- */

static void handshake(const char *line) {
  if (handshake_fd < 0) return;
  write_all(handshake_fd, line, strlen(line));
  close(handshake_fd);
  handshake_fd = -1;
}

static void on_signal(int sig) {
  int e = errno;
  if (sig == SIGCHLD) got_chld = 1;
  if (sig == SIGTERM) got_term = 1;
  if (sig_pipe[1] >= 0) (void)!write(sig_pipe[1], "x", 1);
  errno = e;
}

/* Node ignores SIGPIPE and ignored dispositions survive execve; we start from a clean
 * slate, then catch what we need with handlers (reset to default in every exec'd child,
 * unlike SIG_IGN or a blocked mask). */
static void setup_signals(void) {
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  for (int s = 1; s < NSIG; s++) {
    if (s == SIGKILL || s == SIGSTOP) continue;
    signal(s, SIG_DFL);
  }
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sa.sa_flags = SA_RESTART;
  sigaction(SIGCHLD, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGPIPE, &sa, NULL); /* EPIPE from write() instead of dying */
  sigaction(SIGHUP, &sa, NULL);  /* no controlling terminal; nothing to do */
  sigaction(SIGINT, &sa, NULL);
}

/* ---- what control.c and health.c may ask ---- */

pid_t sup_container_pid(void) { return cpid; }
int sup_is_tty(void) { return g_spec.tty; }
void sup_request_state_write(void) { state_dirty = 1; }

void sup_event_health(void) {
  char action[64];
  snprintf(action, sizeof action, "health_status: %s", g_state.health_status);
  event_emit(action, NULL);
}

static void kill_event(int sig) {
  char num[16];
  snprintf(num, sizeof num, "%d", sig);
  const char *attrs[] = {"signal", num, NULL};
  event_emit("kill", attrs);
}

int sup_kill(int sig) {
  if (cpid == 0) return -1;
  /* moby killWithSignal: a kill counts as a manual stop; SIGKILL or the stop signal also
   * makes this exit final whatever the restart policy */
  g_state.manual_stop = 1;
  if (sig == SIGKILL || sig == g_spec.stop_signal) exit_on_next = 1;
  state_dirty = 1;
  kill_event(sig);
  if (sig) kill(cpid, sig);
  return 0;
}

static void finish_for_good(void);

int sup_stop(int sig, long timeout_s) {
  g_state.manual_stop = 1;
  exit_on_next = 1;
  state_dirty = 1;
  if (finished) return 1;
  if (cpid == 0) {
    /* restarting (back-off): cancel the restart */
    restart_at = -1;
    g_state.status = "exited";
    event_emit("stop", NULL);
    finish_for_good();
    state_write();
    state_dirty = 0;
    control_container_exited(g_state.exit_code);
    return 1;
  }
  stop_event = 1;
  kill_event(sig);
  kill(cpid, sig);
  if (timeout_s >= 0 && kill_at < 0) kill_at = now_ms() + (int64_t)timeout_s * 1000;
  return 0;
}

/* ---- container start / exit ---- */

static pid_t start_container(struct start_error *e) {
  struct child_io io;
  int inner_master = -1;
  if (stdio_prepare(&io, &inner_master, e) < 0) {
    e->exit_code = 125;
    return -1;
  }
  oom_base = read_oom_kills();
  pid_t pid = container_start(&g_spec, &io, e);
  stdio_started(pid >= 0, inner_master);
  if (pid < 0) return -1;
  cpid = pid;
  started_mono = now_ms();
  clock_gettime(CLOCK_REALTIME, &g_state.started_at);
  g_state.status = "running";
  g_state.pid = pid;
  g_state.exit_code = 0;
  g_state.oom_killed = 0;
  g_state.error[0] = 0;
  health_reset(started_mono);
  state_write();
  state_dirty = 0;
  event_emit("start", NULL);
  return pid;
}

static int should_restart(int code) {
  if (exit_on_next) return 0;
  const char *p = g_spec.restart ? g_spec.restart : "no";
  if (strcmp(p, "always") == 0) return 1;
  if (strcmp(p, "unless-stopped") == 0) return !g_state.manual_stop;
  if (strcmp(p, "on-failure") == 0)
    return code != 0 && (g_spec.restart_max == 0 || g_state.restart_count < g_spec.restart_max);
  return 0;
}

/* The exit of one run (or a failed restart): record it, then restart or finish. */
static void container_gone(int code, int64_t ran_ms) {
  char num[16], dur[24];
  long long kills = read_oom_kills();
  int oom = oom_base >= 0 && kills > oom_base;
  clock_gettime(CLOCK_REALTIME, &g_state.finished_at);
  g_state.status = "exited";
  g_state.pid = 0;
  g_state.exit_code = code;
  g_state.oom_killed = oom;
  if (oom) event_emit("oom", NULL);
  snprintf(num, sizeof num, "%d", code);
  snprintf(dur, sizeof dur, "%lld", (long long)(ran_ms / 1000));
  const char *attrs[] = {"exitCode", num, "execDuration", dur, NULL};
  event_emit("die", attrs);
  if (stop_event) event_emit("stop", NULL);
  stop_event = 0;

  /* docker's restart manager: 100 ms doubling to 1 min, back to the start after 10 s up */
  if (ran_ms >= MIN_UPTIME_MS) backoff_ms = 0;
  backoff_ms = backoff_ms == 0 ? BACKOFF_START_MS : backoff_ms * 2;
  if (backoff_ms > BACKOFF_MAX_MS) backoff_ms = BACKOFF_MAX_MS;
  if (should_restart(code)) {
    g_state.restart_count++;
    g_state.status = "restarting";
    restart_at = now_ms() + (int64_t)backoff_ms;
  } else {
    finish_for_good();
  }
  /* state.json first, then the reply: a client that gets "exited" (stop, wait) and reads the
   * state right away must see the exit, or a restart racing it would see "running". */
  state_write();
  state_dirty = 0;
  control_container_exited(code);
}

static void on_container_exit(int status) {
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  cpid = 0;
  kill_at = -1;
  health_stop();
  stdio_drain_close();
  container_gone(code, now_ms() - started_mono);
}

static void do_restart(void) {
  restart_at = -1;
  event_emit("restart", NULL);
  struct start_error e = {0};
  if (start_container(&e) < 0) {
    /* like an immediate exit with the start error's code; the policy decides again */
    snprintf(g_state.error, sizeof g_state.error, "%s", e.message);
    container_gone(e.exit_code ? e.exit_code : 125, 0);
  }
}

static void finish_for_good(void) {
  finished = 1;
  g_state.status = "exited";
  g_state.pid = 0;
  state_dirty = 1;
  finish_deadline = now_ms() + FINAL_FLUSH_MS;
}

static void reap(void) {
  for (;;) {
    int status;
    pid_t p = waitpid(-1, &status, WNOHANG);
    if (p <= 0) break;
    if (p == cpid) on_container_exit(status);
    else health_reaped(p, status); /* anything else: a reparented orphan, just reaped */
  }
}

static void run_exit_hook(void) {
  if (g_spec.exit_hook_argc == 0) return;
  pid_t p = fork();
  if (p == 0) {
    setsid();
    execv(g_spec.exit_hook[0], (char *const *)g_spec.exit_hook);
    _exit(127);
  }
}

static int min_timeout(int64_t now, int64_t at, int cur) {
  if (at < 0) return cur;
  int64_t d = at - now;
  if (d < 0) d = 0;
  if (cur < 0 || d < cur) return (int)(d > 3600000 ? 3600000 : d);
  return cur;
}

static void loop(void) {
  struct pollfd fds[96];
  for (;;) {
    int64_t now = now_ms();
    if (finished && (!control_pending_output() || now >= finish_deadline)) break;
    if (state_dirty) {
      state_dirty = 0;
      state_write();
    }
    size_t n = 0;
    fds[n++] = (struct pollfd){.fd = sig_pipe[0], .events = POLLIN};
    size_t s0 = n;
    n += stdio_pollfds(fds + n, 3);
    size_t h0 = n;
    n += health_pollfds(fds + n, 1);
    size_t c0 = n;
    n += control_pollfds(fds + n, sizeof fds / sizeof fds[0] - n);

    int timeout = -1;
    timeout = min_timeout(now, restart_at, timeout);
    timeout = min_timeout(now, kill_at, timeout);
    timeout = min_timeout(now, health_deadline(), timeout);
    timeout = min_timeout(now, finish_deadline, timeout);
    int rc = poll(fds, n, timeout);
    if (rc < 0 && errno != EINTR) break;
    if (rc < 0) continue;

    stdio_handle(fds + s0, h0 - s0);
    health_handle(fds + h0, c0 - h0);
    control_handle(fds + c0, n - c0);

    if (fds[0].revents) {
      char tmp[64];
      while (read(sig_pipe[0], tmp, sizeof tmp) > 0) {}
    }
    if (got_chld) {
      got_chld = 0;
      reap();
    }
    if (got_term) {
      got_term = 0;
      /* SIGTERM to the supervisor: stop the container the way `stop` would */
      sup_stop(g_spec.stop_signal ? g_spec.stop_signal : SIGTERM, g_spec.stop_timeout);
    }
    now = now_ms();
    if (kill_at >= 0 && now >= kill_at && cpid) {
      kill_at = -1;
      kill_event(SIGKILL);
      kill(cpid, SIGKILL);
    }
    if (restart_at >= 0 && now >= restart_at && !finished) do_restart();
    health_tick(now);
  }
}

static void null_stdio(void) {
  int fd = open("/dev/null", O_RDWR);
  if (fd < 0) return;
  for (int i = 0; i < 3; i++)
    if (fd != i) dup2(fd, i);
  if (fd > 2) close(fd);
}

static int fail_start(int code, const char *msg) {
  char line[700];
  snprintf(line, sizeof line, "err %d %s\n", code, msg);
  for (char *p = line + 4; *p && p[1]; p++)
    if (*p == '\n') *p = ' ';
  handshake(line);
  return code;
}

int supervise_main(int argc, char **argv) {
  if (argc != 2) return fail_start(125, "usage: tsc-supervisor run <spec>");
  if (fcntl(3, F_GETFD) >= 0) {
    handshake_fd = 3;
    fcntl(3, F_SETFD, FD_CLOEXEC);
  }
  /* every fd Node leaked (epoll, eventfd, sockets...) goes: CVE-2024-21626 was a leaked fd */
  close_range(4, ~0U, 0);
  if (handshake_fd < 0) close_range(3, ~0U, 0);
  setup_signals();
  /* buffers of bursts (attach clients, the state reply) go back to the kernel when freed */
  mallopt(M_MMAP_THRESHOLD, 32 * 1024);
  mallopt(M_TRIM_THRESHOLD, 64 * 1024);
  setsid();
  prctl(PR_SET_CHILD_SUBREAPER, 1); /* exec probes re-parent to us: we reap them */
  null_stdio();

  char err[512];
  if (spec_load(argv[1], &g_spec, err, sizeof err) < 0) return fail_start(125, err);
  if (load_extra(argv[1]) < 0) return fail_start(125, "spec: cannot read the supervisor keys");
  if (!g_spec.dir || chdir(g_spec.dir) < 0) {
    snprintf(err, sizeof err, "cannot enter the container dir %s: %s", g_spec.dir ? g_spec.dir : "(none)",
             strerror(errno));
    return fail_start(125, err);
  }
  if (pipe2(sig_pipe, O_CLOEXEC | O_NONBLOCK) < 0) return fail_start(125, "cannot create the signal pipe");
  if (log_open(g_spec.log_path, g_spec.log_max_size, g_spec.log_max_files) < 0) {
    snprintf(err, sizeof err, "cannot open the log %s: %s", g_spec.log_path, strerror(errno));
    return fail_start(125, err);
  }
  events_open(g_spec.events_path, &g_spec, &g_extra);
  if (control_open() < 0) {
    snprintf(err, sizeof err, "cannot listen on %s/control.sock: %s", g_spec.dir, strerror(errno));
    return fail_start(125, err);
  }

  struct start_error e = {0};
  pid_t pid = start_container(&e);
  if (pid < 0) {
    int code = e.exit_code ? e.exit_code : 125;
    g_state.status = "created";
    g_state.exit_code = code;
    snprintf(g_state.error, sizeof g_state.error, "%s", e.message);
    state_write();
    control_close();
    log_close();
    return fail_start(code, e.message);
  }
  char line[64];
  snprintf(line, sizeof line, "ok %d\n", (int)pid);
  handshake(line);
  drop_startup_pages();

  loop();

  if (state_dirty) state_write();
  control_close();
  log_close();
  run_exit_hook();
  return 0;
}
