/*
 * Internals of `tsc-supervisor run` shared by supervise.c, log.c, control.c, health.c,
 * events.c, state.c and json.c. Everything here is single-threaded: one poll loop in
 * supervise.c owns every fd, and no function blocks for long (all fds are non-blocking).
 */
#ifndef TSC_SUPERVISE_H
#define TSC_SUPERVISE_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <poll.h>
#include <time.h>
#include "spec.h"

/* ---- json.c: a bounded JSON writer that flushes to an fd (or just fills a buffer) ---- */
struct jbuf {
  char *p;
  size_t len, cap;
  int fd;       /* flush target when the buffer fills; -1 = never flush */
  int overflow; /* fd == -1 and the text did not fit */
  int error;    /* a flush failed */
};
void jb_init(struct jbuf *b, char *mem, size_t cap, int fd);
void jb_raw(struct jbuf *b, const char *s, size_t n);
void jb_str(struct jbuf *b, const char *s);       /* raw C string */
void jb_esc(struct jbuf *b, const char *s, size_t n); /* JSON string body, invalid UTF-8 -> U+FFFD */
void jb_qstr(struct jbuf *b, const char *s);      /* "escaped" */
void jb_i64(struct jbuf *b, long long v);
void jb_time(struct jbuf *b, const struct timespec *t); /* "2026-11-22T10:00:00.123456789Z" */
int jb_flush(struct jbuf *b);
/* Length of s's JSON escape (no quotes), for size accounting before writing. */
size_t json_escaped_len(const char *s, size_t n);
/* Decodes a JSON string body in place (handles \uXXXX incl. surrogates); returns the length. */
size_t json_unescape(char *s, size_t n);

int write_all(int fd, const char *p, size_t n); /* retries EINTR/partial writes; -1 on error */
int64_t now_ms(void);                           /* CLOCK_MONOTONIC */

/* ---- the supervisor's own spec keys (parsed by supervise.c, documented in spec.h) ---- */
struct extra_spec {
  int stdin_once;
  const char *memory_cgroup;
  const char **attr_keys, **attr_values; size_t nattrs;
};

int load_extra(const char *spec_path);    /* fills g_extra (extra.c) */
long long read_oom_kills(void);           /* -1 when unknown */
void drop_startup_pages(void);

/* ---- state.c: state.json ---- */
#define HEALTH_LOG_MAX 5
#define HEALTH_OUTPUT_MAX 4096
struct health_result {
  struct timespec start, end;
  int exit_code;
  size_t output_len;
  char output[HEALTH_OUTPUT_MAX];
};
struct sup_state {
  const char *status; /* created | running | restarting | exited | dead */
  pid_t pid;
  int exit_code;
  int oom_killed;
  char error[512];
  struct timespec started_at, finished_at;
  unsigned restart_count;
  int manual_stop;
  const char *health_status; /* none | starting | healthy | unhealthy */
  unsigned failing_streak;
  struct health_result health_log[HEALTH_LOG_MAX];
  size_t health_count; /* entries used, oldest first */
};
extern struct sup_state g_state;
void state_json(struct jbuf *b);
int state_write(void); /* <cwd>/state.json via state.json.tmp + rename */

/* ---- events.c ---- */
void events_open(const char *path, const struct spec *s, const struct extra_spec *x);
/* attrs: NULL-terminated key, value, key, value ... pairs added after the spec's event.attr */
void event_emit(const char *action, const char **attrs);

/* ---- log.c: json-file log with rotation ---- */
enum { STREAM_STDOUT = 1, STREAM_STDERR = 2 };
int log_open(const char *path, uint64_t max_size, unsigned max_files);
void log_feed(int stream, const char *data, size_t n);
void log_flush_partial(int stream);
/* inode and size of the current log file, what `attach ... logs` replays up to */
void log_position(unsigned long long *inode, unsigned long long *offset);
void log_close(void);

/* ---- control.c: control socket and attach clients ---- */
int control_open(void);
size_t control_pollfds(struct pollfd *fds, size_t max); /* appends; returns count */
void control_handle(const struct pollfd *fds, size_t n);
void control_output(int stream, const char *data, size_t n);
void control_container_exited(int code); /* exit frames, replies to stop/wait */
int control_pending_output(void);        /* bytes still queued for clients */
void control_close(void);

/* ---- stdio.c: the container's stdio (pipes or pty) ---- */
struct child_io;
struct start_error;
int stdio_prepare(struct child_io *io, int *inner_master, struct start_error *e);
void stdio_started(int ok, int inner_master); /* after container_start */
void stdio_drain_close(void);                 /* the container exited */
size_t stdio_pollfds(struct pollfd *fds, size_t max);
void stdio_handle(const struct pollfd *fds, size_t n);

/* ---- health.c ---- */
void health_reset(int64_t now);     /* a (re)start of the container */
void health_stop(void);             /* the container exited: kill a running probe */
int64_t health_deadline(void);      /* next time health needs the loop, or -1 */
void health_tick(int64_t now);
size_t health_pollfds(struct pollfd *fds, size_t max);
void health_handle(const struct pollfd *fds, size_t n);
int health_reaped(pid_t pid, int status); /* 1 if pid was the probe */

/* ---- supervise.c: what the other parts may ask of the loop ---- */
extern struct spec g_spec;
extern struct extra_spec g_extra;
pid_t sup_container_pid(void);      /* 0 when not running */
int sup_is_tty(void);
int sup_stdin_write(const char *data, size_t n); /* bytes accepted (0 = full, -1 = closed) */
int sup_stdin_has_room(void);
void sup_stdin_eof(void);
int sup_resize(unsigned rows, unsigned cols);
int sup_stop(int sig, long timeout_s); /* manual stop; 0 started, 1 already not running */
int sup_kill(int sig);                 /* -1 when not running */
void sup_request_state_write(void);
void sup_event_health(void);

#endif
