/*
 * device-filter.c: cgroup v2 device control. v2 has no devices.allow: the kernel asks every
 * BPF_PROG_TYPE_CGROUP_DEVICE program attached to the task's cgroup (and its ancestors)
 * before an open or mknod of a device node. TypeScript compiles docker's rules into the
 * program (src/cgroups/device-filter.ts); here we only load it and attach it, in the
 * supervisor before the container process is cloned, so no container instruction ever runs
 * unfiltered. The attachment lives as long as the cgroup: rmdir releases it.
 */
#define _GNU_SOURCE
#include "child.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/bpf.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

/* BPF_CGROUP_MAX_PROGS: no cgroup holds more programs per attach type. */
#define MAX_ATTACHED 64

static long bpf(int cmd, union bpf_attr *attr) {
  return syscall(SYS_bpf, cmd, attr, sizeof *attr);
}

static int load(const struct spec *s, struct start_error *e) {
  /* the verifier's log, kept for the error message only */
  static char log[4096];
  union bpf_attr a;
  memset(&a, 0, sizeof a);
  a.prog_type = BPF_PROG_TYPE_CGROUP_DEVICE;
  a.insns = (uintptr_t)s->devfilter_prog;
  a.insn_cnt = s->devfilter_len / sizeof(struct bpf_insn);
  a.license = (uintptr_t) "MIT";
  int fd = bpf(BPF_PROG_LOAD, &a);
  if (fd >= 0 || (errno != EINVAL && errno != EACCES)) return fd >= 0 ? fd : sys_fail(e, "device filter", "bpf(BPF_PROG_LOAD)", s->devfilter_cgroup);
  /* a program the verifier rejects is our bug: load again with a log to say why */
  a.log_level = 1, a.log_buf = (uintptr_t)log, a.log_size = sizeof log;
  log[0] = 0;
  if ((fd = bpf(BPF_PROG_LOAD, &a)) >= 0) return fd;
  size_t n = strlen(log);
  while (n && log[n - 1] == '\n') log[--n] = 0;
  const char *last = strrchr(log, '\n');
  return msg_fail(e, 125, "device filter: bpf(BPF_PROG_LOAD) for %s: the verifier refused the program: %s",
                  s->devfilter_cgroup, last ? last + 1 : log);
}

/* Ids of the device programs attached to this very cgroup (a previous start's). */
static int query(int cgfd, uint32_t *ids, uint32_t max) {
  union bpf_attr a;
  memset(&a, 0, sizeof a);
  a.query.target_fd = cgfd;
  a.query.attach_type = BPF_CGROUP_DEVICE;
  a.query.prog_ids = (uintptr_t)ids;
  a.query.prog_cnt = max;
  if (bpf(BPF_PROG_QUERY, &a) < 0) return -1;
  return a.query.prog_cnt < max ? (int)a.query.prog_cnt : (int)max;
}

static void detach(int cgfd, uint32_t id) {
  union bpf_attr a;
  memset(&a, 0, sizeof a);
  a.prog_id = id;
  int fd = bpf(BPF_PROG_GET_FD_BY_ID, &a);
  if (fd < 0) return;
  memset(&a, 0, sizeof a);
  a.target_fd = cgfd;
  a.attach_bpf_fd = fd;
  a.attach_type = BPF_CGROUP_DEVICE;
  bpf(BPF_PROG_DETACH, &a);
  close(fd);
}

int device_filter_attach(const struct spec *s, struct start_error *e) {
  if (!s->devfilter_cgroup) return 0;
  int cgfd = open(s->devfilter_cgroup, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (cgfd < 0) return sys_fail(e, "device filter", "open", s->devfilter_cgroup);
  uint32_t old[MAX_ATTACHED];
  int nold = query(cgfd, old, MAX_ATTACHED);
  int prog = load(s, e);
  if (prog < 0) {
    close(cgfd);
    return -1;
  }
  union bpf_attr a;
  memset(&a, 0, sizeof a);
  a.target_fd = cgfd;
  a.attach_bpf_fd = prog;
  a.attach_type = BPF_CGROUP_DEVICE;
  /* MULTI: programs a parent cgroup holds keep running too (all must allow) */
  a.attach_flags = BPF_F_ALLOW_MULTI;
  if (bpf(BPF_PROG_ATTACH, &a) < 0) {
    sys_fail(e, "device filter", "bpf(BPF_PROG_ATTACH)", s->devfilter_cgroup);
    close(prog), close(cgfd);
    return -1;
  }
  /* the new program is in place before the old ones go: a restart never runs unfiltered,
   * and restarts do not pile programs up to the kernel's limit of 64 */
  for (int i = 0; i < nold; i++) detach(cgfd, old[i]);
  close(prog), close(cgfd);
  return 0;
}
