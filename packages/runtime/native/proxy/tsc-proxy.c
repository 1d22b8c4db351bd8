/*
 * tsc-proxy: the userland port publisher of one container (docker-proxy's job), used where
 * nftables cannot DNAT (nft missing, the kernel refusing our table, or
 * TSC_COMPOSE_USERLAND_PROXY=1). One small single-threaded static process per container
 * serves all of its published ports, TCP and UDP: it listens on host-ip:host-port and relays
 * to container-ip:container-port. The runtime starts it when the container's endpoints are
 * attached and kills it when they are detached (src/network/proxy.ts).
 *
 * Every socket is bound before anything is reported, so a port that is taken fails the start
 * with nothing left listening.
 *
 * Usage: tsc-proxy tsc-compose-proxy --root <root> --container <id> <map>...
 *   <map> = tcp|udp:<host-ip>:<host-port>:<container-ip>:<container-port>
 * Prints "ready" once every socket is bound, or
 * "error <proto> <host-ip>:<host-port> <ERRNO> <message>" and exits 1. SIGTERM/SIGINT: exit.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* Per direction of a TCP connection: a relay never holds more than this much unsent data. */
#define BUF_SIZE 16384
#define MAX_CONNS 4096
/* UDP "connections" (client address -> socket to the container), as docker-proxy keeps them. */
#define MAX_FLOWS 1024
#define UDP_IDLE_MS 90000
#define UDP_MAX 65535

enum kind { K_SIGNAL, K_TCP_LISTEN, K_UDP_LISTEN, K_END, K_FLOW };

struct handle { enum kind kind; };

struct flow {
  struct handle h;
  int fd;                    /* connected to the container */
  struct listener *l;
  struct sockaddr_in client;
  struct in_addr local;      /* the address the client sent to: replies come from it */
  long long last;
  int dead;
  struct flow *next, *grave;
};

struct listener {
  struct handle h;
  int fd, udp;
  struct sockaddr_in addr, backend;
  struct flow *flows;
  int nflows;
};

/* Bytes read from one end, waiting to be written to the other. */
struct buf { char *data; size_t off, len; int eof, shut; };

struct conn;
struct end { struct handle h; struct conn *c; int fd; uint32_t events; };

struct conn {
  struct end end[2];  /* 0 = the client, 1 = the container */
  struct buf buf[2];  /* buf[i]: read from end[i], to be written to end[1 - i] */
  int connecting, closed;
  struct conn *grave;
};

static int ep;
static int nconns;
/* Connections that fit the fd limit (two fds each): past it a client is accepted and closed
 * at once, rather than left in the backlog where a level-triggered listener would spin. */
static int max_conns = MAX_CONNS;
static int max_flows = MAX_FLOWS;
static int nflows_total;
static struct handle signal_handle = { K_SIGNAL };
static char udp_buf[UDP_MAX];
/* Closed in this epoll batch, freed after it: a later event of the batch may point to them. */
static struct conn *dead_conns;
static struct flow *dead_flows;

static long long now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int parse_addr(const char *ip, const char *port, struct sockaddr_in *out) {
  char *end;
  long p = strtol(port, &end, 10);
  if (*end || p < 0 || p > 65535) return -1;
  memset(out, 0, sizeof *out);
  out->sin_family = AF_INET;
  out->sin_port = htons((uint16_t)p);
  return inet_pton(AF_INET, *ip ? ip : "0.0.0.0", &out->sin_addr) == 1 ? 0 : -1;
}

/* "tcp:0.0.0.0:8080:172.18.0.2:80" */
static int parse_map(char *s, struct listener *l) {
  char *f[5];
  int n = 0;
  for (char *p = s; n < 5; n++) {
    f[n] = p;
    char *c = strchr(p, ':');
    if (!c) { n++; break; }
    *c = 0;
    p = c + 1;
  }
  if (n != 5) return -1;
  if (strcmp(f[0], "tcp") == 0) l->udp = 0;
  else if (strcmp(f[0], "udp") == 0) l->udp = 1;
  else return -1;
  l->h.kind = l->udp ? K_UDP_LISTEN : K_TCP_LISTEN;
  l->fd = -1;
  return parse_addr(f[1], f[2], &l->addr) == 0 && parse_addr(f[3], f[4], &l->backend) == 0 ? 0 : -1;
}

static int bind_listener(struct listener *l) {
  l->fd = socket(AF_INET, (l->udp ? SOCK_DGRAM : SOCK_STREAM) | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (l->fd < 0) return -1;
  int one = 1;
  /* TCP: a port in TIME_WAIT from the previous run may be bound again (as every server does).
   * Never SO_REUSEPORT: a second listener on the port must fail. */
  if (!l->udp) setsockopt(l->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  else setsockopt(l->fd, IPPROTO_IP, IP_PKTINFO, &one, sizeof one);
  if (bind(l->fd, (struct sockaddr *)&l->addr, sizeof l->addr) < 0) return -1;
  if (!l->udp && listen(l->fd, 511) < 0) return -1;
  struct epoll_event ev = { .events = EPOLLIN, .data.ptr = l };
  return epoll_ctl(ep, EPOLL_CTL_ADD, l->fd, &ev);
}

/* ---- TCP ---- */

static void close_conn(struct conn *c) {
  if (c->closed) return;
  for (int i = 0; i < 2; i++) if (c->end[i].fd >= 0) close(c->end[i].fd);
  c->closed = 1;
  c->grave = dead_conns;
  dead_conns = c;
  nconns--;
}

static int want(struct conn *c, int i, uint32_t *out) {
  uint32_t ev = 0;
  if (!c->buf[i].eof && c->buf[i].len == 0) ev |= EPOLLIN;
  if ((i == 1 && c->connecting) || c->buf[1 - i].len > 0) ev |= EPOLLOUT;
  *out = ev;
  return ev != c->end[i].events;
}

static int update_interest(struct conn *c) {
  for (int i = 0; i < 2; i++) {
    uint32_t ev;
    if (!want(c, i, &ev)) continue;
    struct epoll_event e = { .events = ev, .data.ptr = &c->end[i] };
    if (epoll_ctl(ep, EPOLL_CTL_MOD, c->end[i].fd, &e) < 0) return -1;
    c->end[i].events = ev;
  }
  return 0;
}

/* Moves what can move; returns -1 when the connection is over. */
static int pump(struct conn *c) {
  for (int d = 0; d < 2; d++) {
    struct buf *b = &c->buf[d];
    int to = c->end[1 - d].fd;
    if (c->connecting) break;
    while (b->len > 0) {
      ssize_t n = send(to, b->data + b->off, b->len, MSG_NOSIGNAL);
      if (n < 0) {
        if (errno == EAGAIN || errno == EINTR) break;
        return -1;
      }
      b->off += (size_t)n;
      b->len -= (size_t)n;
    }
    if (b->len == 0) b->off = 0;
    if (b->eof && b->len == 0 && !b->shut) {
      shutdown(to, SHUT_WR);
      b->shut = 1;
    }
  }
  return c->buf[0].shut && c->buf[1].shut ? -1 : 0;
}

static void on_end(struct end *e, uint32_t events) {
  struct conn *c = e->c;
  if (c->closed) return;
  int i = e == &c->end[0] ? 0 : 1;
  if (i == 1 && c->connecting) {
    int err = 0;
    socklen_t len = sizeof err;
    if (getsockopt(e->fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0 || err) { close_conn(c); return; }
    if (!(events & (EPOLLOUT | EPOLLERR | EPOLLHUP))) return;
    c->connecting = 0;
  }
  struct buf *b = &c->buf[i];
  if (events & EPOLLERR) { close_conn(c); return; }
  if (events & (EPOLLIN | EPOLLHUP)) {
    if (!b->eof && b->len == 0) {
      ssize_t n = recv(e->fd, b->data, BUF_SIZE, 0);
      if (n == 0) b->eof = 1;
      else if (n > 0) b->len = (size_t)n;
      else if (errno != EAGAIN && errno != EINTR) { close_conn(c); return; }
    } else if ((events & EPOLLHUP) && !(events & EPOLLIN)) {
      /* Both directions of this end are shut: nothing more can pass through it. */
      close_conn(c);
      return;
    }
  }
  if (pump(c) < 0 || update_interest(c) < 0) close_conn(c);
}

static void on_accept(struct listener *l) {
  for (int k = 0; k < 64; k++) {
    int cfd = accept4(l->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (cfd < 0) return;
    if (nconns >= max_conns) { close(cfd); continue; }
    int sfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    struct conn *c = calloc(1, sizeof *c);
    char *data = malloc(2 * BUF_SIZE);
    if (sfd < 0 || !c || !data) {
      close(cfd);
      if (sfd >= 0) close(sfd);
      free(c);
      free(data);
      continue;
    }
    nconns++;
    c->buf[0].data = data;
    c->buf[1].data = data + BUF_SIZE;
    c->end[0] = (struct end){ { K_END }, c, cfd, 0 };
    c->end[1] = (struct end){ { K_END }, c, sfd, 0 };
    if (connect(sfd, (struct sockaddr *)&l->backend, sizeof l->backend) < 0) {
      if (errno != EINPROGRESS) { close_conn(c); continue; }
      c->connecting = 1;
    }
    int ok = 1;
    for (int i = 0; i < 2 && ok; i++) {
      struct epoll_event e = { .events = 0, .data.ptr = &c->end[i] };
      if (epoll_ctl(ep, EPOLL_CTL_ADD, c->end[i].fd, &e) < 0) ok = 0;
    }
    if (!ok || update_interest(c) < 0) close_conn(c);
  }
}

/* ---- UDP ---- */

static void drop_flow(struct flow *f) {
  struct flow **p = &f->l->flows;
  while (*p && *p != f) p = &(*p)->next;
  if (*p) *p = f->next;
  f->l->nflows--;
  nflows_total--;
  close(f->fd);
  f->dead = 1;
  f->grave = dead_flows;
  dead_flows = f;
}

static struct flow *flow_for(struct listener *l, const struct sockaddr_in *from, struct in_addr local, long long now) {
  for (struct flow *f = l->flows; f; f = f->next)
    if (f->client.sin_port == from->sin_port && f->client.sin_addr.s_addr == from->sin_addr.s_addr) return f;
  if (nflows_total >= max_flows) {
    /* Full: the longest idle flow of this listener makes room (or nothing is tracked). */
    struct flow *old = NULL;
    for (struct flow *f = l->flows; f; f = f->next) if (!old || f->last < old->last) old = f;
    if (!old) return NULL;
    drop_flow(old);
  }
  int fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return NULL;
  struct flow *f = calloc(1, sizeof *f);
  struct epoll_event e = { .events = EPOLLIN, .data.ptr = f };
  if (!f || connect(fd, (struct sockaddr *)&l->backend, sizeof l->backend) < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, fd, &e) < 0) {
    close(fd);
    free(f);
    return NULL;
  }
  *f = (struct flow){ .h = { K_FLOW }, .fd = fd, .l = l, .client = *from, .local = local, .last = now, .next = l->flows };
  l->flows = f;
  l->nflows++;
  nflows_total++;
  return f;
}

static void on_udp_listener(struct listener *l, long long now) {
  for (int k = 0; k < 64; k++) {
    struct sockaddr_in from;
    char cbuf[CMSG_SPACE(sizeof(struct in_pktinfo))];
    struct iovec iov = { udp_buf, sizeof udp_buf };
    struct msghdr m = { .msg_name = &from, .msg_namelen = sizeof from, .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf, .msg_controllen = sizeof cbuf };
    ssize_t n = recvmsg(l->fd, &m, 0);
    if (n < 0) return;
    struct in_addr local = l->addr.sin_addr;
    for (struct cmsghdr *cm = CMSG_FIRSTHDR(&m); cm; cm = CMSG_NXTHDR(&m, cm))
      if (cm->cmsg_level == IPPROTO_IP && cm->cmsg_type == IP_PKTINFO) local = ((struct in_pktinfo *)CMSG_DATA(cm))->ipi_addr;
    struct flow *f = flow_for(l, &from, local, now);
    if (!f) continue;
    f->last = now;
    send(f->fd, udp_buf, (size_t)n, MSG_NOSIGNAL);
  }
}

static void on_flow(struct flow *f, long long now) {
  if (f->dead) return;
  for (int k = 0; k < 64; k++) {
    ssize_t n = recv(f->fd, udp_buf, sizeof udp_buf, 0);
    if (n < 0) {
      /* ECONNREFUSED: nothing listens in the container yet; the flow stays for retries. */
      return;
    }
    f->last = now;
    /* Reply from the address the client wrote to, so a host with several addresses answers
     * from the right one. */
    char cbuf[CMSG_SPACE(sizeof(struct in_pktinfo))];
    memset(cbuf, 0, sizeof cbuf);
    struct iovec iov = { udp_buf, (size_t)n };
    struct msghdr m = { .msg_name = &f->client, .msg_namelen = sizeof f->client, .msg_iov = &iov, .msg_iovlen = 1 };
    if (f->local.s_addr != INADDR_ANY) {
      m.msg_control = cbuf;
      m.msg_controllen = sizeof cbuf;
      struct cmsghdr *cm = CMSG_FIRSTHDR(&m);
      cm->cmsg_level = IPPROTO_IP;
      cm->cmsg_type = IP_PKTINFO;
      cm->cmsg_len = CMSG_LEN(sizeof(struct in_pktinfo));
      ((struct in_pktinfo *)CMSG_DATA(cm))->ipi_spec_dst = f->local;
    }
    sendmsg(f->l->fd, &m, MSG_NOSIGNAL);
  }
}

static void expire_flows(struct listener *ls, int n, long long now) {
  for (int i = 0; i < n; i++) {
    struct flow *f = ls[i].flows;
    while (f) {
      struct flow *next = f->next;
      if (now - f->last > UDP_IDLE_MS) drop_flow(f);
      f = next;
    }
  }
}

int main(int argc, char **argv) {
  int first = 0;
  for (int i = 1; i < argc; i++) {
    if ((strcmp(argv[i], "--root") == 0 || strcmp(argv[i], "--container") == 0) && i + 1 < argc) i++;
    else if (argv[i][0] != '-' && strchr(argv[i], ':')) { first = i; break; }
  }
  int nl = first ? argc - first : 0;
  if (nl == 0) {
    fprintf(stderr, "usage: tsc-proxy tsc-compose-proxy --root <root> --container <id> tcp|udp:<host-ip>:<host-port>:<container-ip>:<container-port>...\n");
    return 2;
  }
  struct listener *ls = calloc((size_t)nl, sizeof *ls);
  if (!ls) return 1;
  for (int i = 0; i < nl; i++) {
    char copy[128];
    snprintf(copy, sizeof copy, "%s", argv[first + i]);
    if (parse_map(copy, &ls[i]) < 0) {
      printf("error - %s EINVAL invalid mapping\n", argv[first + i]);
      return 1;
    }
  }
  signal(SIGPIPE, SIG_IGN);
  struct rlimit rl;
  if (getrlimit(RLIMIT_NOFILE, &rl) == 0) {
    rl.rlim_cur = rl.rlim_max;
    setrlimit(RLIMIT_NOFILE, &rl);
    getrlimit(RLIMIT_NOFILE, &rl);
    /* Two thirds of the spare fds for TCP (two per connection), one third for UDP flows. */
    long spare = (long)rl.rlim_cur - nl - 16;
    if (spare / 3 < max_conns) max_conns = spare / 3 > 1 ? (int)(spare / 3) : 1;
    if (spare / 3 < max_flows) max_flows = spare / 3 > 1 ? (int)(spare / 3) : 1;
  }
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGTERM);
  sigaddset(&mask, SIGINT);
  sigaddset(&mask, SIGHUP);
  sigprocmask(SIG_BLOCK, &mask, NULL);
  int sfd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
  ep = epoll_create1(EPOLL_CLOEXEC);
  struct epoll_event sev = { .events = EPOLLIN, .data.ptr = &signal_handle };
  if (sfd < 0 || ep < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, sfd, &sev) < 0) {
    printf("error - - %s %s\n", strerrorname_np(errno) ? strerrorname_np(errno) : "EIO", strerror(errno));
    return 1;
  }
  for (int i = 0; i < nl; i++) {
    if (bind_listener(&ls[i]) == 0) continue;
    int err = errno;
    char ip[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &ls[i].addr.sin_addr, ip, sizeof ip);
    printf("error %s %s:%u %s %s\n", ls[i].udp ? "udp" : "tcp", ip, ntohs(ls[i].addr.sin_port), strerrorname_np(err) ? strerrorname_np(err) : "EIO", strerror(err));
    return 1;  /* exit closes every socket bound so far: nothing half-made */
  }
  /* Hold no directory of the caller (a test's temp dir, a mount) busy. */
  if (chdir("/") < 0) { /* keep going: only a nicety */ }
  printf("ready\n");
  fflush(stdout);
  int devnull = open("/dev/null", O_RDWR | O_CLOEXEC);
  if (devnull >= 0) {
    dup2(devnull, 0);
    dup2(devnull, 1);
    dup2(devnull, 2);
    close(devnull);
  }

  long long next_sweep = now_ms() + UDP_IDLE_MS / 3;
  for (;;) {
    struct epoll_event evs[64];
    long long now = now_ms();
    int timeout = nflows_total > 0 ? (int)(next_sweep > now ? next_sweep - now : 0) : -1;
    int n = epoll_wait(ep, evs, 64, timeout);
    if (n < 0 && errno != EINTR) return 1;
    now = now_ms();
    for (int i = 0; i < n; i++) {
      struct handle *h = evs[i].data.ptr;
      switch (h->kind) {
      case K_SIGNAL: return 0;
      case K_TCP_LISTEN: on_accept((struct listener *)h); break;
      case K_UDP_LISTEN: on_udp_listener((struct listener *)h, now); break;
      case K_END: on_end((struct end *)h, evs[i].events); break;
      case K_FLOW: on_flow((struct flow *)h, now); break;
      }
    }
    while (dead_conns) {
      struct conn *c = dead_conns;
      dead_conns = c->grave;
      free(c->buf[0].data);
      free(c);
    }
    while (dead_flows) {
      struct flow *f = dead_flows;
      dead_flows = f->grave;
      free(f);
    }
    if (nflows_total > 0 && now >= next_sweep) {
      expire_flows(ls, nl, now);
      next_sweep = now + UDP_IDLE_MS / 3;
    }
  }
}
