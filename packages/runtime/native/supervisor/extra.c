/*
 * extra.c: what the supervisor reads besides struct spec: its own spec keys (spec.h, "added
 * by B"), the memory cgroup's OOM-kill counter, and its own memory map.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "supervise.h"

/* Our own spec keys (documented in spec.h); spec.c ignores keys it does not know. */
int load_extra(const char *path) {
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
long long read_oom_kills(void) {
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

/* Start-up code (spec parsing, container setup) is most of the static binary and never runs
 * again in this process, but fault-around mapped all of it. Unmapping our read-only file
 * pages once lets only what the loop touches come back: the resident set is the loop's. */
void drop_startup_pages(void) {
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
