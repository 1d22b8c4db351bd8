/*
 * json.c: the small JSON writer behind log records, state.json and events. No stdio and no
 * malloc: callers pass a buffer, and a full buffer is flushed to the fd (logs, state) or
 * marked overflowed (events must go out in one write()).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "supervise.h"

int write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    p += w, n -= (size_t)w;
  }
  return 0;
}

int64_t now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

void jb_init(struct jbuf *b, char *mem, size_t cap, int fd) {
  b->p = mem, b->len = 0, b->cap = cap, b->fd = fd, b->overflow = 0, b->error = 0;
}

int jb_flush(struct jbuf *b) {
  if (b->fd >= 0 && b->len > 0) {
    if (write_all(b->fd, b->p, b->len) < 0) b->error = 1;
    b->len = 0;
  }
  return b->error || b->overflow ? -1 : 0;
}

void jb_raw(struct jbuf *b, const char *s, size_t n) {
  while (n > 0) {
    if (b->len == b->cap) {
      if (b->fd < 0) { b->overflow = 1; return; }
      jb_flush(b);
    }
    size_t k = b->cap - b->len < n ? b->cap - b->len : n;
    memcpy(b->p + b->len, s, k);
    b->len += k, s += k, n -= k;
  }
}

void jb_str(struct jbuf *b, const char *s) { jb_raw(b, s, strlen(s)); }

/* Length of a valid UTF-8 sequence at s (1..4), or 0 when the bytes are not valid UTF-8
 * (overlongs, surrogates and code points past U+10FFFF are invalid, as in Go's decoder). */
static size_t utf8_len(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c < 0x80) return 1;
  size_t len;
  unsigned min, cp;
  if (c >= 0xc2 && c <= 0xdf) len = 2, min = 0x80, cp = c & 0x1f;
  else if (c >= 0xe0 && c <= 0xef) len = 3, min = 0x800, cp = c & 0x0f;
  else if (c >= 0xf0 && c <= 0xf4) len = 4, min = 0x10000, cp = c & 0x07;
  else return 0;
  if (n < len) return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xc0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return len;
}

static const char hex[] = "0123456789abcdef";

/* Escapes one unit at s into out (>= 6 bytes); returns bytes consumed, sets *outn. */
static size_t esc_unit(const unsigned char *s, size_t n, char *out, size_t *outn) {
  unsigned c = s[0];
  if (c >= 0x80) {
    size_t l = utf8_len(s, n);
    if (l == 0) { memcpy(out, "\\ufffd", 6); *outn = 6; return 1; }
    memcpy(out, s, l);
    *outn = l;
    return l;
  }
  switch (c) {
    case '"': memcpy(out, "\\\"", 2); *outn = 2; return 1;
    case '\\': memcpy(out, "\\\\", 2); *outn = 2; return 1;
    case '\n': memcpy(out, "\\n", 2); *outn = 2; return 1;
    case '\r': memcpy(out, "\\r", 2); *outn = 2; return 1;
    case '\t': memcpy(out, "\\t", 2); *outn = 2; return 1;
  }
  if (c < 0x20 || c == 0x7f) {
    out[0] = '\\', out[1] = 'u', out[2] = '0', out[3] = '0', out[4] = hex[c >> 4], out[5] = hex[c & 15];
    *outn = 6;
    return 1;
  }
  out[0] = (char)c;
  *outn = 1;
  return 1;
}

void jb_esc(struct jbuf *b, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    /* copy the longest run of plain ASCII at once */
    size_t j = i;
    while (j < n && u[j] >= 0x20 && u[j] < 0x7f && u[j] != '"' && u[j] != '\\') j++;
    if (j > i) { jb_raw(b, s + i, j - i); i = j; continue; }
    char tmp[6];
    size_t outn;
    i += esc_unit(u + i, n - i, tmp, &outn);
    jb_raw(b, tmp, outn);
  }
}

size_t json_escaped_len(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, total = 0;
  while (i < n) {
    char tmp[6];
    size_t outn;
    i += esc_unit(u + i, n - i, tmp, &outn);
    total += outn;
  }
  return total;
}

void jb_qstr(struct jbuf *b, const char *s) {
  jb_raw(b, "\"", 1);
  jb_esc(b, s, strlen(s));
  jb_raw(b, "\"", 1);
}

void jb_i64(struct jbuf *b, long long v) {
  char tmp[24];
  size_t i = sizeof tmp;
  unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
  do tmp[--i] = (char)('0' + u % 10); while ((u /= 10) > 0);
  if (v < 0) tmp[--i] = '-';
  jb_raw(b, tmp + i, sizeof tmp - i);
}

static void put_digits(char *p, unsigned long v, int width) {
  for (int i = width - 1; i >= 0; i--, v /= 10) p[i] = (char)('0' + v % 10);
}

/* Civil date from days since 1970-01-01 (Howard Hinnant's algorithm): gmtime_r would pull
 * in glibc's timezone machinery, which is most of a static binary's size. */
void jb_time(struct jbuf *b, const struct timespec *t) {
  long long secs = t->tv_sec;
  long long days = secs / 86400, rem = secs % 86400;
  if (rem < 0) rem += 86400, days--;
  long long z = days + 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned)(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = (long long)yoe + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) y++;
  char out[32];
  put_digits(out, (unsigned long)y, 4);
  out[4] = '-';
  put_digits(out + 5, m, 2);
  out[7] = '-';
  put_digits(out + 8, d, 2);
  out[10] = 'T';
  put_digits(out + 11, (unsigned long)(rem / 3600), 2);
  out[13] = ':';
  put_digits(out + 14, (unsigned long)(rem / 60 % 60), 2);
  out[16] = ':';
  put_digits(out + 17, (unsigned long)(rem % 60), 2);
  out[19] = '.';
  put_digits(out + 20, (unsigned long)t->tv_nsec, 9);
  out[29] = 'Z';
  jb_raw(b, "\"", 1);
  jb_raw(b, out, 30);
  jb_raw(b, "\"", 1);
}

static int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static int read_u4(const char *s, size_t n, unsigned *out) {
  if (n < 4) return -1;
  unsigned v = 0;
  for (int i = 0; i < 4; i++) {
    int h = hexval(s[i]);
    if (h < 0) return -1;
    v = (v << 4) | (unsigned)h;
  }
  *out = v;
  return 0;
}

static size_t put_utf8(char *o, unsigned cp) {
  if (cp < 0x80) { o[0] = (char)cp; return 1; }
  if (cp < 0x800) { o[0] = (char)(0xc0 | cp >> 6); o[1] = (char)(0x80 | (cp & 0x3f)); return 2; }
  if (cp < 0x10000) {
    o[0] = (char)(0xe0 | cp >> 12); o[1] = (char)(0x80 | (cp >> 6 & 0x3f)); o[2] = (char)(0x80 | (cp & 0x3f));
    return 3;
  }
  o[0] = (char)(0xf0 | cp >> 18); o[1] = (char)(0x80 | (cp >> 12 & 0x3f));
  o[2] = (char)(0x80 | (cp >> 6 & 0x3f)); o[3] = (char)(0x80 | (cp & 0x3f));
  return 4;
}

/* In place is safe: every escape is at least as long as what it decodes to. */
size_t json_unescape(char *s, size_t n) {
  size_t i = 0, o = 0;
  while (i < n) {
    char c = s[i++];
    if (c != '\\' || i >= n) { s[o++] = c; continue; }
    char e = s[i++];
    switch (e) {
      case 'n': s[o++] = '\n'; break;
      case 'r': s[o++] = '\r'; break;
      case 't': s[o++] = '\t'; break;
      case 'b': s[o++] = '\b'; break;
      case 'f': s[o++] = '\f'; break;
      case 'u': {
        unsigned cp;
        if (read_u4(s + i, n - i, &cp) < 0) { s[o++] = 'u'; break; }
        i += 4;
        unsigned lo;
        if (cp >= 0xd800 && cp <= 0xdbff && i + 6 <= n && s[i] == '\\' && s[i + 1] == 'u' &&
            read_u4(s + i + 2, n - i - 2, &lo) == 0 && lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          i += 6;
        } else if (cp >= 0xd800 && cp <= 0xdfff) {
          cp = 0xfffd;
        }
        o += put_utf8(s + o, cp);
        break;
      }
      default: s[o++] = e; /* \" \\ \/ */
    }
  }
  return o;
}
