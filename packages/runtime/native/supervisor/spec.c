/*
 * spec.c: parses the NUL-separated record file described in spec.h.
 *
 * The whole file is read into one buffer (s->buf) and split in place: every string in
 * struct spec points into it, so the child after clone never allocates for them. Arrays of
 * records are grown as needed; lists of strings are NULL-terminated. Unknown keys are
 * ignored so that an older supervisor can read a newer TypeScript side's spec.
 */
#include "spec.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define SEP '\x1f'
#define MAX_SPEC_SIZE (64u << 20)

struct ctx {
  struct spec *s;
  char *err;
  size_t errlen;
};

static int fail(struct ctx *c, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(c->err, c->errlen, fmt, ap);
  va_end(ap);
  return -1;
}

/* Ensures room for element n and one more (for a NULL terminator): capacity doubles at each
 * power of two, so no capacity field is needed. */
static int grow(void **arr, size_t n, size_t elem) {
  if (n != 0 && (n & (n - 1)) != 0) return 0;
  size_t cap = n ? 2 * n : 2;
  void *p = realloc(*arr, cap * elem);
  if (!p) return -1;
  *arr = p;
  return 0;
}

#define PUSH(c, arr, n, value)                                                   \
  do {                                                                           \
    if (grow((void **)&(arr), (n), sizeof *(arr)) < 0)                           \
      return fail((c), "spec: out of memory");                                   \
    (arr)[(n)++] = (value);                                                      \
  } while (0)

static int bad(struct ctx *c, const char *key, const char *value, size_t vlen) {
  char shown[160];
  size_t n = vlen < sizeof shown - 1 ? vlen : sizeof shown - 1;
  /* split() may already have turned separators into NULs: show both as | */
  for (size_t i = 0; i < n; i++) shown[i] = value[i] == SEP || value[i] == 0 ? '|' : value[i];
  shown[n] = 0;
  return fail(c, "spec: bad value for %s: \"%s\"", key, shown);
}

static int parse_ull(const char *v, int base, unsigned long long *out) {
  if (!*v || *v == '-' || *v == '+' || *v == ' ') return -1;
  char *end;
  errno = 0;
  unsigned long long x = strtoull(v, &end, base);
  if (errno || *end) return -1;
  *out = x;
  return 0;
}

static int parse_ll(const char *v, long long *out) {
  if (!*v || *v == '+' || *v == ' ') return -1;
  char *end;
  errno = 0;
  long long x = strtoll(v, &end, 10);
  if (errno || *end) return -1;
  *out = x;
  return 0;
}

static int parse_uint(const char *v, int base, unsigned long long max, unsigned long long *out) {
  if (parse_ull(v, base, out) < 0 || *out > max) return -1;
  return 0;
}

static int parse_hex(const char *v, uint64_t *out) {
  if (v[0] == '0' && (v[1] == 'x' || v[1] == 'X')) v += 2;
  unsigned long long x;
  if (parse_ull(v, 16, &x) < 0) return -1;
  *out = x;
  return 0;
}

/* Splits value in place on SEP into exactly n fields. */
static int split(char *value, char **fields, int n) {
  int i = 0;
  fields[i++] = value;
  for (char *p = value; *p; p++) {
    if (*p != SEP) continue;
    if (i == n) return -1;
    *p = 0;
    fields[i++] = p + 1;
  }
  return i == n ? 0 : -1;
}

static int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Decodes hex in place (byte i lands at or before the digits it came from). */
static int decode_hex(char *v, size_t *len) {
  size_t n = 0;
  for (const char *p = v; *p; p += 2) {
    int hi = hex_digit(p[0]), lo = p[1] ? hex_digit(p[1]) : -1;
    if (hi < 0 || lo < 0) return -1;
    v[n++] = (char)(hi << 4 | lo);
  }
  *len = n;
  return 0;
}

static int parse_ns(struct ctx *c, const char *kind, const char *value, size_t vlen) {
  static const char *names[NSK_COUNT] = {"net", "ipc", "uts", "pid", "cgroup", "mnt"};
  for (int k = 0; k < NSK_COUNT; k++) {
    if (strcmp(kind, names[k]) != 0) continue;
    struct spec_ns *ns = &c->s->ns[k];
    if (strcmp(value, "new") == 0) ns->mode = SPEC_NS_NEW, ns->path = NULL;
    else if (strcmp(value, "host") == 0) ns->mode = SPEC_NS_HOST, ns->path = NULL;
    else if (value[0] == '/') ns->mode = SPEC_NS_PATH, ns->path = value;
    else {
      char key[32];
      snprintf(key, sizeof key, "ns.%s", kind);
      return bad(c, key, value, vlen);
    }
    return 0;
  }
  return 0; /* unknown namespace kind: ignored like any unknown key */
}

static int record(struct ctx *c, const char *key, char *v, size_t vlen) {
  struct spec *s = c->s;
  unsigned long long u;
  long long ll;
  char *f[7];

#define IS(k) (strcmp(key, (k)) == 0)
#define BAD() return bad(c, key, v, vlen)
#define UINT(dst, base, max) \
  do { if (parse_uint(v, (base), (max), &u) < 0) BAD(); (dst) = u; } while (0)

  if (IS("id")) s->id = v;
  else if (IS("name")) s->name = v;
  else if (IS("dir")) s->dir = v;
  else if (IS("arg")) PUSH(c, s->argv, s->argc, v);
  else if (IS("env")) {
    if (!strchr(v, '=')) BAD();
    PUSH(c, s->envp, s->envc, v);
  } else if (IS("cwd")) {
    if (v[0] != '/') BAD();
    s->cwd = v;
  } else if (IS("uid")) UINT(s->uid, 10, 0xfffffffeULL);
  else if (IS("gid")) UINT(s->gid, 10, 0xfffffffeULL);
  else if (IS("group")) {
    if (parse_uint(v, 10, 0xfffffffeULL, &u) < 0) BAD();
    PUSH(c, s->groups, s->ngroups, (gid_t)u);
  } else if (IS("tty")) UINT(s->tty, 10, 1);
  else if (IS("stdin")) UINT(s->open_stdin, 10, 1);
  else if (IS("umask")) UINT(s->umask_value, 8, 0777);
  else if (IS("rootfs.lower")) {
    if (v[0] != '/') BAD();
    PUSH(c, s->lowers, s->nlowers, v);
  } else if (IS("rootfs.upper")) s->upper = v;
  else if (IS("rootfs.work")) s->work = v;
  else if (IS("rootfs.target")) {
    if (v[0] != '/') BAD();
    s->rootfs = v;
  } else if (IS("rootfs.readonly")) UINT(s->rootfs_readonly, 10, 1);
  else if (strncmp(key, "ns.", 3) == 0) return parse_ns(c, key + 3, v, vlen);
  else if (IS("mount")) {
    struct spec_mount m = {0};
    if (split(v, f, 6) < 0 || parse_ull(f[3], 10, &u) < 0 || f[2][0] != '/') BAD();
    if (strcmp(f[5], "dir") != 0 && strcmp(f[5], "file") != 0) BAD();
    m.type = f[0], m.source = f[1], m.target = f[2], m.flags = u, m.data = f[4];
    m.is_file = f[5][0] == 'f';
    PUSH(c, s->mounts, s->nmounts, m);
  } else if (IS("device")) {
    struct spec_device d = {0};
    unsigned long long maj, min, mode, uid, gid;
    if (split(v, f, 7) < 0 || f[0][0] != '/' || (strcmp(f[1], "c") && strcmp(f[1], "b")) ||
        parse_uint(f[2], 10, 0xfffff, &maj) < 0 || parse_uint(f[3], 10, 0xfffff, &min) < 0 ||
        parse_uint(f[4], 8, 07777, &mode) < 0 || parse_uint(f[5], 10, 0xfffffffeULL, &uid) < 0 ||
        parse_uint(f[6], 10, 0xfffffffeULL, &gid) < 0)
      BAD();
    d.path = f[0], d.type = f[1][0], d.major = maj, d.minor = min, d.mode = mode;
    d.uid = uid, d.gid = gid;
    PUSH(c, s->devices, s->ndevices, d);
  } else if (IS("symlink")) {
    if (split(v, f, 2) < 0 || !f[0][0] || f[1][0] != '/') BAD();
    struct spec_symlink l = {f[0], f[1]};
    PUSH(c, s->symlinks, s->nsymlinks, l);
  } else if (IS("masked")) {
    if (v[0] != '/') BAD();
    PUSH(c, s->masked, s->nmasked, v);
  } else if (IS("readonly")) {
    if (v[0] != '/') BAD();
    PUSH(c, s->readonly_paths, s->nreadonly, v);
  } else if (IS("hostname")) s->hostname = v;
  else if (IS("domainname")) s->domainname = v;
  else if (IS("sysctl")) {
    if (split(v, f, 2) < 0 || !f[0][0] || strstr(f[0], "..") || f[0][0] == '.' || strchr(f[0], '/'))
      BAD();
    struct spec_sysctl y = {f[0], f[1]};
    PUSH(c, s->sysctls, s->nsysctls, y);
  } else if (IS("cgroup.procs")) {
    if (v[0] != '/') BAD();
    PUSH(c, s->cgroup_procs, s->ncgroup_procs, v);
  } else if (IS("cgroup.freezer")) s->cgroup_freezer = v;
  else if (IS("cgroup.devices")) {
    if (split(v, f, 2) < 0 || f[0][0] != '/' || decode_hex(f[1], &s->devfilter_len) < 0 || !s->devfilter_len ||
        s->devfilter_len % 8)
      BAD();
    s->devfilter_cgroup = f[0];
    s->devfilter_prog = (const unsigned char *)f[1];
  }
  else if (IS("rlimit")) {
    struct spec_rlimit r;
    unsigned long long res;
    if (split(v, f, 3) < 0 || parse_uint(f[0], 10, 63, &res) < 0 || parse_ll(f[1], &r.soft) < 0 ||
        parse_ll(f[2], &r.hard) < 0 || r.soft < -1 || r.hard < -1)
      BAD();
    r.resource = res;
    /* -1 (unlimited) compares as the largest value */
    if ((unsigned long long)r.soft > (unsigned long long)r.hard) BAD();
    PUSH(c, s->rlimits, s->nrlimits, r);
  } else if (IS("oom_score_adj")) {
    if (parse_ll(v, &ll) < 0 || ll < -1000 || ll > 1000) BAD();
    s->has_oom_score_adj = 1, s->oom_score_adj = ll;
  } else if (IS("cap.bounding")) {
    if (parse_hex(v, &s->cap_bounding) < 0) BAD();
    s->has_caps = 1;
  } else if (IS("cap.effective")) {
    if (parse_hex(v, &s->cap_effective) < 0) BAD();
    s->has_caps = 1;
  } else if (IS("cap.permitted")) {
    if (parse_hex(v, &s->cap_permitted) < 0) BAD();
    s->has_caps = 1;
  } else if (IS("cap.inheritable")) {
    if (parse_hex(v, &s->cap_inheritable) < 0) BAD();
    s->has_caps = 1;
  } else if (IS("cap.ambient")) {
    if (parse_hex(v, &s->cap_ambient) < 0) BAD();
    s->has_caps = 1;
  } else if (IS("nnp")) UINT(s->no_new_privs, 10, 1);
  else if (IS("seccomp")) {
    if (v[0] != '/') BAD();
    s->seccomp_path = v;
  } else if (IS("pdeathsig")) UINT(s->pdeathsig, 10, 64);
  else if (IS("log.path")) s->log_path = v;
  else if (IS("log.max_size")) UINT(s->log_max_size, 10, ~0ULL);
  else if (IS("log.max_files")) UINT(s->log_max_files, 10, 1000000);
  else if (IS("events.path")) s->events_path = v;
  else if (IS("restart")) {
    if (strcmp(v, "no") && strcmp(v, "always") && strcmp(v, "on-failure") && strcmp(v, "unless-stopped"))
      BAD();
    s->restart = v;
  } else if (IS("restart.max")) UINT(s->restart_max, 10, 0xffffffffULL);
  else if (IS("health.arg")) PUSH(c, s->health_argv, s->health_argc, v);
  else if (IS("health.interval_ms")) UINT(s->health_interval_ms, 10, ~0ULL);
  else if (IS("health.timeout_ms")) UINT(s->health_timeout_ms, 10, ~0ULL);
  else if (IS("health.retries")) UINT(s->health_retries, 10, 0xffffffffULL);
  else if (IS("health.start_period_ms")) UINT(s->health_start_period_ms, 10, ~0ULL);
  else if (IS("health.start_interval_ms")) UINT(s->health_start_interval_ms, 10, ~0ULL);
  else if (IS("stop.signal")) {
    if (parse_uint(v, 10, 64, &u) < 0 || u == 0) BAD();
    s->stop_signal = u;
  } else if (IS("stop.timeout")) UINT(s->stop_timeout, 10, 0xffffffffULL);
  else if (IS("hook.exit")) PUSH(c, s->exit_hook, s->exit_hook_argc, v);
  return 0;
#undef IS
#undef BAD
#undef UINT
}

/* NULL-terminates a string list (grow() keeps room for it). */
static int terminate(struct ctx *c, const char ***arr, size_t n) {
  if (grow((void **)arr, n, sizeof **arr) < 0) return fail(c, "spec: out of memory");
  (*arr)[n] = NULL;
  return 0;
}

static void defaults(struct spec *s) {
  s->umask_value = 022;
  for (int k = 0; k < NSK_COUNT; k++) s->ns[k].mode = SPEC_NS_NEW;
  s->ns[NSK_CGROUP].mode = SPEC_NS_HOST;
  s->restart = "no";
  s->stop_signal = 15;
  s->stop_timeout = 10;
  s->log_max_files = 1;
  /* docker's healthcheck defaults (30s, 30s, 3 retries, start interval 5s) */
  s->health_interval_ms = 30000;
  s->health_timeout_ms = 30000;
  s->health_retries = 3;
  s->health_start_interval_ms = 5000;
}

static int read_all(struct ctx *c, const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail(c, "spec: open %s: %s", path, strerror(errno));
  struct stat st;
  if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || (unsigned long long)st.st_size > MAX_SPEC_SIZE) {
    close(fd);
    return fail(c, "spec: %s is not a regular file of at most 64 MiB", path);
  }
  char *buf = malloc(st.st_size + 1);
  if (!buf) {
    close(fd);
    return fail(c, "spec: out of memory");
  }
  size_t len = 0;
  for (;;) {
    ssize_t n = read(fd, buf + len, st.st_size - len);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int e = errno;
      free(buf);
      close(fd);
      return fail(c, "spec: read %s: %s", path, strerror(e));
    }
    if (n == 0 || (len += n) == (size_t)st.st_size) break;
  }
  close(fd);
  buf[len] = 0;
  c->s->buf = buf;
  c->s->buf_len = len;
  return 0;
}

int spec_load(const char *path, struct spec *s, char *err, size_t errlen) {
  struct ctx c = {s, err, errlen};
  memset(s, 0, sizeof *s);
  defaults(s);
  if (read_all(&c, path) < 0) return -1;

  char *p = s->buf, *end = s->buf + s->buf_len;
  while (p < end) {
    size_t len = strlen(p); /* the last record may lack its NUL: read_all added one */
    char *rec = p;
    p += len + 1;
    if (len == 0) continue;
    char *eq = strchr(rec, '=');
    if (!eq) {
      fail(&c, "spec: record without '=': \"%.80s\"", rec);
      goto error;
    }
    *eq = 0;
    if (record(&c, rec, eq + 1, len - (eq + 1 - rec)) < 0) goto error;
  }
  if (terminate(&c, &s->argv, s->argc) < 0 || terminate(&c, &s->envp, s->envc) < 0 ||
      terminate(&c, &s->lowers, s->nlowers) < 0 || terminate(&c, &s->masked, s->nmasked) < 0 ||
      terminate(&c, &s->readonly_paths, s->nreadonly) < 0 ||
      terminate(&c, &s->cgroup_procs, s->ncgroup_procs) < 0 ||
      terminate(&c, &s->health_argv, s->health_argc) < 0 ||
      terminate(&c, &s->exit_hook, s->exit_hook_argc) < 0)
    goto error;
  if (s->argc == 0) {
    fail(&c, "spec: no arg= record (the command to run)");
    goto error;
  }
  if (s->rootfs && (s->nlowers == 0 || (s->upper && !s->work) || (!s->upper && s->work))) {
    fail(&c, "spec: rootfs.target needs rootfs.lower, and rootfs.upper with rootfs.work");
    goto error;
  }
  return 0;
error:
  spec_free(s);
  return -1;
}

void spec_free(struct spec *s) {
  free(s->argv);
  free(s->envp);
  free(s->groups);
  free(s->lowers);
  free(s->mounts);
  free(s->devices);
  free(s->symlinks);
  free(s->masked);
  free(s->readonly_paths);
  free(s->sysctls);
  free(s->cgroup_procs);
  free(s->rlimits);
  free(s->health_argv);
  free(s->exit_hook);
  free(s->buf);
  memset(s, 0, sizeof *s);
}
