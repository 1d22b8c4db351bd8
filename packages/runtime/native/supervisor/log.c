/*
 * log.c: the container's stdout/stderr as docker's json-file log, one record per line:
 *   {"log":"text\n","stream":"stdout","time":"2026-11-22T10:00:00.123456789Z"}
 * A line longer than the line buffer is cut into records without the trailing \n, as docker
 * does at 16 KiB. Rotation by size like docker's json-file: <log> -> <log>.1 -> ... keeping
 * max_files files in all; with max_files 1 the file is truncated instead.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "supervise.h"

#define LINE_MAX_BYTES 16384

struct line_buf {
  size_t len;
  char buf[LINE_MAX_BYTES];
};

static struct line_buf lines[2]; /* stdout, stderr */
static int log_fd = -1;
static const char *log_path;
static uint64_t log_size, max_size;
static unsigned max_files;

static int reopen(void) {
  log_fd = open(log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
  if (log_fd < 0) return -1;
  struct stat st;
  log_size = fstat(log_fd, &st) == 0 ? (uint64_t)st.st_size : 0;
  return 0;
}

int log_open(const char *path, uint64_t size, unsigned files) {
  log_path = path, max_size = size, max_files = files ? files : 1;
  if (!path || !*path) return 0;
  return reopen();
}

static void rotate(void) {
  if (max_files <= 1) {
    if (ftruncate(log_fd, 0) == 0) log_size = 0;
    return;
  }
  char from[4096], to[4096];
  for (unsigned i = max_files - 1; i > 1; i--) {
    snprintf(from, sizeof from, "%s.%u", log_path, i - 1);
    snprintf(to, sizeof to, "%s.%u", log_path, i);
    rename(from, to); /* a missing older file is fine */
  }
  snprintf(to, sizeof to, "%s.1", log_path);
  close(log_fd);
  log_fd = -1;
  rename(log_path, to);
  reopen();
}

static void emit(int stream, const char *p, size_t n) {
  if (log_fd < 0) return;
  static const char *names[] = {"", "stdout", "stderr"};
  size_t rec = sizeof "{\"log\":\"\",\"stream\":\"stdout\",\"time\":\"2026-11-22T10:00:00.123456789Z\"}\n" - 1 +
               json_escaped_len(p, n);
  if (max_size > 0 && log_size > 0 && log_size + rec > max_size) rotate();
  if (log_fd < 0) return;
  char mem[8192];
  struct jbuf b;
  jb_init(&b, mem, sizeof mem, log_fd);
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  jb_str(&b, "{\"log\":\"");
  jb_esc(&b, p, n);
  jb_str(&b, "\",\"stream\":\"");
  jb_str(&b, names[stream]);
  jb_str(&b, "\",\"time\":");
  jb_time(&b, &t);
  jb_str(&b, "}\n");
  jb_flush(&b);
  log_size += rec;
}

void log_feed(int stream, const char *data, size_t n) {
  struct line_buf *l = &lines[stream == STREAM_STDERR];
  while (n > 0) {
    size_t k = LINE_MAX_BYTES - l->len < n ? LINE_MAX_BYTES - l->len : n;
    size_t scan = l->len;
    memcpy(l->buf + l->len, data, k);
    l->len += k, data += k, n -= k;
    size_t start = 0;
    for (size_t i = scan; i < l->len; i++) {
      if (l->buf[i] != '\n') continue;
      emit(stream, l->buf + start, i + 1 - start);
      start = i + 1;
    }
    if (start > 0) {
      memmove(l->buf, l->buf + start, l->len - start);
      l->len -= start;
    }
    if (l->len == LINE_MAX_BYTES) {
      emit(stream, l->buf, l->len);
      l->len = 0;
    }
  }
}

void log_flush_partial(int stream) {
  struct line_buf *l = &lines[stream == STREAM_STDERR];
  if (l->len == 0) return;
  emit(stream, l->buf, l->len);
  l->len = 0;
}

void log_position(unsigned long long *inode, unsigned long long *offset) {
  struct stat st;
  if (log_fd >= 0 && fstat(log_fd, &st) == 0) {
    *inode = st.st_ino, *offset = (unsigned long long)st.st_size;
  } else {
    *inode = 0, *offset = 0;
  }
}

void log_close(void) {
  log_flush_partial(STREAM_STDOUT);
  log_flush_partial(STREAM_STDERR);
  if (log_fd >= 0) close(log_fd);
  log_fd = -1;
}
