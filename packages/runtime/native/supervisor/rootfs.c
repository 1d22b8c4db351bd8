/*
 * rootfs.c: the container's filesystem, built by the child in its own mount namespace so
 * nothing ever leaks to the host: overlay on rootfs.target, the spec's mounts (targets
 * resolved with openat2(RESOLVE_IN_ROOT), so a symlink in the image cannot point a mount
 * outside the rootfs), devices, symlinks, pivot_root, then read-only and masked paths.
 */
#define _GNU_SOURCE
#include "child.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#define PROPAGATION (MS_SHARED | MS_PRIVATE | MS_SLAVE | MS_UNBINDABLE)

static int append_escaped(char *buf, size_t len, size_t *pos, const char *s) {
  for (; *s; s++) {
    if (*s == ',' || *s == ':' || *s == '\\') {
      if (*pos + 1 >= len) return -1;
      buf[(*pos)++] = '\\';
    }
    if (*pos + 1 >= len) return -1;
    buf[(*pos)++] = *s;
  }
  buf[*pos] = 0;
  return 0;
}

static int append(char *buf, size_t len, size_t *pos, const char *s) {
  size_t n = strlen(s);
  if (*pos + n >= len) return -1;
  memcpy(buf + *pos, s, n + 1);
  *pos += n;
  return 0;
}

int overlay_options(const struct spec *s, char *buf, size_t len) {
  size_t pos = 0;
  int bad = append(buf, len, &pos, "lowerdir=");
  for (size_t i = 0; i < s->nlowers && !bad; i++) {
    if (i) bad |= append(buf, len, &pos, ":");
    bad |= append_escaped(buf, len, &pos, s->lowers[i]);
  }
  if (s->upper && !bad) {
    bad |= append(buf, len, &pos, ",upperdir=");
    bad |= append_escaped(buf, len, &pos, s->upper);
    bad |= append(buf, len, &pos, ",workdir=");
    bad |= append_escaped(buf, len, &pos, s->work);
  }
  if (bad) buf[0] = 0;
  return bad ? -1 : 0;
}

/* Options past a page: the new mount API takes one layer per fsconfig call ("lowerdir+",
 * overlayfs in Linux 6.8+), so the layer count is not bounded by mount(2)'s page. */
static int mount_overlay_fsconfig(const struct spec *s, struct start_error *e) {
  int fs = fsopen("overlay", FSOPEN_CLOEXEC), mnt = -1, r = -1;
  if (fs < 0) return sys_fail(e, "rootfs", "fsopen", "overlay");
  for (size_t i = 0; i < s->nlowers; i++)
    if (fsconfig(fs, FSCONFIG_SET_STRING, "lowerdir+", s->lowers[i], 0) < 0) {
      int err = errno;
      close(fs);
      if (err == EINVAL)
        return msg_fail(e, 125, "rootfs: overlay options for %zu layers do not fit in one page, and this kernel's overlayfs has no \"lowerdir+\" (Linux 6.8+)",
                        s->nlowers);
      errno = err;
      return sys_fail(e, "rootfs", "fsconfig lowerdir+", s->lowers[i]);
    }
  if (s->upper && fsconfig(fs, FSCONFIG_SET_STRING, "upperdir", s->upper, 0) < 0) sys_fail(e, "rootfs", "fsconfig upperdir", s->upper);
  else if (s->upper && fsconfig(fs, FSCONFIG_SET_STRING, "workdir", s->work, 0) < 0) sys_fail(e, "rootfs", "fsconfig workdir", s->work);
  else if (fsconfig(fs, FSCONFIG_CMD_CREATE, NULL, NULL, 0) < 0) sys_fail(e, "rootfs", "mount overlay on", s->rootfs);
  else if ((mnt = fsmount(fs, FSMOUNT_CLOEXEC, 0)) < 0) sys_fail(e, "rootfs", "fsmount overlay", s->rootfs);
  else if (move_mount(mnt, "", AT_FDCWD, s->rootfs, MOVE_MOUNT_F_EMPTY_PATH) < 0) sys_fail(e, "rootfs", "move_mount overlay to", s->rootfs);
  else r = 0;
  if (mnt >= 0) close(mnt);
  close(fs);
  return r;
}

/* Container paths must be absolute and free of "..": the TypeScript side resolves them. */
static int check_path(const char *p, const char *what, struct start_error *e) {
  if (p[0] != '/') return msg_fail(e, 125, "%s: path \"%s\" is not absolute", what, p);
  for (const char *c = p; (c = strstr(c, "..")); c += 2)
    if ((c == p || c[-1] == '/') && (c[2] == 0 || c[2] == '/'))
      return msg_fail(e, 125, "%s: path \"%s\" contains \"..\"", what, p);
  return 0;
}

/* Opens a container path under rootfd, symlinks resolved as if rootfd were "/". */
static int open_in_root(int rootfd, const char *path, int flags) {
  struct open_how how = {.flags = flags | O_CLOEXEC, .resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS};
  while (*path == '/') path++;
  if (!*path) path = ".";
  int fd, tries = 0;
  /* EAGAIN: a concurrent rename raced the walk (RESOLVE_IN_ROOT); retry a bounded number */
  do fd = syscall(SYS_openat2, rootfd, path, &how, sizeof how);
  while (fd < 0 && errno == EAGAIN && ++tries < 64);
  return fd;
}

/* Splits a container path into an O_PATH fd of its parent directory (created 0755 as
 * needed) and the last component. Returns the fd or -1 with e set. */
static int open_parent(int rootfd, const char *path, char *name, size_t namelen, const char *step,
                       struct start_error *e) {
  char buf[4096];
  snprintf(buf, sizeof buf, "%s", path);
  size_t n = strlen(buf);
  while (n > 1 && buf[n - 1] == '/') buf[--n] = 0;
  char *slash = strrchr(buf, '/');
  if (strlen(slash + 1) >= namelen) {
    errno = ENAMETOOLONG;
    return sys_fail(e, step, "open", path);
  }
  snprintf(name, namelen, "%s", slash + 1);
  *slash = 0;
  int dir = open_in_root(rootfd, buf[0] ? buf : "/", O_PATH | O_DIRECTORY);
  if (dir >= 0) return dir;
  if (errno != ENOENT) return sys_fail(e, step, "open", buf[0] ? buf : "/");
  /* create the missing ancestors one component at a time, each resolved in the root */
  dir = open_in_root(rootfd, "/", O_PATH | O_DIRECTORY);
  for (char *p = buf + 1; dir >= 0 && *p;) {
    char *next = strchr(p, '/');
    if (next) *next = 0;
    if (mkdirat(dir, p, 0755) < 0 && errno != EEXIST) {
      close(dir);
      return sys_fail(e, step, "mkdir", buf);
    }
    int sub = open_in_root(rootfd, buf, O_PATH | O_DIRECTORY);
    if (sub < 0) {
      close(dir);
      return sys_fail(e, step, "open", buf);
    }
    close(dir);
    dir = sub;
    if (!next) break;
    *next = '/';
    p = next + 1;
  }
  if (dir < 0) return sys_fail(e, step, "open", "/");
  return dir;
}

/* Makes sure the mount point exists (dir or empty file) and returns an O_PATH fd on it. */
/* Lexically joins a symlink's target to the directory holding it, collapsing "." and ".."
 * at the root: what the link means inside the container (openat2 then resolves the rest). */
static int join_link(const char *path, const char *link, char *out, size_t len) {
  char tmp[4096];
  int n = link[0] == '/' ? snprintf(tmp, sizeof tmp, "%s", link)
                         : snprintf(tmp, sizeof tmp, "%.*s/%s", (int)(strrchr(path, '/') - path), path, link);
  if (n < 0 || (size_t)n >= sizeof tmp) return -1;
  size_t o = 0;
  for (char *save, *c = strtok_r(tmp, "/", &save); c; c = strtok_r(NULL, "/", &save)) {
    if (strcmp(c, ".") == 0) continue;
    if (strcmp(c, "..") == 0) {
      while (o > 0 && out[--o] != '/') {
      }
      continue;
    }
    size_t cl = strlen(c);
    if (o + cl + 2 >= len) return -1;
    out[o++] = '/';
    memcpy(out + o, c, cl);
    o += cl;
  }
  if (o == 0) out[o++] = '/';
  out[o] = 0;
  return 0;
}

/* Makes sure the mount point exists (dir or empty file) and returns an O_PATH fd on it. A
 * dangling symlink (/etc/resolv.conf -> ../run/...) gets its target created, like runc. */
static int mount_point_depth(int rootfd, const char *path, int is_file, int depth, struct start_error *e) {
  int fd = open_in_root(rootfd, path, O_PATH);
  if (fd >= 0 || errno != ENOENT) return fd >= 0 ? fd : sys_fail(e, "mounts", "open", path);
  char name[256];
  int dir = open_parent(rootfd, path, name, sizeof name, "mounts", e);
  if (dir < 0) return -1;
  int r = is_file ? mknodat(dir, name, S_IFREG | 0644, 0) : mkdirat(dir, name, 0755);
  if (r < 0 && errno == EEXIST && depth < 8) {
    char link[4096], target[4096];
    ssize_t n = readlinkat(dir, name, link, sizeof link - 1);
    if (n > 0) {
      link[n] = 0;
      close(dir);
      if (join_link(path, link, target, sizeof target) < 0) return msg_fail(e, 125, "mounts: %s: symlink target too long", path);
      return mount_point_depth(rootfd, target, is_file, depth + 1, e);
    }
  }
  close(dir);
  if (r < 0 && errno != EEXIST) return sys_fail(e, "mounts", is_file ? "create" : "mkdir", path);
  fd = open_in_root(rootfd, path, O_PATH);
  return fd >= 0 ? fd : sys_fail(e, "mounts", "open", path);
}

static int mount_point(int rootfd, const char *path, int is_file, struct start_error *e) {
  return mount_point_depth(rootfd, path, is_file, 0, e);
}

static void fd_path(char *buf, size_t len, int fd) { snprintf(buf, len, "/proc/self/fd/%d", fd); }

/* The flags a bind remount must keep: nosuid/nodev/noexec of the mount are locked in a
 * user namespace and dropping them silently would weaken it. */
static unsigned long locked_flags(const char *path) {
  struct statvfs sv;
  unsigned long f = 0;
  if (statvfs(path, &sv) < 0) return 0;
  if (sv.f_flag & ST_NOSUID) f |= MS_NOSUID;
  if (sv.f_flag & ST_NODEV) f |= MS_NODEV;
  if (sv.f_flag & ST_NOEXEC) f |= MS_NOEXEC;
  return f;
}

static int do_mount(int rootfd, const struct spec_mount *m, struct start_error *e) {
  char at[64];
  if (check_path(m->target, "mounts", e) < 0) return -1;
  int fd = mount_point(rootfd, m->target, m->is_file, e);
  if (fd < 0) return -1;
  fd_path(at, sizeof at, fd);
  unsigned long prop = m->flags & PROPAGATION;
  int r;
  if (m->flags & MS_BIND) r = mount(m->source, at, NULL, MS_BIND | (m->flags & MS_REC), NULL);
  else r = mount(m->source, at, m->type, m->flags & ~(PROPAGATION | MS_REC), m->data[0] ? m->data : NULL);
  close(fd);
  if (r < 0) {
    char what[64];
    snprintf(what, sizeof what, "mount %s %s on", m->type[0] ? m->type : "bind", m->source);
    return sys_fail(e, "mounts", what, m->target);
  }
  unsigned long extra = m->flags & ~(MS_BIND | MS_REC | PROPAGATION);
  if (!(m->flags & MS_BIND && extra) && !prop) return 0;
  /* the fd above points below the new mount: reopen to reach the mount itself */
  fd = open_in_root(rootfd, m->target, O_PATH);
  if (fd < 0) return sys_fail(e, "mounts", "open", m->target);
  fd_path(at, sizeof at, fd);
  r = 0;
  if (m->flags & MS_BIND && extra) {
    r = mount(NULL, at, NULL, MS_REMOUNT | MS_BIND | extra | locked_flags(at), NULL);
    if (r < 0) sys_fail(e, "mounts", "remount", m->target);
  }
  if (r == 0 && prop && (r = mount(NULL, at, NULL, prop | (m->flags & MS_REC), NULL)) < 0)
    sys_fail(e, "mounts", "mount (propagation)", m->target);
  close(fd);
  return r;
}

static int make_device(int rootfd, const struct spec_device *d, struct start_error *e) {
  char name[256];
  if (check_path(d->path, "devices", e) < 0) return -1;
  int dir = open_parent(rootfd, d->path, name, sizeof name, "devices", e);
  if (dir < 0) return -1;
  mode_t type = d->type == 'b' ? S_IFBLK : S_IFCHR;
  int r = mknodat(dir, name, type | (d->mode & 07777), makedev(d->major, d->minor));
  if (r < 0 && errno == EEXIST) r = 0; /* already there (a bind or the image's): keep it */
  else if (r == 0) r = fchownat(dir, name, d->uid, d->gid, AT_SYMLINK_NOFOLLOW);
  close(dir);
  return r < 0 ? sys_fail(e, "devices", "mknod", d->path) : 0;
}

static int make_symlink(int rootfd, const struct spec_symlink *l, struct start_error *e) {
  char name[256];
  if (check_path(l->link, "symlinks", e) < 0) return -1;
  int dir = open_parent(rootfd, l->link, name, sizeof name, "symlinks", e);
  if (dir < 0) return -1;
  int r = symlinkat(l->target, dir, name);
  close(dir);
  return r < 0 && errno != EEXIST ? sys_fail(e, "symlinks", "symlink", l->link) : 0;
}

static int mount_rootfs(const struct spec *s, const char *opts, struct start_error *e) {
  if (s->nlowers == 1 && !s->upper) {
    /* one read-only layer needs no overlay: a read-only bind of it */
    if (mount(s->lowers[0], s->rootfs, NULL, MS_BIND | MS_REC, NULL) < 0)
      return sys_fail(e, "rootfs", "bind", s->lowers[0]);
    if (mount(NULL, s->rootfs, NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) < 0)
      return sys_fail(e, "rootfs", "remount ro", s->rootfs);
    return 0;
  }
  if (!opts[0]) return mount_overlay_fsconfig(s, e);
  if (mount("overlay", s->rootfs, "overlay", 0, opts) < 0) return sys_fail(e, "rootfs", "mount overlay on", s->rootfs);
  return 0;
}

static int pivot(int rootfd, struct start_error *e) {
  int oldroot = open("/", O_DIRECTORY | O_RDONLY | O_CLOEXEC);
  if (oldroot < 0) return sys_fail(e, "pivot_root", "open", "/");
  int r = -1;
  if (fchdir(rootfd) < 0) sys_fail(e, "pivot_root", "fchdir", "rootfs");
  else if (syscall(SYS_pivot_root, ".", ".") < 0) sys_fail(e, "pivot_root", "pivot_root", ".");
  else if (fchdir(oldroot) < 0) sys_fail(e, "pivot_root", "fchdir", "old root");
  else if (mount(NULL, ".", NULL, MS_REC | MS_PRIVATE, NULL) < 0) sys_fail(e, "pivot_root", "make-rprivate", "old root");
  else if (umount2(".", MNT_DETACH) < 0) sys_fail(e, "pivot_root", "umount", "old root");
  else if (chdir("/") < 0) sys_fail(e, "pivot_root", "chdir", "/");
  else r = 0;
  close(oldroot);
  return r;
}

int rootfs_prepare(const struct spec *s, const char *overlay_opts, struct start_error *e) {
  if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) < 0) return sys_fail(e, "rootfs", "make-rprivate", "/");
  if (!s->rootfs) return 0;
  if (mount_rootfs(s, overlay_opts, e) < 0) return -1;
  int rootfd = open(s->rootfs, O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (rootfd < 0) return sys_fail(e, "rootfs", "open", s->rootfs);
  int r = 0;
  for (size_t i = 0; r == 0 && i < s->nmounts; i++) r = do_mount(rootfd, &s->mounts[i], e);
  for (size_t i = 0; r == 0 && i < s->ndevices; i++) r = make_device(rootfd, &s->devices[i], e);
  for (size_t i = 0; r == 0 && i < s->nsymlinks; i++) r = make_symlink(rootfd, &s->symlinks[i], e);
  if (r == 0) r = pivot(rootfd, e);
  close(rootfd);
  return r;
}

static int readonly_path(const char *p, struct start_error *e) {
  if (mount(p, p, NULL, MS_BIND | MS_REC, NULL) < 0) {
    if (errno == ENOENT) return 0;
    return sys_fail(e, "readonly paths", "bind", p);
  }
  if (mount(NULL, p, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_REC | locked_flags(p), NULL) < 0)
    return sys_fail(e, "readonly paths", "remount ro", p);
  return 0;
}

static int masked_path(const char *p, struct start_error *e) {
  struct stat st;
  if (stat(p, &st) < 0) return errno == ENOENT ? 0 : sys_fail(e, "masked paths", "stat", p);
  int r = S_ISDIR(st.st_mode) ? mount("tmpfs", p, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL)
                              : mount("/dev/null", p, NULL, MS_BIND, NULL);
  return r < 0 ? sys_fail(e, "masked paths", "mount", p) : 0;
}

static int mkdir_p(const char *path, struct start_error *e) {
  char buf[4096];
  snprintf(buf, sizeof buf, "%s", path);
  if (!buf[1]) return 0; /* "/" */
  for (char *p = buf + 1;; p++) {
    if (*p != '/' && *p) continue;
    char c = *p;
    *p = 0;
    if (mkdir(buf, 0755) < 0 && errno != EEXIST) return sys_fail(e, "cwd", "mkdir", buf);
    if (!c) return 0;
    *p = c;
  }
}

int rootfs_finish(const struct spec *s, struct start_error *e) {
  if (!s->rootfs) return 0;
  for (size_t i = 0; i < s->nreadonly; i++)
    if (check_path(s->readonly_paths[i], "readonly paths", e) < 0 || readonly_path(s->readonly_paths[i], e) < 0)
      return -1;
  for (size_t i = 0; i < s->nmasked; i++)
    if (check_path(s->masked[i], "masked paths", e) < 0 || masked_path(s->masked[i], e) < 0) return -1;
  /* like docker, a missing working directory is created (before the root turns read-only) */
  if (s->cwd && check_path(s->cwd, "cwd", e) < 0) return -1;
  if (s->cwd && mkdir_p(s->cwd, e) < 0) return -1;
  if (s->rootfs_readonly && mount(NULL, "/", NULL, MS_REMOUNT | MS_BIND | MS_RDONLY, NULL) < 0)
    return sys_fail(e, "rootfs", "remount ro", "/");
  return 0;
}
