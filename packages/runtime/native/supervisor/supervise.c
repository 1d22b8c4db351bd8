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
#define STDIN_BUF 8192

struct spec g_spec;
struct extra_spec g_extra;

static int handshake_fd = -1;
static int sig_pipe[2] = {-1, -1};
static volatile sig_atomic_t got_chld, got_term;

static pid_t cpid;                      /* container init (host pid), 0 = not running */
static int out_fd = -1, err_fd = -1;    /* read ends; with a tty out_fd is the pty master */
static int pty_master = -1;
static int stdin_fd = -1;               /* write end of the container's stdin (or the master) */
static char stdin_buf[STDIN_BUF];
static size_t stdin_len;
static int stdin_close_pending;

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

static void set_nonblock(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

/* Our own spec keys (documented in spec.h); spec.c ignores keys it does not know. */
static int load_extra(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  struct stat st;
  if (fstat(fd, &st) < 0) { close(fd); return -1; }
  char *buf = malloc((size_t)st.st_size + 1);
  if (!buf) { close(fd); return -1; }
  size_t len = 0;
  while (len < (size_t)st.st_size) {
    ssize_t r = read(fd, buf + len, (size_t)st.st_size - len);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    len += (size_t)r;
  }
  close(fd);
  buf[len] = 0;
  size_t cap = 0;
  for (char *p = buf, *next; p < buf + len; p = next) {
    next = p + strlen(p) + 1; /* taken before the record is split in place */
    char *v = strchr(p, '=');
    if (!v) continue;
    *v++ = 0;
    if (strcmp(p, "stdin_once") == 0) g_extra.stdin_once = strcmp(v, "1") == 0;
    else if (strcmp(p, "cgroup.memory") == 0) g_extra.memory_cgroup = v;
    else if (strcmp(p, "event.attr") == 0) {
      char *sep = strchr(v, '\x1f');
      if (!sep) continue;
      *sep = 0;
      if (g_extra.nattrs == cap) {
        cap = cap ? cap * 2 : 8;
        g_extra.attr_keys = realloc(g_extra.attr_keys, cap * sizeof *g_extra.attr_keys);
        g_extra.attr_values = realloc(g_extra.attr_values, cap * sizeof *g_extra.attr_values);
        if (!g_extra.attr_keys || !g_extra.attr_values) return -1;
      }
      g_extra.attr_keys[g_extra.nattrs] = v;
      g_extra.attr_values[g_extra.nattrs++] = sep + 1;
    }
  }
  return 0;
}

/* oom_kill counter of the memory cgroup: memory.events (v2) or memory.oom_control (v1). */
static long long read_oom_kills(void) {
  if (!g_extra.memory_cgroup) return -1;
  static const char *files[] = {"memory.events", "memory.oom_control"};
  for (int i = 0; i < 2; i++) {
    char path[4096], buf[1024];
    snprintf(path, sizeof path, "%s/%s", g_extra.memory_cgroup, files[i]);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) continue;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) continue;
    buf[n] = 0;
    for (char *l = buf; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL)
      if (strncmp(l, "oom_kill ", 9) == 0) return strtoll(l + 9, NULL, 10);
  }
  return -1;
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

int sup_stdin_write(const char *data, size_t n) {
  if (stdin_fd < 0 || stdin_close_pending) return -1;
  size_t k = STDIN_BUF - stdin_len < n ? STDIN_BUF - stdin_len : n;
  memcpy(stdin_buf + stdin_len, data, k);
  stdin_len += k;
  return (int)k;
}

int sup_stdin_has_room(void) { return stdin_fd >= 0 && !stdin_close_pending && stdin_len < STDIN_BUF; }

static void close_stdin(void) {
  /* the pty master is also the output: never close it for stdin EOF */
  if (stdin_fd >= 0 && stdin_fd != pty_master) close(stdin_fd);
  stdin_fd = -1;
  stdin_len = 0;
  stdin_close_pending = 0;
}

void sup_stdin_eof(void) {
  if (stdin_fd < 0 || g_spec.tty) return;
  if (stdin_len == 0) close_stdin();
  else stdin_close_pending = 1;
}

int sup_resize(unsigned rows, unsigned cols) {
  if (pty_master < 0) return -1;
  struct winsize ws = {.ws_row = (unsigned short)rows, .ws_col = (unsigned short)cols};
  return ioctl(pty_master, TIOCSWINSZ, &ws);
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

static void close_fd(int *fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

static pid_t start_container(struct start_error *e) {
  struct child_io io = {-1, -1, -1, NULL};
  int out[2] = {-1, -1}, err[2] = {-1, -1}, in[2] = {-1, -1}, slave = -1;
  if (g_spec.tty) {
    pty_master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
    int unlock = 0;
    if (pty_master < 0 || ioctl(pty_master, TIOCSPTLCK, &unlock) < 0 ||
        (slave = ioctl(pty_master, TIOCGPTPEER, O_RDWR | O_NOCTTY | O_CLOEXEC)) < 0) {
      snprintf(e->message, sizeof e->message, "cannot allocate a pty: %s", strerror(errno));
      goto fail;
    }
    io.in = io.out = io.err = slave;
    out_fd = pty_master;
    if (g_spec.open_stdin) stdin_fd = pty_master;
  } else {
    if (pipe2(out, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0 || (g_spec.open_stdin && pipe2(in, O_CLOEXEC) < 0)) {
      snprintf(e->message, sizeof e->message, "cannot create stdio pipes: %s", strerror(errno));
      goto fail;
    }
    io.out = out[1], io.err = err[1], io.in = in[0];
    out_fd = out[0], err_fd = err[0], stdin_fd = in[1];
    set_nonblock(out_fd);
    set_nonblock(err_fd);
    if (stdin_fd >= 0) set_nonblock(stdin_fd);
  }
  oom_base = read_oom_kills();
  /* container.c may allocate the pty inside the container (its own /dev/pts, like docker);
   * when it does, its master replaces ours */
  int inner_master = -1;
  if (g_spec.tty) io.pty_master = &inner_master;
  pid_t pid = container_start(&g_spec, &io, e);
  if (pid >= 0 && inner_master >= 0) {
    close(pty_master);
    pty_master = out_fd = inner_master;
    set_nonblock(pty_master);
    if (g_spec.open_stdin) stdin_fd = pty_master;
  }
  close_fd(&slave);
  close_fd(&out[1]);
  close_fd(&err[1]);
  close_fd(&in[0]);
  if (pid < 0) goto fail_open;
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

fail:
  e->exit_code = 125;
  close_fd(&slave);
  close_fd(&out[1]);
  close_fd(&err[1]);
  close_fd(&in[0]);
fail_open:
  if (stdin_fd != pty_master) close_fd(&stdin_fd);
  stdin_fd = -1;
  if (out_fd != pty_master) close_fd(&out_fd);
  out_fd = -1;
  close_fd(&err_fd);
  close_fd(&pty_master);
  return -1;
}

/* Reads what a stdio fd has now; returns -1 at EOF (or EIO: every pty slave closed). */
static int pump(int fd, int stream) {
  static char buf[16384];
  for (int rounds = 0; rounds < 16; rounds++) {
    ssize_t r = read(fd, buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0 && errno == EAGAIN) return 0;
    if (r <= 0) return -1;
    log_feed(stream, buf, (size_t)r);
    control_output(stream, buf, (size_t)r);
  }
  return 0;
}

/* After the container exited: take what is buffered and close, without waiting for an EOF
 * that a leftover process holding the pipe could delay forever. */
static void drain_stdio(void) {
  for (int i = 0; i < 64 && out_fd >= 0; i++) {
    int before = 0;
    if (ioctl(out_fd, FIONREAD, &before) < 0 || before == 0) break;
    if (pump(out_fd, STREAM_STDOUT) < 0) break;
  }
  for (int i = 0; i < 64 && err_fd >= 0; i++) {
    int before = 0;
    if (ioctl(err_fd, FIONREAD, &before) < 0 || before == 0) break;
    if (pump(err_fd, STREAM_STDERR) < 0) break;
  }
  log_flush_partial(STREAM_STDOUT);
  log_flush_partial(STREAM_STDERR);
  close_stdin();
  if (out_fd != pty_master) close_fd(&out_fd);
  out_fd = -1;
  close_fd(&err_fd);
  close_fd(&pty_master);
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
  control_container_exited(code);

  /* docker's restart manager: 100 ms doubling to 1 min, back to the start after 10 s up */
  if (ran_ms >= MIN_UPTIME_MS) backoff_ms = 0;
  backoff_ms = backoff_ms == 0 ? BACKOFF_START_MS : backoff_ms * 2;
  if (backoff_ms > BACKOFF_MAX_MS) backoff_ms = BACKOFF_MAX_MS;
  if (should_restart(code)) {
    g_state.restart_count++;
    g_state.status = "restarting";
    restart_at = now_ms() + (int64_t)backoff_ms;
    state_dirty = 1;
    return;
  }
  finish_for_good();
}

static void on_container_exit(int status) {
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  cpid = 0;
  kill_at = -1;
  health_stop();
  drain_stdio();
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

static void write_stdin(void) {
  while (stdin_len > 0) {
    ssize_t w = write(stdin_fd, stdin_buf, stdin_len);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0 && errno == EAGAIN) return;
    if (w <= 0) { close_stdin(); return; } /* EPIPE: the container closed its stdin */
    memmove(stdin_buf, stdin_buf + w, stdin_len - (size_t)w);
    stdin_len -= (size_t)w;
  }
  if (stdin_close_pending) close_stdin();
}

/* Start-up code (spec parsing, container setup) is most of the static binary and never runs
 * again in this process, but fault-around mapped all of it. Unmapping our read-only file
 * pages once lets only what the loop touches come back: the resident set is the loop's. */
static void drop_startup_pages(void) {
  int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  char buf[4096];
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return;
  buf[n] = 0;
  for (char *l = buf; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
    unsigned long lo, hi;
    char perms[5];
    if (sscanf(l, "%lx-%lx %4s", &lo, &hi, perms) != 3) continue;
    /* private, read-only, file-backed: our text and rodata (not data, heap, stack, vdso) */
    const char *path = strchr(l, '/');
    const char *eol = strchr(l, '\n');
    if (!path || (eol && path > eol) || perms[1] != '-' || perms[3] != 'p') continue;
    madvise((void *)lo, hi - lo, MADV_DONTNEED);
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
    size_t n = 0, i_out = (size_t)-1, i_err = (size_t)-1, i_in = (size_t)-1;
    fds[n++] = (struct pollfd){.fd = sig_pipe[0], .events = POLLIN};
    if (out_fd >= 0) i_out = n, fds[n++] = (struct pollfd){.fd = out_fd, .events = POLLIN};
    if (err_fd >= 0) i_err = n, fds[n++] = (struct pollfd){.fd = err_fd, .events = POLLIN};
    if (stdin_fd >= 0 && stdin_len > 0) i_in = n, fds[n++] = (struct pollfd){.fd = stdin_fd, .events = POLLOUT};
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

    if (i_out != (size_t)-1 && fds[i_out].revents && out_fd >= 0 && pump(out_fd, STREAM_STDOUT) < 0) {
      if (out_fd != pty_master) close_fd(&out_fd);
      else out_fd = -1; /* keep the master for resize until the container is gone */
    }
    if (i_err != (size_t)-1 && fds[i_err].revents && err_fd >= 0 && pump(err_fd, STREAM_STDERR) < 0)
      close_fd(&err_fd);
    if (i_in != (size_t)-1 && fds[i_in].revents && stdin_fd >= 0) write_stdin();
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
