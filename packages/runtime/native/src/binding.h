// Shared declarations of the addon. Each area registers its functions from its own file,
// so the addon stays a set of thin, independent syscall wrappers (no policy in C++).
#pragma once
#include <napi.h>
#include <string>

namespace tsc {
// Throws a JS Error carrying code (errno name), errno, syscall and path, like Node's fs errors.
Napi::Error ErrnoError(Napi::Env env, int err, const char* syscall, const std::string& path = "");

void InitFs(Napi::Env env, Napi::Object exports);       // fs.cc: mknod, xattrs, flock, mount/umount, statfs
void InitSeccomp(Napi::Env env, Napi::Object exports);  // seccomp.cc: compile a resolved profile to BPF
void InitNetlink(Napi::Env env, Napi::Object exports);  // netlink.cc: links, addresses, routes, netns
void InitSpawn(Napi::Env env, Napi::Object exports);    // spawn.cc: detached helper processes (posix_spawn + pidfd reaper)
}  // namespace tsc
