/*
 * state.c: <dir>/state.json, the container's state as the TypeScript side reads it. Written
 * whole to state.json.tmp and renamed over, so readers never see a torn file even when the
 * supervisor is SIGKILLed mid-write. The field names are the TS StateFile's (state-file.ts).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "supervise.h"

struct sup_state g_state = {.status = "created", .health_status = "none"};

static void time_or_zero(struct jbuf *b, const struct timespec *t) {
  static const struct timespec zero = {0, 0};
  /* docker shows the zero time as 0001-01-01T00:00:00Z; we write "" for "never" */
  if (t->tv_sec == zero.tv_sec && t->tv_nsec == 0) jb_str(b, "\"\"");
  else jb_time(b, t);
}

void state_json(struct jbuf *b) {
  struct sup_state *s = &g_state;
  jb_str(b, "{\"status\":");
  jb_qstr(b, s->status);
  jb_str(b, ",\"pid\":");
  jb_i64(b, s->pid);
  jb_str(b, ",\"supervisorPid\":");
  jb_i64(b, getpid());
  jb_str(b, ",\"exitCode\":");
  jb_i64(b, s->exit_code);
  jb_str(b, s->oom_killed ? ",\"oomKilled\":true" : ",\"oomKilled\":false");
  jb_str(b, ",\"error\":");
  jb_qstr(b, s->error);
  jb_str(b, ",\"startedAt\":");
  time_or_zero(b, &s->started_at);
  jb_str(b, ",\"finishedAt\":");
  time_or_zero(b, &s->finished_at);
  jb_str(b, ",\"restartCount\":");
  jb_i64(b, s->restart_count);
  jb_str(b, s->manual_stop ? ",\"manualStop\":true" : ",\"manualStop\":false");
  jb_str(b, ",\"health\":{\"status\":");
  jb_qstr(b, s->health_status);
  jb_str(b, ",\"failingStreak\":");
  jb_i64(b, s->failing_streak);
  jb_str(b, ",\"log\":[");
  for (size_t i = 0; i < s->health_count; i++) {
    const struct health_result *r = &s->health_log[i];
    jb_str(b, i ? ",{\"start\":" : "{\"start\":");
    jb_time(b, &r->start);
    jb_str(b, ",\"end\":");
    jb_time(b, &r->end);
    jb_str(b, ",\"exitCode\":");
    jb_i64(b, r->exit_code);
    jb_str(b, ",\"output\":\"");
    jb_esc(b, r->output, r->output_len);
    jb_str(b, "\"}");
  }
  jb_str(b, "]}}");
}

int state_write(void) {
  char mem[4096];
  int fd = open("state.json.tmp", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return -1;
  struct jbuf b;
  jb_init(&b, mem, sizeof mem, fd);
  state_json(&b);
  jb_raw(&b, "\n", 1);
  int rc = jb_flush(&b);
  close(fd);
  if (rc < 0 || rename("state.json.tmp", "state.json") < 0) {
    unlink("state.json.tmp");
    return -1;
  }
  return 0;
}
