/*
 * stdio.c: the container's stdio as the supervisor holds it. Without a tty: three pipes
 * (stdin only with stdin=1). With a tty: a pty whose slave is the container's stdio; when
 * container.c allocates it inside the container (its own /dev/pts), its master replaces ours.
 * Output goes to the log and to attach clients as it is read; stdin from attach clients is
 * buffered here and written as the container takes it.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include "container.h"
#include "supervise.h"

#define STDIN_BUF 8192

static int out_fd = -1, err_fd = -1; /* read ends; with a tty out_fd is the pty master */
static int pty_master = -1;
static int stdin_fd = -1;            /* write end of the container's stdin (or the master) */
static char stdin_buf[STDIN_BUF];
static size_t stdin_len;
static int stdin_close_pending;
static int child_ends[4] = {-1, -1, -1, -1}; /* out[1], err[1], in[0], pty slave */
static size_t i_out, i_err, i_in;           /* pollfd slots, valid until stdio_handle */

static void close_fd(int *fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

static void set_nonblock(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

static void close_ours(void) {
  if (stdin_fd != pty_master) close_fd(&stdin_fd);
  stdin_fd = -1;
  if (out_fd != pty_master) close_fd(&out_fd);
  out_fd = -1;
  close_fd(&err_fd);
  close_fd(&pty_master);
  stdin_len = 0;
  stdin_close_pending = 0;
}

int stdio_prepare(struct child_io *io, int *inner_master, struct start_error *e) {
  int out[2] = {-1, -1}, err[2] = {-1, -1}, in[2] = {-1, -1};
  *io = (struct child_io){-1, -1, -1, NULL};
  if (g_spec.tty) {
    pty_master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
    int unlock = 0, slave = -1;
    if (pty_master < 0 || ioctl(pty_master, TIOCSPTLCK, &unlock) < 0 ||
        (slave = ioctl(pty_master, TIOCGPTPEER, O_RDWR | O_NOCTTY | O_CLOEXEC)) < 0) {
      snprintf(e->message, sizeof e->message, "cannot allocate a pty: %s", strerror(errno));
      close_ours();
      return -1;
    }
    child_ends[3] = slave;
    io->in = io->out = io->err = slave;
    *inner_master = -1;
    io->pty_master = inner_master;
    out_fd = pty_master;
    if (g_spec.open_stdin) stdin_fd = pty_master;
    return 0;
  }
  if (pipe2(out, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0 || (g_spec.open_stdin && pipe2(in, O_CLOEXEC) < 0)) {
    snprintf(e->message, sizeof e->message, "cannot create stdio pipes: %s", strerror(errno));
    for (int i = 0; i < 2; i++) close_fd(&out[i]), close_fd(&err[i]), close_fd(&in[i]);
    return -1;
  }
  io->out = child_ends[0] = out[1];
  io->err = child_ends[1] = err[1];
  io->in = child_ends[2] = in[0];
  out_fd = out[0], err_fd = err[0], stdin_fd = in[1];
  set_nonblock(out_fd);
  set_nonblock(err_fd);
  if (stdin_fd >= 0) set_nonblock(stdin_fd);
  return 0;
}

void stdio_started(int ok, int inner_master) {
  for (int i = 0; i < 4; i++) close_fd(&child_ends[i]);
  if (!ok) {
    close_fd(&inner_master);
    close_ours();
    return;
  }
  if (inner_master >= 0) {
    close(pty_master);
    pty_master = out_fd = inner_master;
    set_nonblock(pty_master);
    if (g_spec.open_stdin) stdin_fd = pty_master;
  }
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
void stdio_drain_close(void) {
  int fds[2] = {out_fd, err_fd}, streams[2] = {STREAM_STDOUT, STREAM_STDERR};
  for (int k = 0; k < 2; k++) {
    for (int i = 0; i < 64 && fds[k] >= 0; i++) {
      int pending = 0;
      if (ioctl(fds[k], FIONREAD, &pending) < 0 || pending == 0 || pump(fds[k], streams[k]) < 0) break;
    }
  }
  log_flush_partial(STREAM_STDOUT);
  log_flush_partial(STREAM_STDERR);
  close_ours();
}

static void close_stdin(void) {
  /* the pty master is also the output: never close it for stdin EOF */
  if (stdin_fd >= 0 && stdin_fd != pty_master) close(stdin_fd);
  stdin_fd = -1;
  stdin_len = 0;
  stdin_close_pending = 0;
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

size_t stdio_pollfds(struct pollfd *fds, size_t max) {
  size_t n = 0;
  i_out = i_err = i_in = (size_t)-1;
  if (out_fd >= 0 && n < max) i_out = n, fds[n++] = (struct pollfd){.fd = out_fd, .events = POLLIN};
  if (err_fd >= 0 && n < max) i_err = n, fds[n++] = (struct pollfd){.fd = err_fd, .events = POLLIN};
  if (stdin_fd >= 0 && stdin_len > 0 && n < max)
    i_in = n, fds[n++] = (struct pollfd){.fd = stdin_fd, .events = POLLOUT};
  return n;
}

void stdio_handle(const struct pollfd *fds, size_t n) {
  if (i_out < n && fds[i_out].revents && fds[i_out].fd == out_fd && pump(out_fd, STREAM_STDOUT) < 0) {
    if (out_fd != pty_master) close_fd(&out_fd);
    else out_fd = -1; /* keep the master for resize until the container is gone */
  }
  if (i_err < n && fds[i_err].revents && fds[i_err].fd == err_fd && pump(err_fd, STREAM_STDERR) < 0)
    close_fd(&err_fd);
  if (i_in < n && fds[i_in].revents && fds[i_in].fd == stdin_fd) write_stdin();
}

int sup_stdin_write(const char *data, size_t n) {
  if (stdin_fd < 0 || stdin_close_pending) return -1;
  size_t k = STDIN_BUF - stdin_len < n ? STDIN_BUF - stdin_len : n;
  memcpy(stdin_buf + stdin_len, data, k);
  stdin_len += k;
  return (int)k;
}

int sup_stdin_has_room(void) { return stdin_fd >= 0 && !stdin_close_pending && stdin_len < STDIN_BUF; }

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
