/*
 * control.c: <dir>/control.sock, a unix stream socket (mode 0600) taking one command line
 * per connection (protocol in supervisor-client.ts):
 *   state                      -> the state JSON, one line
 *   stop <signal> <timeout-s>  -> "exited <code>" once the container is gone (manual stop)
 *   wait                       -> "exited <code>" at the container's next exit (or now)
 *   kill <signal>              -> "ok"
 *   resize <rows> <cols>       -> "ok"
 *   restart-policy <no|always|on-failure|unless-stopped> <max>
 *                              -> "ok" (docker update --restart: applies to the next exit)
 *   attach <stdin|nostdin> <logs|nologs>
 *                              -> "ok <log inode> <log offset> <tty 0|1> <log path>\n", then
 *                                 the output stream:
 *                                 docker's multiplexed frames, or raw bytes with a tty; a last
 *                                 frame of stream 3 carries "exit <code>". Client bytes go to
 *                                 the container's stdin.
 * Errors reply "err <message>". Output to a slow attach client is buffered up to OUT_CAP
 * and dropped past it: the container never waits for a client.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include "supervise.h"

#define MAX_CLIENTS 64
#define CMD_MAX 512
#define OUT_CAP (64 * 1024) /* per attach client; past it output is dropped, not buffered */
#define SOCK_NAME "control.sock"

enum { C_FREE, C_CMD, C_WAIT, C_ATTACH };

struct client {
  int fd, mode;
  char in[CMD_MAX]; /* the command line, then stdin bytes not yet taken by the container */
  size_t in_len;
  char *out;
  size_t out_off, out_len, out_cap;
  int attach_stdin, in_eof, close_after_flush;
};

static struct client clients[MAX_CLIENTS];
static int listen_fd = -1;
static size_t slot_of[MAX_CLIENTS + 1]; /* pollfd index -> client, valid until control_handle */
static size_t nslots;

int control_open(void) {
  unlink(SOCK_NAME);
  listen_fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (listen_fd < 0) return -1;
  /* relative to the container dir (our cwd): absolute paths may exceed sun_path's 108 bytes */
  struct sockaddr_un a = {.sun_family = AF_UNIX};
  memcpy(a.sun_path, SOCK_NAME, sizeof SOCK_NAME);
  mode_t old = umask(0177);
  int rc = bind(listen_fd, (struct sockaddr *)&a, sizeof a);
  umask(old);
  if (rc < 0 || listen(listen_fd, 64) < 0) {
    close(listen_fd);
    listen_fd = -1;
    return -1;
  }
  return 0;
}

static void drop(struct client *c) {
  close(c->fd);
  free(c->out);
  memset(c, 0, sizeof *c);
  c->fd = -1;
}

/* Queues bytes for the client; `bounded` output (container data) is dropped past OUT_CAP. */
static int queue(struct client *c, const char *p, size_t n, int bounded) {
  size_t pending = c->out_len - c->out_off;
  if (bounded && pending + n > OUT_CAP) return -1;
  if (c->out_off > 0 && c->out_len + n > c->out_cap) {
    memmove(c->out, c->out + c->out_off, pending);
    c->out_off = 0, c->out_len = pending;
  }
  if (c->out_len + n > c->out_cap) {
    size_t cap = c->out_cap ? c->out_cap : 4096;
    while (cap < c->out_len + n) cap *= 2;
    char *o = realloc(c->out, cap);
    if (!o) return -1;
    c->out = o, c->out_cap = cap;
  }
  memcpy(c->out + c->out_len, p, n);
  c->out_len += n;
  return 0;
}

static void reply(struct client *c, const char *line) {
  queue(c, line, strlen(line), 0);
  queue(c, "\n", 1, 0);
  c->close_after_flush = 1;
}

static void flush(struct client *c) {
  while (c->out_off < c->out_len) {
    ssize_t w = send(c->fd, c->out + c->out_off, c->out_len - c->out_off, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (w < 0 && errno == EINTR) continue;
    if (w < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
    if (w <= 0) { drop(c); return; }
    c->out_off += (size_t)w;
  }
  c->out_off = c->out_len = 0;
  if (c->out_cap > 16384) {
    /* a burst grew the buffer: give the memory back (the 1 MB budget counts it) */
    free(c->out);
    c->out = NULL;
    c->out_cap = 0;
  }
  if (c->close_after_flush) drop(c);
}

static void frame(struct client *c, int stream, const char *p, size_t n) {
  if (sup_is_tty() && stream != 3) {
    queue(c, p, n, 1);
    return;
  }
  if (sup_is_tty()) return; /* a raw stream has no room for the exit frame: clients use `wait` */
  char hdr[8] = {(char)stream, 0, 0, 0, (char)(n >> 24), (char)(n >> 16), (char)(n >> 8), (char)n};
  size_t pending = c->out_len - c->out_off;
  if (stream != 3 && pending + 8 + n > OUT_CAP) return; /* whole frames only */
  queue(c, hdr, 8, 0);
  queue(c, p, n, 0);
}

static void exit_frame(struct client *c, int code) {
  char msg[32];
  snprintf(msg, sizeof msg, "exit %d", code);
  frame(c, 3, msg, strlen(msg));
  c->close_after_flush = 1;
}

static int parse_int(const char *s, long *out) {
  if (!s || !*s) return -1;
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || *end) return -1;
  *out = v;
  return 0;
}

static void command(struct client *c, char *line, char *rest, size_t rest_len) {
  char *argv[4] = {0};
  int argc = 0;
  for (char *tok = strtok(line, " "); tok && argc < 4; tok = strtok(NULL, " ")) argv[argc++] = tok;
  char msg[96];
  long a, b;
  if (argc == 0) return reply(c, "err empty command");
  if (strcmp(argv[0], "state") == 0) {
    static char mem[HEALTH_LOG_MAX * HEALTH_OUTPUT_MAX * 6 + 4096];
    struct jbuf j;
    jb_init(&j, mem, sizeof mem, -1);
    state_json(&j);
    queue(c, j.p, j.len, 0);
    return reply(c, "");
  }
  if (strcmp(argv[0], "stop") == 0) {
    if (argc != 3 || parse_int(argv[1], &a) < 0 || a <= 0 || a > 64 || parse_int(argv[2], &b) < 0)
      return reply(c, "err usage: stop <signal> <timeout-seconds>");
    if (sup_stop((int)a, b) == 1) {
      snprintf(msg, sizeof msg, "exited %d", g_state.exit_code);
      return reply(c, msg);
    }
    c->mode = C_WAIT;
    return;
  }
  if (strcmp(argv[0], "wait") == 0) {
    if (sup_container_pid() == 0 && strcmp(g_state.status, "restarting") != 0) {
      snprintf(msg, sizeof msg, "exited %d", g_state.exit_code);
      return reply(c, msg);
    }
    c->mode = C_WAIT;
    return;
  }
  if (strcmp(argv[0], "kill") == 0) {
    if (argc != 2 || parse_int(argv[1], &a) < 0 || a < 0 || a > 64) return reply(c, "err usage: kill <signal>");
    return reply(c, sup_kill((int)a) < 0 ? "err container is not running" : "ok");
  }
  if (strcmp(argv[0], "resize") == 0) {
    if (argc != 3 || parse_int(argv[1], &a) < 0 || parse_int(argv[2], &b) < 0 || a < 0 || b < 0 || a > 65535 ||
        b > 65535)
      return reply(c, "err usage: resize <rows> <cols>");
    return reply(c, sup_resize((unsigned)a, (unsigned)b) < 0 ? "err the container has no tty" : "ok");
  }
  if (strcmp(argv[0], "attach") == 0) {
    if (argc != 3 || (strcmp(argv[1], "stdin") && strcmp(argv[1], "nostdin")) ||
        (strcmp(argv[2], "logs") && strcmp(argv[2], "nologs")))
      return reply(c, "err usage: attach <stdin|nostdin> <logs|nologs>");
    /* Everything read so far goes into the log before we name the position, so that the
     * log up to that position plus the live stream is exactly the output (no gap, no dup). */
    log_flush_partial(STREAM_STDOUT);
    log_flush_partial(STREAM_STDERR);
    unsigned long long ino, off;
    log_position(&ino, &off);
    snprintf(msg, sizeof msg, "ok %llu %llu %d ", ino, off, sup_is_tty() ? 1 : 0);
    queue(c, msg, strlen(msg), 0);
    if (g_spec.log_path) queue(c, g_spec.log_path, strlen(g_spec.log_path), 0);
    queue(c, "\n", 1, 0);
    c->attach_stdin = argv[1][0] == 's';
    memmove(c->in, rest, rest_len);
    c->in_len = c->attach_stdin ? rest_len : 0;
    if (sup_container_pid() == 0) return exit_frame(c, g_state.exit_code);
    c->mode = C_ATTACH;
    return;
  }
  if (strcmp(argv[0], "restart-policy") == 0) {
    /* string literals: the spec buffer the old policy pointed into stays as it is */
    static const char *const policies[] = {"no", "always", "on-failure", "unless-stopped"};
    const char *p = NULL;
    for (size_t i = 0; argc == 3 && i < sizeof policies / sizeof *policies; i++)
      if (strcmp(argv[1], policies[i]) == 0) p = policies[i];
    if (!p || parse_int(argv[2], &a) < 0 || a < 0 || a > 0x7fffffffL)
      return reply(c, "err usage: restart-policy <no|always|on-failure|unless-stopped> <max>");
    g_spec.restart = p;
    g_spec.restart_max = (unsigned)a;
    return reply(c, "ok");
  }
  snprintf(msg, sizeof msg, "err unknown command \"%.40s\"", argv[0]);
  reply(c, msg);
}

/* Offers an attach client's pending stdin bytes to the container. */
static void push_stdin(struct client *c) {
  if (c->in_len > 0) {
    int n = sup_stdin_write(c->in, c->in_len);
    if (n < 0) c->in_len = 0; /* stdin closed: discard */
    else if (n > 0) {
      memmove(c->in, c->in + n, c->in_len - (size_t)n);
      c->in_len -= (size_t)n;
    }
  }
  if (c->in_len == 0 && c->in_eof == 1) {
    c->in_eof = 2;
    if (g_extra.stdin_once) sup_stdin_eof();
  }
}

size_t control_pollfds(struct pollfd *fds, size_t max) {
  size_t n = 0;
  nslots = 0;
  if (listen_fd >= 0 && n < max) fds[n++] = (struct pollfd){.fd = listen_fd, .events = POLLIN};
  for (size_t i = 0; i < MAX_CLIENTS && n < max; i++) {
    struct client *c = &clients[i];
    if (c->mode == C_FREE) continue;
    short ev = 0;
    if (c->out_len > c->out_off) ev |= POLLOUT;
    if (c->mode == C_CMD) ev |= POLLIN;
    if (c->mode == C_ATTACH) {
      if (c->attach_stdin) push_stdin(c);
      if (!c->in_eof && (!c->attach_stdin || (c->in_len == 0 && sup_stdin_has_room()))) ev |= POLLIN;
    }
    slot_of[nslots++] = i;
    fds[n++] = (struct pollfd){.fd = c->fd, .events = ev};
  }
  return n;
}

static void readable(struct client *c) {
  if (c->mode == C_CMD) {
    ssize_t r = recv(c->fd, c->in + c->in_len, sizeof c->in - c->in_len, MSG_DONTWAIT);
    if (r < 0 && (errno == EAGAIN || errno == EINTR)) return;
    if (r <= 0) return drop(c);
    c->in_len += (size_t)r;
    char *nl = memchr(c->in, '\n', c->in_len);
    if (!nl) {
      if (c->in_len == sizeof c->in) reply(c, "err command line too long");
      return;
    }
    *nl = 0;
    if (nl > c->in && nl[-1] == '\r') nl[-1] = 0;
    size_t rest = c->in_len - (size_t)(nl + 1 - c->in);
    c->in_len = 0;
    command(c, c->in, nl + 1, rest);
    return;
  }
  if (c->mode != C_ATTACH) return;
  char tmp[4096];
  char *dst = c->attach_stdin ? c->in : tmp;
  size_t room = c->attach_stdin ? sizeof c->in : sizeof tmp;
  ssize_t r = recv(c->fd, dst, room, MSG_DONTWAIT);
  if (r < 0 && (errno == EAGAIN || errno == EINTR)) return;
  if (r < 0) return drop(c);
  if (r == 0) {
    /* half-close: stdin EOF for a stdin client, goodbye for the others */
    if (!c->attach_stdin) return drop(c);
    c->in_eof = 1;
    push_stdin(c);
    return;
  }
  if (c->attach_stdin) {
    c->in_len = (size_t)r;
    push_stdin(c);
  }
}

void control_handle(const struct pollfd *fds, size_t n) {
  size_t k = 0;
  int accept_ready = 0;
  if (listen_fd >= 0 && n > 0) accept_ready = fds[k++].revents & POLLIN;
  for (size_t s = 0; s < nslots && k < n; s++, k++) {
    struct client *c = &clients[slot_of[s]];
    short re = fds[k].revents;
    if (c->mode == C_FREE || !re) continue;
    if (re & POLLOUT) flush(c);
    if (c->mode != C_FREE && (re & POLLIN)) readable(c);
    /* POLLHUP: the client closed both directions (a half-close only makes us readable) */
    if (c->mode != C_FREE && (re & (POLLHUP | POLLERR))) drop(c);
  }
  nslots = 0;
  while (accept_ready) {
    int fd = accept4(listen_fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) break;
    size_t i = 0;
    while (i < MAX_CLIENTS && clients[i].mode != C_FREE) i++;
    if (i == MAX_CLIENTS) {
      close(fd);
      continue;
    }
    memset(&clients[i], 0, sizeof clients[i]);
    clients[i].fd = fd, clients[i].mode = C_CMD;
  }
}

void control_output(int stream, const char *data, size_t n) {
  for (size_t i = 0; i < MAX_CLIENTS; i++) {
    struct client *c = &clients[i];
    if (c->mode != C_ATTACH) continue;
    frame(c, stream, data, n);
    flush(c);
  }
}

void control_container_exited(int code) {
  char msg[32];
  snprintf(msg, sizeof msg, "exited %d", code);
  for (size_t i = 0; i < MAX_CLIENTS; i++) {
    struct client *c = &clients[i];
    if (c->mode == C_ATTACH) exit_frame(c, code);
    else if (c->mode == C_WAIT) reply(c, msg);
    else continue;
    flush(c);
  }
}

int control_pending_output(void) {
  int pending = 0;
  for (size_t i = 0; i < MAX_CLIENTS; i++) {
    const struct client *c = &clients[i];
    if (c->mode != C_FREE && c->out_len > c->out_off) pending = 1;
  }
  return pending;
}

void control_close(void) {
  if (listen_fd >= 0) {
    unlink(SOCK_NAME);
    close(listen_fd);
    listen_fd = -1;
  }
  for (size_t i = 0; i < MAX_CLIENTS; i++)
    if (clients[i].mode != C_FREE) drop(&clients[i]);
}
