/*
 * events.c: the state root's append-only event log, one JSON object per line in docker's
 * event shape ({"time","timeNano","type","action","id","name","attributes"}). Every event is
 * a single write() on an O_APPEND fd, so lines from many supervisors never interleave.
 * The spec's event.attr records (image, labels...) go into every event's attributes, the way
 * docker copies a container's labels into its events.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "supervise.h"

static int events_fd = -1;
static const struct spec *espec;
static const struct extra_spec *extra;

void events_open(const char *path, const struct spec *s, const struct extra_spec *x) {
  espec = s, extra = x;
  if (path && *path) events_fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
}

void event_emit(const char *action, const char **attrs) {
  if (events_fd < 0) return;
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
  ssize_t w;
  do w = write(events_fd, b.p, b.len); while (w < 0 && errno == EINTR);
}
