/*
 * Internal to container.c / exec.c / rootfs.c / security.c / pty.c: the steps the container
 * child (and the exec child) run between clone and execve. Everything a step needs from the
 * host (seccomp program, cap_last_cap, fds) is prepared by the parent before clone.
 */
#ifndef TSC_CHILD_H
#define TSC_CHILD_H

#include <linux/filter.h>
#include <stdarg.h>
#include "container.h"

/* Fills e with code 125 and "<step>: <call> <path>: <ERRNO>" from errno; returns -1. */
int sys_fail(struct start_error *e, const char *step, const char *call, const char *path);
/* Fills e with a formatted message and the given exit code; returns -1. */
int msg_fail(struct start_error *e, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Whole-buffer write/read, retrying on EINTR. */
int write_full(int fd, const void *buf, size_t len);
ssize_t read_full(int fd, void *buf, size_t len);

/* --- rootfs.c ------------------------------------------------------------------------- */

/* Builds the overlay option string into buf (escaping , : \); -1 and buf "" when it does
 * not fit in a page (mount(2) takes at most one): the child then uses fsconfig. */
int overlay_options(const struct spec *s, char *buf, size_t len);
/* In the child's own mount namespace: make / rprivate, mount the overlay on rootfs.target,
 * the spec's mounts, devices and symlinks, then pivot_root into it. */
int rootfs_prepare(const struct spec *s, const char *overlay_opts, struct start_error *e);
/* After pivot_root and sysctls: readonly paths, masked paths, optional ro root, cwd. */
int rootfs_finish(const struct spec *s, struct start_error *e);

/* --- security.c ----------------------------------------------------------------------- */

/* What the final steps before execve need; shared by the init and exec paths. */
struct final_exec {
  const struct spec *s;              /* caps, nnp, rlimits, umask, pdeathsig */
  const char *const *argv;
  const char *const *envp;
  const char *cwd;                   /* NULL = "/" */
  uid_t uid; gid_t gid;
  const gid_t *groups; size_t ngroups;
  const struct sock_fprog *seccomp;  /* NULL = none */
  int cap_last_cap;
};

/* Reads the raw BPF program at path into prog (malloc'd filter). */
int seccomp_read(const char *path, struct sock_fprog *prog, struct start_error *e);
int read_cap_last_cap(void);
int apply_rlimits(const struct spec *s, struct start_error *e);
int write_oom_score_adj(const struct spec *s, struct start_error *e);
/* Resets every signal disposition to SIG_DFL (Node ignores SIGPIPE, and ignored
 * dispositions survive execve). The mask is left alone. */
void reset_signal_dispositions(void);
/* seccomp (without nnp) → caps → ids → nnp → chdir → PATH lookup → seccomp (with nnp) →
 * unblock signals → execve. Returns only on failure (e set: 127/126/125). */
int final_exec(const struct final_exec *f, struct start_error *e);

/* --- device-filter.c (added by H2) ---------------------------------------------------- */

/* Loads the spec's cgroup.devices program and attaches it (BPF_F_ALLOW_MULTI) to its v2
 * cgroup, then detaches the programs an earlier start left there. No-op without one. */
int device_filter_attach(const struct spec *s, struct start_error *e);

/* --- pty.c ---------------------------------------------------------------------------- */

/* In the child: opens a pty from the current /dev/ptmx, sends the master over sock, makes
 * the slave fds 0, 1 and 2. With bind_console, binds the slave onto /dev/console. */
int pty_setup_child(int sock, int bind_console, struct start_error *e);
/* In the parent: receives the master fd sent by pty_setup_child; -1 on EOF (child failed). */
int pty_recv_master(int sock);
/* Relays our stdin/stdout to the pty master until `pid` exited; returns its wait status.
 * Puts our terminal in raw mode (restored after) and forwards SIGWINCH; forwards the
 * signals in `forward` (0-terminated) to pid. relay_stdin=0 leaves stdin alone. */
int pty_relay_wait(int master, pid_t pid, int relay_stdin, const int *forward);
/* Waits for pid without a pty, forwarding the signals in `forward` to it. */
int wait_forwarding(pid_t pid, const int *forward);
/* Copies our terminal's window size (stdin or stdout) to the master. */
void pty_copy_winsize(int master);

#endif
