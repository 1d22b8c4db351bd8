/*
 * The container spec the TypeScript side writes and the supervisor reads.
 *
 * File format: a sequence of records "key=value\0". Keys may repeat (lists keep file order).
 * Values never contain NUL. Compound values separate their fields with \x1f (ASCII unit
 * separator), written below as |. Numbers are decimal. Everything is resolved by TypeScript
 * (paths absolute, flags numeric, user already a uid/gid): C parses, it does not decide.
 *
 * Identity
 *   id=<64 hex>                 name=<container name>
 *   dir=<container state dir>   (holds state.json, control.sock, the log)
 * Process
 *   arg=<argv[i]>  (repeated, argv[0] first; resolved entrypoint+cmd, looked up in PATH by C
 *                   inside the container when it has no '/')
 *   env=<K=V>  (repeated)       cwd=<dir inside the container>
 *   uid=<n>  gid=<n>  group=<n> (repeated supplementary gids)
 *   tty=1                       stdin=1 (keep stdin open)
 *   umask=<octal>               (default 0022)
 * Root filesystem (overlay mounted by the container child in its own mount namespace)
 *   rootfs.lower=<dir>  (repeated, top-most first)
 *   rootfs.upper=<dir>  rootfs.work=<dir>  rootfs.target=<dir to mount on, then pivot into>
 *   rootfs.readonly=1
 * Namespaces: ns.<kind>=new | host | <path to an ns file to setns into>
 *   kinds: net, ipc, uts, pid, cgroup, mnt (mnt is always new).  Defaults: new (cgroup: host)
 * Mounts, in order, after the rootfs is mounted and before pivot_root
 *   mount=<type>|<source>|<target inside rootfs>|<flags>|<data>|<kind>
 *     flags: numeric MS_* (MS_BIND binds; any other flag with MS_BIND means a remount
 *     MS_REMOUNT|MS_BIND|flags afterwards); kind: dir | file (what to create at target)
 *     (added by A:) propagation flags (MS_PRIVATE/SLAVE/SHARED/UNBINDABLE, with MS_REC for
 *     the r- forms) are applied by a separate mount call afterwards; targets resolve inside
 *     the rootfs (openat2 RESOLVE_IN_ROOT; ".." refused), a dangling symlink at the target
 *     gets its target created, like runc. Overlay options longer than a page are passed
 *     one layer at a time with fsconfig("lowerdir+") (Linux 6.8+).
 *   device=<path>|<c or b>|<major>|<minor>|<mode octal>|<uid>|<gid>
 *   symlink=<target>|<link path>
 *   masked=<path>               readonly=<path>     (applied after pivot_root)
 *   hostname=<name>  domainname=<name>
 *   sysctl=<dotted key>|<value>
 * Limits and security
 *   cgroup.procs=<path of a cgroup.procs file>  (repeated; the container pid is written to each)
 *   cgroup.freezer=<path of freezer.state or cgroup.freeze> (for pause; informational)
 *   cgroup.devices=<cgroup v2 dir>|<hex of struct bpf_insn[]>  (added by H2) a
 *                               BPF_PROG_TYPE_CGROUP_DEVICE program, compiled by TypeScript
 *                               (src/cgroups/device-filter.ts), loaded and attached to the
 *                               dir before the container process is cloned; it replaces the
 *                               program a previous start attached there. Absent: no filter
 *                               (cgroup v1, which uses the devices controller, or privileged).
 *   rlimit=<RLIMIT_* number>|<soft>|<hard>  (-1 = unlimited)
 *   oom_score_adj=<n>
 *   cap.bounding=<hex mask>  cap.effective=<hex>  cap.permitted=<hex>  cap.inheritable=<hex>
 *   cap.ambient=<hex>           (no cap.* record at all: capabilities are left as inherited)
 *   nnp=1                       seccomp=<path of a raw BPF program: struct sock_filter[]>
 *   pdeathsig=<n>               (added by A) signal the container init gets when its parent,
 *                               the supervisor, dies (0/absent = none; re-set after the uid
 *                               switch). During setup the child always dies with its parent.
 * Supervision (used by the supervisor loop, not by the container child)
 *   log.path=<file>  log.max_size=<bytes, 0 = no rotation>  log.max_files=<n>
 *   events.path=<append-only event log of the state root>
 *   restart=no|always|on-failure|unless-stopped   restart.max=<n, 0 = unlimited>
 *   health.arg=<argv[i]> (repeated; already CMD form: CMD-SHELL became /bin/sh -c ...)
 *   health.interval_ms=  health.timeout_ms=  health.retries=  health.start_period_ms=
 *   health.start_interval_ms=
 *   stop.signal=<n>  stop.timeout=<seconds>
 *   hook.exit=<argv[i]> (repeated; run, detached, after the container exited for good,
 *                        e.g. auto-remove for --rm -d)
 *   (added by B, parsed by supervise.c itself, not stored in struct spec:)
 *   stdin_once=1                an attach client's half-close (stdin EOF) closes the
 *                               container's stdin (docker's StdinOnce, `run -i` without -d)
 *   cgroup.memory=<dir>         the container's memory cgroup (v1 dir with memory.oom_control,
 *                               or v2 dir with memory.events): its oom_kill counter decides
 *                               oomKilled and the "oom" event
 *   event.attr=<key>|<value>    (repeated) attributes added to every event, as docker copies
 *                               image and labels into them (e.g. image|busybox,
 *                               com.docker.compose.project|demo)
 *
 * No-rootfs mode (added by A): without rootfs.target the container runs in the host's
 *   filesystem (new mount namespace, no overlay, no pivot_root; mount/device/symlink/masked/
 *   readonly records are skipped). For debugging and early tests only.
 * Init (--init, added by A): the TS side bind-mounts build/Release/tsc-init read-only
 *   (mount=bind|<abs path of tsc-init>|/sbin/docker-init|MS_BIND|MS_RDONLY||file) and prefixes
 *   argv with arg=/sbin/docker-init arg=-- ; tsc-init (pid 1) spawns the rest, forwards
 *   signals to it and reaps every zombie, exiting with the child's status.
 * Defaults: umask 0022, ns.* new (cgroup host), restart no, stop.signal 15, stop.timeout 10,
 *   log.max_files 1, health interval/timeout 30000 ms, retries 3, start interval 5000 ms.
 */
#ifndef TSC_SPEC_H
#define TSC_SPEC_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define SPEC_NS_NEW 0
#define SPEC_NS_HOST 1
#define SPEC_NS_PATH 2

enum spec_ns_kind { NSK_NET, NSK_IPC, NSK_UTS, NSK_PID, NSK_CGROUP, NSK_MNT, NSK_COUNT };

struct spec_ns {
  int mode;          /* SPEC_NS_NEW / HOST / PATH */
  const char *path;  /* when PATH */
};

struct spec_mount {
  const char *type, *source, *target, *data;
  unsigned long flags;
  int is_file;
};

struct spec_device {
  const char *path;
  char type; /* 'c' or 'b' */
  unsigned major, minor, mode;
  uid_t uid;
  gid_t gid;
};

struct spec_symlink { const char *target, *link; };
struct spec_sysctl { const char *key, *value; };
struct spec_rlimit { int resource; long long soft, hard; };

struct spec {
  char *buf; /* owns every string below */
  size_t buf_len;

  const char *id, *name, *dir;
  const char **argv; size_t argc;        /* NULL-terminated */
  const char **envp; size_t envc;        /* NULL-terminated */
  const char *cwd;
  uid_t uid; gid_t gid;
  gid_t *groups; size_t ngroups;
  int tty, open_stdin;
  unsigned umask_value;

  const char **lowers; size_t nlowers;
  const char *upper, *work, *rootfs;
  int rootfs_readonly;

  struct spec_ns ns[NSK_COUNT];

  struct spec_mount *mounts; size_t nmounts;
  struct spec_device *devices; size_t ndevices;
  struct spec_symlink *symlinks; size_t nsymlinks;
  const char **masked; size_t nmasked;
  const char **readonly_paths; size_t nreadonly;
  const char *hostname, *domainname;
  struct spec_sysctl *sysctls; size_t nsysctls;

  const char **cgroup_procs; size_t ncgroup_procs;
  const char *cgroup_freezer;
  const char *devfilter_cgroup;           /* cgroup.devices: dir, NULL = none */
  const unsigned char *devfilter_prog;    /* decoded in place in buf */
  size_t devfilter_len;                   /* bytes, a multiple of 8 */
  struct spec_rlimit *rlimits; size_t nrlimits;
  int has_oom_score_adj; int oom_score_adj;
  uint64_t cap_bounding, cap_effective, cap_permitted, cap_inheritable, cap_ambient;
  int has_caps; /* any cap.* record present */
  int no_new_privs;
  const char *seccomp_path;
  int pdeathsig;

  const char *log_path; uint64_t log_max_size; unsigned log_max_files;
  const char *events_path;
  const char *restart; unsigned restart_max;
  const char **health_argv; size_t health_argc;
  uint64_t health_interval_ms, health_timeout_ms, health_start_period_ms, health_start_interval_ms;
  unsigned health_retries;
  int stop_signal; unsigned stop_timeout;
  const char **exit_hook; size_t exit_hook_argc;
};

/* Parses the spec file at path. Returns 0, or -1 with a message in err. */
int spec_load(const char *path, struct spec *s, char *err, size_t errlen);
void spec_free(struct spec *s);

#endif
