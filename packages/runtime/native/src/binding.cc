#include "binding.h"
#include <cstring>
#include <cerrno>

namespace tsc {
static const char* ErrnoName(int err) {
  switch (err) {
#define E(x) case x: return #x;
    E(EPERM) E(ENOENT) E(ESRCH) E(EINTR) E(EIO) E(ENXIO) E(E2BIG) E(ENOEXEC) E(EBADF) E(ECHILD)
    E(EAGAIN) E(ENOMEM) E(EACCES) E(EFAULT) E(EBUSY) E(EEXIST) E(EXDEV) E(ENODEV) E(ENOTDIR)
    E(EISDIR) E(EINVAL) E(ENFILE) E(EMFILE) E(ENOTTY) E(EFBIG) E(ENOSPC) E(ESPIPE) E(EROFS)
    E(EMLINK) E(EPIPE) E(ERANGE) E(ENAMETOOLONG) E(ENOSYS) E(ENOTEMPTY) E(ELOOP) E(ENODATA)
    E(ENOTSUP) E(EADDRINUSE) E(EADDRNOTAVAIL) E(ENETUNREACH) E(ECONNREFUSED) E(EAFNOSUPPORT)
    E(EPROTONOSUPPORT) E(ENOBUFS) E(ETIMEDOUT) E(EOVERFLOW)
#undef E
    default: return "EUNKNOWN";
  }
}

Napi::Error ErrnoError(Napi::Env env, int err, const char* syscall, const std::string& path) {
  std::string msg = std::string(ErrnoName(err)) + ": " + syscall;
  if (!path.empty()) msg += " " + path;
  msg += std::string(" (") + strerror(err) + ")";
  Napi::Error e = Napi::Error::New(env, msg);
  e.Set("code", Napi::String::New(env, ErrnoName(err)));
  e.Set("errno", Napi::Number::New(env, err));
  e.Set("syscall", Napi::String::New(env, syscall));
  if (!path.empty()) e.Set("path", Napi::String::New(env, path));
  return e;
}
}  // namespace tsc

static Napi::Object Init(Napi::Env env, Napi::Object exports) {
  tsc::InitFs(env, exports);
  tsc::InitSeccomp(env, exports);
  tsc::InitNetlink(env, exports);
  tsc::InitSpawn(env, exports);
  return exports;
}

NODE_API_MODULE(tsc_native, Init)
