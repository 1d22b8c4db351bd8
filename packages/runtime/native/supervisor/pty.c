/*
 * pty.c: terminals for `start`/`exec` with a tty, and waiting with signal forwarding.
 *
 * The pty is opened by the child from the container's own /dev/ptmx (its devpts instance),
 * so inside the container the slave is /dev/pts/0 like under docker; the master travels back
 * to the parent over a unix socket (SCM_RIGHTS), as runc's console socket does.
 */
#define _GNU_SOURCE
#include "child.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

static int send_fd(int sock, int fd) {
  char byte = 'm';
  struct iovec iov = {&byte, 1};
  union {
    struct cmsghdr h;
    char buf[CMSG_SPACE(sizeof(int))];
  } u;
  memset(&u, 0, sizeof u);
  struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf};
  struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
  c->cmsg_level = SOL_SOCKET;
  c->cmsg_type = SCM_RIGHTS;
  c->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(c), &fd, sizeof fd);
  ssize_t n;
  do n = sendmsg(sock, &msg, MSG_NOSIGNAL);
  while (n < 0 && errno == EINTR);
  return n == 1 ? 0 : -1;
}

int pty_recv_master(int sock) {
  char byte;
  struct iovec iov = {&byte, 1};
  union {
    struct cmsghdr h;
    char buf[CMSG_SPACE(sizeof(int))];
  } u;
  struct msghdr msg = {.msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf, .msg_controllen = sizeof u.buf};
  ssize_t n;
  do n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
  while (n < 0 && errno == EINTR);
  if (n != 1) return -1;
  struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
  if (!c || c->cmsg_type != SCM_RIGHTS) return -1;
  int fd;
  memcpy(&fd, CMSG_DATA(c), sizeof fd);
  return fd;
}

int pty_setup_child(int sock, int bind_console, struct start_error *e) {
  int master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (master < 0) return sys_fail(e, "tty", "open", "/dev/ptmx");
  int unlock = 0;
  if (ioctl(master, TIOCSPTLCK, &unlock) < 0) return sys_fail(e, "tty", "ioctl(TIOCSPTLCK)", "/dev/ptmx");
  int slave = ioctl(master, TIOCGPTPEER, O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (slave < 0) return sys_fail(e, "tty", "ioctl(TIOCGPTPEER)", "/dev/ptmx");
  if (send_fd(sock, master) < 0) return sys_fail(e, "tty", "sendmsg", "pty master");
  close(master);
  if (bind_console) {
    char src[64];
    snprintf(src, sizeof src, "/proc/self/fd/%d", slave);
    int fd = open("/dev/console", O_CREAT | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd >= 0) close(fd);
    if (mount(src, "/dev/console", NULL, MS_BIND, NULL) < 0) return sys_fail(e, "tty", "bind pty on", "/dev/console");
  }
  if (setsid() < 0) return sys_fail(e, "tty", "setsid", NULL);
  if (ioctl(slave, TIOCSCTTY, 0) < 0) return sys_fail(e, "tty", "ioctl(TIOCSCTTY)", NULL);
  for (int i = 0; i < 3; i++)
    if (dup2(slave, i) < 0) return sys_fail(e, "tty", "dup2", NULL);
  if (slave > 2) close(slave);
  return 0;
}

void pty_copy_winsize(int master) {
  struct winsize ws;
  if (ioctl(0, TIOCGWINSZ, &ws) == 0 || ioctl(1, TIOCGWINSZ, &ws) == 0) ioctl(master, TIOCSWINSZ, &ws);
}

/* Blocks SIGCHLD, SIGWINCH and the forwarded signals and returns a signalfd for them. */
static int signals_fd(const int *forward, sigset_t *old) {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGCHLD);
  sigaddset(&set, SIGWINCH);
  for (; forward && *forward; forward++) sigaddset(&set, *forward);
  sigprocmask(SIG_BLOCK, &set, old);
  return signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
}

static int reaped(pid_t pid, int *status) {
  pid_t r;
  do r = waitpid(pid, status, WNOHANG);
  while (r < 0 && errno == EINTR);
  return r == pid || (r < 0 && errno == ECHILD);
}

/* Handles pending signals; returns 1 once pid has exited. */
static int drain_signals(int sfd, pid_t pid, int master, int *status) {
  struct signalfd_siginfo si;
  int done = 0;
  while (read(sfd, &si, sizeof si) == sizeof si) {
    if (si.ssi_signo == SIGCHLD) continue;
    if (si.ssi_signo == SIGWINCH) {
      if (master >= 0) pty_copy_winsize(master);
      continue;
    }
    kill(pid, si.ssi_signo);
  }
  if (reaped(pid, status)) done = 1;
  return done;
}

int wait_forwarding(pid_t pid, const int *forward) {
  sigset_t old;
  int status = 0;
  int sfd = signals_fd(forward, &old);
  while (!drain_signals(sfd, pid, -1, &status)) {
    struct pollfd p = {sfd, POLLIN, 0};
    poll(&p, 1, -1);
  }
  close(sfd);
  sigprocmask(SIG_SETMASK, &old, NULL);
  return status;
}

static void copy_out(int master) {
  char buf[16384];
  for (;;) {
    ssize_t n = read(master, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    if (write_full(1, buf, n) < 0) return;
  }
}

int pty_relay_wait(int master, pid_t pid, int relay_stdin, const int *forward) {
  sigset_t old;
  int status = 0;
  struct termios saved;
  int raw = relay_stdin && isatty(0) && tcgetattr(0, &saved) == 0;
  if (raw) {
    struct termios t = saved;
    cfmakeraw(&t);
    tcsetattr(0, TCSANOW, &t);
  }
  pty_copy_winsize(master);
  int sfd = signals_fd(forward, &old);
  int in_open = relay_stdin, out_open = 1;
  char buf[16384];
  for (;;) {
    if (drain_signals(sfd, pid, master, &status)) break;
    struct pollfd p[3] = {{sfd, POLLIN, 0}, {out_open ? master : -1, POLLIN, 0}, {in_open ? 0 : -1, POLLIN, 0}};
    if (poll(p, 3, -1) < 0 && errno != EINTR) break;
    if (p[1].revents) {
      ssize_t n = read(master, buf, sizeof buf);
      if (n > 0) write_full(1, buf, n);
      else if (n == 0 || (errno != EINTR && errno != EAGAIN)) out_open = 0; /* EIO: every slave closed */
    }
    if (p[2].revents) {
      ssize_t n = read(0, buf, sizeof buf);
      if (n > 0) write_full(master, buf, n);
      else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
        in_open = 0;
        char eof = 4; /* ^D: the canonical-mode end of input for the program inside */
        write(master, &eof, 1);
      }
    }
  }
  /* the process is gone: print what it wrote last, without waiting for other holders of the
   * slave (background processes) */
  int fl = fcntl(master, F_GETFL);
  fcntl(master, F_SETFL, fl | O_NONBLOCK);
  if (out_open) copy_out(master);
  close(sfd);
  sigprocmask(SIG_SETMASK, &old, NULL);
  if (raw) tcsetattr(0, TCSANOW, &saved);
  return status;
}
