/*
 * tsc-dns: the embedded DNS responder of one tsc-compose state root (aardvark-dns's model).
 * One small single-threaded static process listens on UDP and TCP port 53 of every
 * DNS-enabled network's gateway, answers container names, aliases and services (all
 * replicas, rotated) scoped to the networks of the asking container, and forwards other
 * names to upstream resolvers. Its input is <root>/networks/dns.records, written by the
 * runtime (src/network/dns/records.ts) under the network lock:
 *
 *   upstream <ip>[:<port>]                      default upstreams, in order
 *   net <gateway-ip>                            a network to listen on
 *   ctr <container-id> <ip[:port],...|->        a container's own upstreams (--dns)
 *   ep <gateway-ip> <container-id> <ip> <ptr-name> <name>...   names are lower case
 *
 * SIGHUP reloads the file (also re-read when a lookup misses and the file changed). With no
 * network left it exits, so removing the last network leaves no process behind.
 * Usage: tsc-dns tsc-compose-dns --root <root> [--port N]  (prints "ready" once listening)
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_NETS 256
#define MAX_EPS 8192
#define MAX_NAMES 16
#define MAX_UPSTREAMS 8
#define MAX_CTRS 4096
#define MAX_FWD 1024
#define MAX_CONNS 64
#define TTL 600
#define FORWARD_TIMEOUT_MS 2000
#define MAXMSG 4096

struct upstream { struct sockaddr_in addr; };
struct net { struct in_addr gw; int udp, tcp; };
struct ep { int net; char cid[65]; struct in_addr ip; char *ptr; char *names[MAX_NAMES]; int nnames; };
struct ctr { char cid[65]; struct upstream ups[MAX_UPSTREAMS]; int nups; };
struct conn { int fd; struct in_addr gw; struct sockaddr_in peer; uint8_t buf[MAXMSG + 2]; size_t len; long long last; };
struct fwd {
  int used; uint16_t id, orig_id; int udp_fd; int conn_fd; struct sockaddr_in client;
  struct upstream ups[MAX_UPSTREAMS]; int nups, next; long long deadline; uint8_t q[MAXMSG]; size_t qlen;
};

static const char *records_path;
static int port = 53;
static struct upstream defaults[MAX_UPSTREAMS];
static int ndefaults;
static struct net nets[MAX_NETS];
static int nnets;
static struct ep eps[MAX_EPS];
static int neps;
static struct ctr ctrs[MAX_CTRS];
static int nctrs;
static struct conn conns[MAX_CONNS];
static struct fwd fwds[MAX_FWD];
static int fwd_sock = -1;
static char *text;  /* the records file; names point into it */
static struct timespec text_mtime;
static uint32_t rotation[256];
static unsigned generation; /* bumped by load(): socket fds and indexes changed */

static long long now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static int parse_upstream(const char *s, struct upstream *u) {
  char host[64];
  int p = 53;
  const char *colon = strchr(s, ':');
  size_t n = colon ? (size_t)(colon - s) : strlen(s);
  if (n == 0 || n >= sizeof host) return -1;
  memcpy(host, s, n);
  host[n] = 0;
  if (colon) p = atoi(colon + 1);
  memset(u, 0, sizeof *u);
  u->addr.sin_family = AF_INET;
  u->addr.sin_port = htons((uint16_t)p);
  return inet_pton(AF_INET, host, &u->addr.sin_addr) == 1 ? 0 : -1;
}

static int find_net(struct in_addr a) {
  for (int i = 0; i < nnets; i++) if (nets[i].gw.s_addr == a.s_addr) return i;
  return -1;
}

static int bind_sock(int type, struct in_addr a) {
  int fd = socket(AF_INET, type | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) return -1;
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port), .sin_addr = a };
  if (bind(fd, (struct sockaddr *)&sa, sizeof sa) != 0 || (type == SOCK_STREAM && listen(fd, 64) != 0)) {
    char ip[32];
    inet_ntop(AF_INET, &a, ip, sizeof ip);
    fprintf(stderr, "tsc-dns: cannot listen on %s:%d: %s\n", ip, port, strerror(errno));
    close(fd);
    return -1;
  }
  return fd;
}

/* Re-reads the records; keeps the sockets of networks that stay. Returns the network count. */
static int load(void) {
  struct stat st;
  char *buf = NULL;
  int fd = open(records_path, O_RDONLY | O_CLOEXEC);
  /* The runtime replaces the file by unlink + rename: missing means "in the gap", not "empty". */
  if (fd < 0 && errno == ENOENT && text) return nnets;
  if (fd >= 0 && fstat(fd, &st) == 0) {
    buf = malloc((size_t)st.st_size + 1);
    ssize_t n = buf ? read(fd, buf, (size_t)st.st_size) : -1;
    if (n < 0) n = 0;
    if (buf) buf[n] = 0;
    text_mtime = st.st_mtim;
  }
  if (fd >= 0) close(fd);
  if (!buf) buf = calloc(1, 1);
  struct net old[MAX_NETS];
  int nold = nnets;
  memcpy(old, nets, sizeof(struct net) * (size_t)nnets);
  nnets = neps = nctrs = ndefaults = 0;
  char *save = NULL;
  for (char *line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    char *w[4 + MAX_NAMES];
    int nw = 0;
    char *s2 = NULL;
    for (char *t = strtok_r(line, " ", &s2); t && nw < 4 + MAX_NAMES; t = strtok_r(NULL, " ", &s2)) w[nw++] = t;
    if (nw == 2 && strcmp(w[0], "upstream") == 0 && ndefaults < MAX_UPSTREAMS) {
      if (parse_upstream(w[1], &defaults[ndefaults]) == 0) ndefaults++;
    } else if (nw == 2 && strcmp(w[0], "net") == 0 && nnets < MAX_NETS) {
      struct net *n = &nets[nnets];
      if (inet_pton(AF_INET, w[1], &n->gw) != 1) continue;
      n->udp = n->tcp = -1;
      nnets++;
    } else if (nw == 3 && strcmp(w[0], "ctr") == 0 && nctrs < MAX_CTRS) {
      struct ctr *c = &ctrs[nctrs++];
      snprintf(c->cid, sizeof c->cid, "%s", w[1]);
      c->nups = 0;
      char *s3 = NULL;
      if (strcmp(w[2], "-") != 0)
        for (char *u = strtok_r(w[2], ",", &s3); u && c->nups < MAX_UPSTREAMS; u = strtok_r(NULL, ",", &s3))
          if (parse_upstream(u, &c->ups[c->nups]) == 0) c->nups++;
    } else if (nw >= 5 && strcmp(w[0], "ep") == 0 && neps < MAX_EPS) {
      struct in_addr gw;
      struct ep *e = &eps[neps];
      if (inet_pton(AF_INET, w[1], &gw) != 1 || inet_pton(AF_INET, w[3], &e->ip) != 1) continue;
      if ((e->net = find_net(gw)) < 0) continue;
      snprintf(e->cid, sizeof e->cid, "%s", w[2]);
      e->ptr = w[4];
      e->nnames = 0;
      for (int i = 5; i < nw; i++) e->names[e->nnames++] = w[i];
      neps++;
    }
  }
  free(text);
  text = buf;
  generation++;
  /* sockets: keep those of networks still there, close the others, bind the new ones */
  for (int i = 0; i < nnets; i++) {
    for (int j = 0; j < nold; j++) {
      if (old[j].gw.s_addr == nets[i].gw.s_addr) {
        nets[i].udp = old[j].udp;
        nets[i].tcp = old[j].tcp;
        old[j].udp = old[j].tcp = -1;
      }
    }
    if (nets[i].udp < 0) nets[i].udp = bind_sock(SOCK_DGRAM, nets[i].gw);
    if (nets[i].tcp < 0) nets[i].tcp = bind_sock(SOCK_STREAM, nets[i].gw);
  }
  for (int j = 0; j < nold; j++) {
    if (old[j].udp >= 0) close(old[j].udp);
    if (old[j].tcp >= 0) close(old[j].tcp);
  }
  return nnets;
}

static int records_changed(void) {
  struct stat st;
  if (stat(records_path, &st) != 0) return 0;
  return st.st_mtim.tv_sec != text_mtime.tv_sec || st.st_mtim.tv_nsec != text_mtime.tv_nsec;
}

/* ---- DNS wire format ---- */

/* Reads the question name (no compression in questions) as a lower-case dotted string. */
static int read_qname(const uint8_t *m, size_t len, size_t *off, char *out, size_t outlen) {
  size_t o = *off, w = 0;
  while (o < len) {
    uint8_t l = m[o++];
    if (l == 0) {
      if (w > 0 && out[w - 1] == '.') w--;
      out[w] = 0;
      *off = o;
      return 0;
    }
    if (l & 0xc0 || o + l > len || w + l + 2 > outlen) return -1;
    for (uint8_t i = 0; i < l; i++) {
      char c = (char)m[o + i];
      out[w++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    out[w++] = '.';
    o += l;
  }
  return -1;
}

static size_t put_name(uint8_t *p, size_t cap, const char *name) {
  size_t w = 0;
  while (*name) {
    const char *dot = strchr(name, '.');
    size_t l = dot ? (size_t)(dot - name) : strlen(name);
    if (l == 0 || l > 63 || w + l + 2 > cap) return 0;
    p[w++] = (uint8_t)l;
    memcpy(p + w, name, l);
    w += l;
    name += l + (dot ? 1 : 0);
  }
  if (w + 1 > cap) return 0;
  p[w++] = 0;
  return w;
}

static const struct ctr *find_ctr(const char *cid) {
  for (int i = 0; i < nctrs; i++) if (strcmp(ctrs[i].cid, cid) == 0) return &ctrs[i];
  return NULL;
}

/* Networks of the asking container (docker answers from all of them); else the receiving one. */
static int scope_of(int net, struct in_addr client, int *scope, const char **cid) {
  *cid = NULL;
  for (int i = 0; i < neps; i++) {
    if (eps[i].net == net && eps[i].ip.s_addr == client.s_addr) {
      *cid = eps[i].cid;
      break;
    }
  }
  if (!*cid) {
    scope[0] = net;
    return 1;
  }
  int n = 0;
  for (int i = 0; i < neps && n < MAX_NETS; i++) {
    if (strcmp(eps[i].cid, *cid) != 0) continue;
    int dup = 0;
    for (int k = 0; k < n; k++) dup |= scope[k] == eps[i].net;
    if (!dup) scope[n++] = eps[i].net;
  }
  return n;
}

static int in_scope(int net, const int *scope, int n) {
  for (int i = 0; i < n; i++) if (scope[i] == net) return 1;
  return 0;
}

static int cmp_ip(const void *a, const void *b) {
  uint32_t x = ntohl(((const struct in_addr *)a)->s_addr), y = ntohl(((const struct in_addr *)b)->s_addr);
  return x < y ? -1 : x > y;
}

/*
 * Builds a local answer into out. Returns its length, 0 when the name is not ours (forward
 * it), -1 for a malformed query.
 */
static int answer_local(const uint8_t *q, size_t qlen, int net, struct in_addr client, uint8_t *out, size_t cap) {
  if (qlen < 12 || (q[2] & 0x80) || ((q[4] << 8) | q[5]) < 1) return -1;
  size_t off = 12;
  char name[256];
  if (read_qname(q, qlen, &off, name, sizeof name) != 0 || off + 4 > qlen) return -1;
  uint16_t qtype = (uint16_t)((q[off] << 8) | q[off + 1]);
  size_t qend = off + 4;
  int scope[MAX_NETS];
  const char *cid;
  int ns = scope_of(net, client, scope, &cid);
  struct in_addr ips[256];
  int nips = 0;
  const char *ptr = NULL;
  if (qtype == 12) { /* PTR: d.c.b.a.in-addr.arpa */
    unsigned a, b, c, d;
    char tail[32];
    if (sscanf(name, "%u.%u.%u.%u.%31s", &d, &c, &b, &a, tail) == 5 && strcmp(tail, "in-addr.arpa") == 0) {
      uint32_t ip = htonl((a << 24) | (b << 16) | (c << 8) | d);
      for (int i = 0; i < neps && !ptr; i++)
        if (in_scope(eps[i].net, scope, ns) && eps[i].ip.s_addr == ip) ptr = eps[i].ptr;
    }
    if (!ptr) return 0;
  } else {
    for (int i = 0; i < neps && nips < 256; i++) {
      if (!in_scope(eps[i].net, scope, ns)) continue;
      for (int k = 0; k < eps[i].nnames; k++) {
        if (strcmp(eps[i].names[k], name) != 0) continue;
        int dup = 0;
        for (int j = 0; j < nips; j++) dup |= ips[j].s_addr == eps[i].ip.s_addr;
        if (!dup) ips[nips++] = eps[i].ip;
        break;
      }
    }
    if (nips == 0) return 0;
  }
  if (qend > cap) return -1;
  memcpy(out, q, qend);
  out[2] = (uint8_t)(0x84 | (q[2] & 0x01)); /* QR, AA, keep RD */
  out[3] = 0x80;                            /* RA, NOERROR */
  out[4] = 0; out[5] = 1;                   /* one question */
  memset(out + 6, 0, 6);
  size_t w = qend;
  int an = 0;
  if (ptr) {
    uint8_t rdata[256];
    size_t rl = put_name(rdata, sizeof rdata, ptr);
    if (rl == 0 || w + 12 + rl > cap) return -1;
    uint8_t rr[10] = { 0, 12, 0, 1, (TTL >> 24) & 255, (TTL >> 16) & 255, (TTL >> 8) & 255, TTL & 255, (uint8_t)(rl >> 8), (uint8_t)rl };
    out[w++] = 0xc0; out[w++] = 12;
    memcpy(out + w, rr, 10); w += 10;
    memcpy(out + w, rdata, rl); w += rl;
    an = 1;
  } else if (qtype == 1 || qtype == 255) {
    /* every replica, sorted, then rotated one step per query of that name (round robin) */
    qsort(ips, (size_t)nips, sizeof ips[0], cmp_ip);
    uint32_t h = 2166136261u;
    for (const char *p = name; *p; p++) h = (h ^ (uint8_t)*p) * 16777619u;
    uint32_t r = rotation[h & 255]++;
    for (int i = 0; i < nips && w + 16 <= cap; i++) {
      struct in_addr ip = ips[(r + (uint32_t)i) % (uint32_t)nips];
      uint8_t rr[12] = { 0xc0, 12, 0, 1, 0, 1, (TTL >> 24) & 255, (TTL >> 16) & 255, (TTL >> 8) & 255, TTL & 255, 0, 4 };
      memcpy(out + w, rr, 12); w += 12;
      memcpy(out + w, &ip.s_addr, 4); w += 4;
      an++;
    }
  }
  /* AAAA and other types of a known name: empty NOERROR (never leak our names upstream) */
  out[6] = (uint8_t)(an >> 8);
  out[7] = (uint8_t)an;
  return (int)w;
}

static size_t servfail(const uint8_t *q, size_t qlen, uint8_t *out) {
  /* header + the question only (no EDNS or other sections) */
  size_t n = 12, off = 12;
  char name[256];
  memset(out, 0, 12);
  memcpy(out, q, qlen < 12 ? qlen : 12);
  if (qlen >= 12 && read_qname(q, qlen, &off, name, sizeof name) == 0 && off + 4 <= qlen) {
    memcpy(out + 12, q + 12, off + 4 - 12);
    n = off + 4;
    out[4] = 0; out[5] = 1;
  } else {
    out[4] = out[5] = 0;
  }
  out[2] = (uint8_t)(0x80 | (qlen > 2 ? q[2] & 0x01 : 0));
  out[3] = 0x82;
  memset(out + 6, 0, 6);
  return n;
}

static void send_tcp(int fd, const uint8_t *m, size_t len) {
  uint8_t hdr[2] = { (uint8_t)(len >> 8), (uint8_t)len };
  struct iovec iov[2] = { { hdr, 2 }, { (void *)m, len } };
  struct msghdr mh = { .msg_iov = iov, .msg_iovlen = 2 };
  (void)sendmsg(fd, &mh, MSG_NOSIGNAL);
}

static void reply(struct fwd *f, const uint8_t *m, size_t len) {
  if (f->conn_fd >= 0) send_tcp(f->conn_fd, m, len);
  else sendto(f->udp_fd, m, len, 0, (struct sockaddr *)&f->client, sizeof f->client);
}

static void fwd_send(struct fwd *f) {
  f->q[0] = (uint8_t)(f->id >> 8);
  f->q[1] = (uint8_t)f->id;
  sendto(fwd_sock, f->q, f->qlen, 0, (const struct sockaddr *)&f->ups[f->next].addr, sizeof(struct sockaddr_in));
  f->deadline = now_ms() + FORWARD_TIMEOUT_MS;
}

static void fwd_fail(struct fwd *f) {
  uint8_t out[MAXMSG];
  f->q[0] = (uint8_t)(f->orig_id >> 8);
  f->q[1] = (uint8_t)f->orig_id;
  reply(f, out, servfail(f->q, f->qlen, out));
  f->used = 0;
}

static void forward(const uint8_t *q, size_t qlen, int net, struct in_addr client_ip, int udp_fd, int conn_fd, const struct sockaddr_in *client) {
  int scope[MAX_NETS];
  const char *cid;
  scope_of(net, client_ip, scope, &cid);
  const struct ctr *c = cid ? find_ctr(cid) : NULL;
  const struct upstream *ups = c && c->nups ? c->ups : defaults;
  int nups = c && c->nups ? c->nups : ndefaults;
  struct fwd *f = NULL;
  for (int i = 0; i < MAX_FWD && !f; i++) if (!fwds[i].used) f = &fwds[i];
  uint8_t out[MAXMSG];
  if (!f || nups == 0 || qlen > MAXMSG) {
    size_t n = servfail(q, qlen, out);
    if (conn_fd >= 0) send_tcp(conn_fd, out, n);
    else sendto(udp_fd, out, n, 0, (const struct sockaddr *)client, sizeof *client);
    return;
  }
  memset(f, 0, sizeof *f);
  f->used = 1;
  f->orig_id = (uint16_t)((q[0] << 8) | q[1]);
  f->id = (uint16_t)(rand() & 0xffff);
  f->udp_fd = udp_fd;
  f->conn_fd = conn_fd;
  if (client) f->client = *client;
  memcpy(f->ups, ups, sizeof(struct upstream) * (size_t)nups);
  f->nups = nups;
  memcpy(f->q, q, qlen);
  f->qlen = qlen;
  fwd_send(f);
}

static void on_upstream(void) {
  uint8_t m[MAXMSG];
  struct sockaddr_in from;
  socklen_t fl = sizeof from;
  ssize_t n = recvfrom(fwd_sock, m, sizeof m, 0, (struct sockaddr *)&from, &fl);
  if (n < 12) return;
  uint16_t id = (uint16_t)((m[0] << 8) | m[1]);
  for (int i = 0; i < MAX_FWD; i++) {
    struct fwd *f = &fwds[i];
    if (!f->used || f->id != id) continue;
    const struct sockaddr_in *u = &f->ups[f->next].addr;
    if (u->sin_addr.s_addr != from.sin_addr.s_addr || u->sin_port != from.sin_port) continue;
    m[0] = (uint8_t)(f->orig_id >> 8);
    m[1] = (uint8_t)f->orig_id;
    reply(f, m, (size_t)n);
    f->used = 0;
    return;
  }
}

static void handle(const uint8_t *q, size_t qlen, int net, struct in_addr client_ip, int udp_fd, int conn_fd, const struct sockaddr_in *client) {
  uint8_t out[MAXMSG];
  int n = answer_local(q, qlen, net, client_ip, out, sizeof out);
  if (n == 0 && records_changed()) {
    /* a container started a moment ago and its SIGHUP is still on the way: look again */
    struct in_addr gw = nets[net].gw;
    if (load() == 0) exit(0);
    if ((net = find_net(gw)) < 0) return;
    n = answer_local(q, qlen, net, client_ip, out, sizeof out);
  }
  if (n < 0) return;
  if (n > 0) {
    if (conn_fd >= 0) send_tcp(conn_fd, out, (size_t)n);
    else sendto(udp_fd, out, (size_t)n, 0, (const struct sockaddr *)client, sizeof *client);
    return;
  }
  forward(q, qlen, net, client_ip, udp_fd, conn_fd, client);
}

static void close_conn(struct conn *c) {
  for (int i = 0; i < MAX_FWD; i++) if (fwds[i].used && fwds[i].conn_fd == c->fd) fwds[i].used = 0;
  close(c->fd);
  c->fd = -1;
}

static void on_conn(struct conn *c) {
  ssize_t n = read(c->fd, c->buf + c->len, sizeof c->buf - c->len);
  if (n <= 0) {
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
    close_conn(c);
    return;
  }
  c->len += (size_t)n;
  c->last = now_ms();
  while (c->len >= 2) {
    size_t ml = ((size_t)c->buf[0] << 8) | c->buf[1];
    if (ml > MAXMSG) {
      close_conn(c);
      return;
    }
    if (c->len < 2 + ml) break;
    int net = find_net(c->gw);
    if (net < 0) {
      close_conn(c);
      return;
    }
    handle(c->buf + 2, ml, net, c->peer.sin_addr, -1, c->fd, &c->peer);
    if (c->fd < 0) return;
    memmove(c->buf, c->buf + 2 + ml, c->len - 2 - ml);
    c->len -= 2 + ml;
  }
}

static void quit(int code) {
  char pidfile[4096], buf[32];
  snprintf(pidfile, sizeof pidfile, "%.*s/dns.pid", (int)(strrchr(records_path, '/') - records_path), records_path);
  int fd = open(pidfile, O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n > 0) {
      buf[n] = 0;
      if (atoi(buf) == getpid()) unlink(pidfile);
    }
  }
  exit(code);
}

int main(int argc, char **argv) {
  // Checked before this process opens anything (which could itself become fd 3).
  int report = fcntl(3, F_GETFD) >= 0 ? 3 : 1;
  const char *root = NULL;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--root") == 0 && i + 1 < argc) root = argv[++i];
    else if (strcmp(argv[i], "--port") == 0 && i + 1 < argc) port = atoi(argv[++i]);
  }
  if (!root) {
    fprintf(stderr, "usage: tsc-dns tsc-compose-dns --root <state root> [--port N]\n");
    return 2;
  }
  static char path[4096];
  snprintf(path, sizeof path, "%s/networks/dns.records", root);
  records_path = path;
  srand((unsigned)(getpid() ^ time(NULL)));
  signal(SIGPIPE, SIG_IGN);
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGHUP);
  sigaddset(&mask, SIGTERM);
  sigaddset(&mask, SIGINT);
  sigprocmask(SIG_BLOCK, &mask, NULL);
  int sfd = signalfd(-1, &mask, SFD_CLOEXEC | SFD_NONBLOCK);
  fwd_sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  for (int i = 0; i < MAX_CONNS; i++) conns[i].fd = -1;
  if (load() == 0) quit(0);
  // The starter waits for this line: on fd 3 when it gave us a report pipe there (the
  // runtime's posix_spawn), else on stdout. Then the pipe goes: the starter sees its end.
  if (write(report, "ready\n", 6) < 0) { /* parent gone: keep serving */ }
  int devnull = open("/dev/null", O_RDWR | O_CLOEXEC);
  if (devnull >= 0) dup2(devnull, 1);
  if (report == 3) close(3);

  for (;;) {
    struct pollfd pf[2 + 2 * MAX_NETS + MAX_CONNS];
    int kind[2 + 2 * MAX_NETS + MAX_CONNS], idx[2 + 2 * MAX_NETS + MAX_CONNS];
    int np = 0;
    pf[np] = (struct pollfd){ sfd, POLLIN, 0 }; kind[np++] = 0;
    pf[np] = (struct pollfd){ fwd_sock, POLLIN, 0 }; kind[np++] = 1;
    for (int i = 0; i < nnets; i++) {
      if (nets[i].udp >= 0) { pf[np] = (struct pollfd){ nets[i].udp, POLLIN, 0 }; kind[np] = 2; idx[np++] = i; }
      if (nets[i].tcp >= 0) { pf[np] = (struct pollfd){ nets[i].tcp, POLLIN, 0 }; kind[np] = 3; idx[np++] = i; }
    }
    for (int i = 0; i < MAX_CONNS; i++)
      if (conns[i].fd >= 0) { pf[np] = (struct pollfd){ conns[i].fd, POLLIN, 0 }; kind[np] = 4; idx[np++] = i; }
    long long now = now_ms(), next = now + 1000;
    for (int i = 0; i < MAX_FWD; i++) if (fwds[i].used && fwds[i].deadline < next) next = fwds[i].deadline;
    int r = poll(pf, (nfds_t)np, (int)(next > now ? next - now : 0));
    if (r < 0 && errno != EINTR) return 1;
    now = now_ms();
    for (int i = 0; i < MAX_FWD; i++) {
      struct fwd *f = &fwds[i];
      if (!f->used || f->deadline > now) continue;
      if (++f->next < f->nups) fwd_send(f);
      else fwd_fail(f);
    }
    for (int i = 0; i < MAX_CONNS; i++)
      if (conns[i].fd >= 0 && now - conns[i].last > 10000) close_conn(&conns[i]);
    unsigned gen = generation;
    for (int p = 0; p < np && r > 0 && gen == generation; p++) {
      if (!(pf[p].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      if (kind[p] == 0) {
        struct signalfd_siginfo si;
        while (read(sfd, &si, sizeof si) == sizeof si) {
          if (si.ssi_signo != SIGHUP) quit(0);
          if (load() == 0) quit(0);
        }
        break; /* the fd set changed */
      } else if (kind[p] == 1) {
        on_upstream();
      } else if (kind[p] == 2) {
        uint8_t m[MAXMSG];
        struct sockaddr_in from;
        socklen_t fl = sizeof from;
        ssize_t n = recvfrom(pf[p].fd, m, sizeof m, 0, (struct sockaddr *)&from, &fl);
        if (n > 0) handle(m, (size_t)n, idx[p], from.sin_addr, pf[p].fd, -1, &from);
        if (nnets == 0) quit(0);
      } else if (kind[p] == 3) {
        struct sockaddr_in from;
        socklen_t fl = sizeof from;
        int fd = accept4(pf[p].fd, (struct sockaddr *)&from, &fl, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0) continue;
        struct conn *c = NULL;
        for (int i = 0; i < MAX_CONNS && !c; i++) if (conns[i].fd < 0) c = &conns[i];
        if (!c) { close(fd); continue; }
        *c = (struct conn){ .fd = fd, .gw = nets[idx[p]].gw, .peer = from, .len = 0, .last = now };
      } else if (kind[p] == 4) {
        on_conn(&conns[idx[p]]);
      }
    }
  }
}
