/*
 * events.c: the state root's append-only event log, one JSON object per line in docker's
 * event shape ({"time","timeNano","type","action","id","name","attributes"}). Every event is
 * a single write() on an O_APPEND fd, so lines from many supervisors never interleave.
 * The spec's event.attr records (image, labels...) go into every event's attributes, the way
 * docker copies a container's labels into its events.
 *
 * The log is bounded the same way the TS writers bound it (src/events/event-append.ts, keep
 * the two in step): past TSC_COMPOSE_EVENTS_MAX_SIZE bytes (default 1 MiB) the writer that
 * notices renames events.log to events.log.1 under a non-blocking flock on events.log.lock,
 * and only if what is at the path is still past the limit once it holds the lock. All renames
 * happen under that lock and re-measure first, so two writers that noticed the same crossing
 * rotate once, and a fresh small file is never renamed over the full .1. A writer that finds
 * the lock busy skips: the holder is rotating, and the next append measures again.
 *
 * A supervisor lives for days, so it must not keep appending to a file rotated away: it opens
 * the path for each event (O_APPEND, one write, fstat for the size, close). The alternative,
 * keeping the fd and re-opening when stat(path) shows another inode, measured cheaper on ext4
 * (100k events of 300 bytes: 4.2-4.9 us per event against 5.9-6.9 us), but events come a few
 * per container lifetime (health_status only on transitions), so 2 us is nothing, while a held
 * fd pins the rotated-away window (up to the size, unlinked, invisible to du) in every idle
 * supervisor until its next event. Either way a rotation between open and write puts the line
 * into .1, which readers read first and followers keep draining.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "supervise.h"

#define EVENTS_MAX_SIZE_DEFAULT (1024LL * 1024)

static char events_path[4096];
static long long events_max_size = EVENTS_MAX_SIZE_DEFAULT;
static const struct spec *espec;
static const struct extra_spec *extra;

void events_open(const char *path, const struct spec *s, const struct extra_spec *x) {
  espec = s, extra = x;
  const char *max = getenv("TSC_COMPOSE_EVENTS_MAX_SIZE");
  if (max && *max) {
    char *end;
    long long v = strtoll(max, &end, 10);
    if (*end == '\0' && v > 0) events_max_size = v;
  }
  if (path && *path && strlen(path) < sizeof events_path) strcpy(events_path, path);
}

/* See the header comment: rename under the lock, and only a file still past the limit. */
static void events_rotate(void) {
  char lock[sizeof events_path + 8], old[sizeof events_path + 8];
  snprintf(lock, sizeof lock, "%s.lock", events_path);
  snprintf(old, sizeof old, "%s.1", events_path);
  int fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return;
  int r;
  do r = flock(fd, LOCK_EX | LOCK_NB); while (r < 0 && errno == EINTR);
  struct stat st;
  if (r == 0 && stat(events_path, &st) == 0 && st.st_size >= events_max_size) rename(events_path, old);
  close(fd); /* drops the lock */
}

void event_emit(const char *action, const char **attrs) {
  if (!events_path[0]) return;
  static char mem[16384];
  struct timespec t;
  clock_gettime(CLOCK_REALTIME, &t);
  struct jbuf b;
  jb_init(&b, mem, sizeof mem, -1);
  jb_str(&b, "{\"time\":");
  jb_i64(&b, t.tv_sec);
  jb_str(&b, ",\"timeNano\":");
  jb_i64(&b, (long long)t.tv_sec * 1000000000LL + t.tv_nsec);
  jb_str(&b, ",\"type\":\"container\",\"action\":");
  jb_qstr(&b, action);
  jb_str(&b, ",\"id\":");
  jb_qstr(&b, espec->id ? espec->id : "");
  jb_str(&b, ",\"name\":");
  jb_qstr(&b, espec->name ? espec->name : "");
  jb_str(&b, ",\"attributes\":{");
  int first = 1;
  for (size_t i = 0; i < extra->nattrs; i++) {
    /* a later per-event attribute with the same key wins, as in docker (exitCode...) */
    int dup = 0;
    for (const char **a = attrs; a && *a; a += 2) dup |= strcmp(a[0], extra->attr_keys[i]) == 0;
    if (dup) continue;
    if (!first) jb_raw(&b, ",", 1);
    first = 0;
    jb_qstr(&b, extra->attr_keys[i]);
    jb_raw(&b, ":", 1);
    jb_qstr(&b, extra->attr_values[i]);
  }
  if (espec->name) {
    int has_name = 0;
    for (size_t i = 0; i < extra->nattrs; i++) has_name |= strcmp(extra->attr_keys[i], "name") == 0;
    if (!has_name) {
      if (!first) jb_raw(&b, ",", 1);
      first = 0;
      jb_str(&b, "\"name\":");
      jb_qstr(&b, espec->name);
    }
  }
  for (const char **a = attrs; a && *a; a += 2) {
    if (!first) jb_raw(&b, ",", 1);
    first = 0;
    jb_qstr(&b, a[0]);
    jb_raw(&b, ":", 1);
    jb_qstr(&b, a[1]);
  }
  jb_str(&b, "}}\n");
  if (b.overflow) return; /* an event that does not fit is dropped rather than torn */
  int fd = open(events_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return;
  ssize_t w;
  do w = write(fd, b.p, b.len); while (w < 0 && errno == EINTR);
  struct stat st;
  int full = w > 0 && fstat(fd, &st) == 0 && st.st_size >= events_max_size;
  close(fd);
  if (full) events_rotate();
}
