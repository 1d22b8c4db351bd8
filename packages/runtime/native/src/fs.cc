// Thin filesystem syscalls Node does not expose: device nodes (overlay whiteouts), xattrs on
// links (opaque dirs, image xattrs), flock (state locks), mount/umount2 and statfs f_type.
// No policy here: validate arguments, make the call, throw an ErrnoError.
#include "binding.h"

#include <cerrno>
#include <sys/file.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <sys/xattr.h>
#include <unistd.h>
#include <vector>

namespace tsc {
namespace {

bool CheckArgs(const Napi::CallbackInfo& info, const char* usage, std::initializer_list<napi_valuetype> types) {
  size_t i = 0;
  for (napi_valuetype t : types) {
    if (info.Length() <= i || info[i].Type() != t) {
      Napi::TypeError::New(info.Env(), std::string("Usage: ") + usage).ThrowAsJavaScriptException();
      return false;
    }
    i++;
  }
  return true;
}

// mknod(path, mode, major, minor): mode includes the file type bits (S_IFCHR, S_IFBLK, S_IFIFO).
Napi::Value Mknod(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!CheckArgs(info, "mknod(path, mode, major, minor)",
                 {napi_string, napi_number, napi_number, napi_number}))
    return env.Undefined();
  std::string path = info[0].As<Napi::String>();
  mode_t mode = info[1].As<Napi::Number>().Uint32Value();
  unsigned maj = info[2].As<Napi::Number>().Uint32Value();
  unsigned min = info[3].As<Napi::Number>().Uint32Value();
  if (mknod(path.c_str(), mode, makedev(maj, min)) != 0) {
    ErrnoError(env, errno, "mknod", path).ThrowAsJavaScriptException();
  }
  return env.Undefined();
}

// lsetxattr(path, name, value: Buffer, flags?)
Napi::Value Lsetxattr(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!CheckArgs(info, "lsetxattr(path, name, value: Buffer, flags?)", {napi_string, napi_string}) ) return env.Undefined();
  if (info.Length() < 3 || !info[2].IsBuffer()) {
    Napi::TypeError::New(env, "Usage: lsetxattr(path, name, value: Buffer, flags?)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  std::string path = info[0].As<Napi::String>();
  std::string name = info[1].As<Napi::String>();
  Napi::Buffer<char> value = info[2].As<Napi::Buffer<char>>();
  int flags = info.Length() > 3 && info[3].IsNumber() ? info[3].As<Napi::Number>().Int32Value() : 0;
  if (lsetxattr(path.c_str(), name.c_str(), value.Data(), value.Length(), flags) != 0) {
    ErrnoError(env, errno, "lsetxattr", path + " " + name).ThrowAsJavaScriptException();
  }
  return env.Undefined();
}

// lgetxattr(path, name) -> Buffer | undefined (undefined when the attribute is absent).
Napi::Value Lgetxattr(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!CheckArgs(info, "lgetxattr(path, name)", {napi_string, napi_string})) return env.Undefined();
  std::string path = info[0].As<Napi::String>();
  std::string name = info[1].As<Napi::String>();
  // Size query then read; retry if the value grew in between (ERANGE).
  for (int attempt = 0; attempt < 4; attempt++) {
    ssize_t n = lgetxattr(path.c_str(), name.c_str(), nullptr, 0);
    if (n < 0) {
      if (errno == ENODATA) return env.Undefined();
      ErrnoError(env, errno, "lgetxattr", path + " " + name).ThrowAsJavaScriptException();
      return env.Undefined();
    }
    std::vector<char> buf(n > 0 ? n : 1);
    ssize_t m = lgetxattr(path.c_str(), name.c_str(), buf.data(), buf.size());
    if (m < 0) {
      if (errno == ERANGE) continue;
      if (errno == ENODATA) return env.Undefined();
      ErrnoError(env, errno, "lgetxattr", path + " " + name).ThrowAsJavaScriptException();
      return env.Undefined();
    }
    return Napi::Buffer<char>::Copy(env, buf.data(), m);
  }
  ErrnoError(env, ERANGE, "lgetxattr", path + " " + name).ThrowAsJavaScriptException();
  return env.Undefined();
}

// llistxattr(path) -> string[]
Napi::Value Llistxattr(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!CheckArgs(info, "llistxattr(path)", {napi_string})) return env.Undefined();
  std::string path = info[0].As<Napi::String>();
  for (int attempt = 0; attempt < 4; attempt++) {
    ssize_t n = llistxattr(path.c_str(), nullptr, 0);
    if (n < 0) {
      if (errno == ENOTSUP) return Napi::Array::New(env, 0);
      ErrnoError(env, errno, "llistxattr", path).ThrowAsJavaScriptException();
      return env.Undefined();
    }
    std::vector<char> buf(n > 0 ? n : 1);
    ssize_t m = n > 0 ? llistxattr(path.c_str(), buf.data(), buf.size()) : 0;
    if (m < 0) {
      if (errno == ERANGE) continue;
      ErrnoError(env, errno, "llistxattr", path).ThrowAsJavaScriptException();
      return env.Undefined();
    }
    Napi::Array out = Napi::Array::New(env);
    uint32_t idx = 0;
    for (ssize_t i = 0; i < m;) {
      std::string name(buf.data() + i);
      out.Set(idx++, Napi::String::New(env, name));
      i += name.size() + 1;
    }
    return out;
  }
  ErrnoError(env, ERANGE, "llistxattr", path).ThrowAsJavaScriptException();
  return env.Undefined();
}

// flockTry(fd, op): op is LOCK_SH|LOCK_EX|LOCK_UN, always non-blocking here.
// Returns true when acquired, false when another holder has it (EWOULDBLOCK).
Napi::Value FlockTry(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!CheckArgs(info, "flockTry(fd, op)", {napi_number, napi_number})) return env.Undefined();
  int fd = info[0].As<Napi::Number>().Int32Value();
  int op = info[1].As<Napi::Number>().Int32Value();
  int r;
  do r = flock(fd, op | LOCK_NB); while (r != 0 && errno == EINTR);
  if (r != 0) {
    if (errno == EWOULDBLOCK) return Napi::Boolean::New(env, false);
    ErrnoError(env, errno, "flock", "fd " + std::to_string(fd)).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return Napi::Boolean::New(env, true);
}

// Blocking acquisition runs on the libuv pool so the JS thread never waits on a lock.
class FlockWorker : public Napi::AsyncWorker {
 public:
  FlockWorker(Napi::Env env, int fd, int op)
      : Napi::AsyncWorker(env), fd_(fd), op_(op), deferred_(Napi::Promise::Deferred::New(env)) {}
  Napi::Promise Promise() { return deferred_.Promise(); }
  void Execute() override {
    int r;
    do r = flock(fd_, op_); while (r != 0 && errno == EINTR);
    err_ = r == 0 ? 0 : errno;
  }
  void OnOK() override {
    Napi::Env env = Env();
    if (err_ != 0) deferred_.Reject(ErrnoError(env, err_, "flock", "fd " + std::to_string(fd_)).Value());
    else deferred_.Resolve(env.Undefined());
  }
  void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }

 private:
  int fd_, op_, err_ = 0;
  Napi::Promise::Deferred deferred_;
};

// flock(fd, op) -> Promise<void>: blocking acquisition off the JS thread.
Napi::Value FlockAsync(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!CheckArgs(info, "flock(fd, op)", {napi_number, napi_number})) return env.Undefined();
  auto* w = new FlockWorker(env, info[0].As<Napi::Number>().Int32Value(), info[1].As<Napi::Number>().Int32Value());
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

// mount(source, target, fstype, flags, data): strings may be empty for "none"/NULL.
Napi::Value Mount(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!CheckArgs(info, "mount(source, target, fstype, flags, data)",
                 {napi_string, napi_string, napi_string, napi_number, napi_string}))
    return env.Undefined();
  std::string source = info[0].As<Napi::String>();
  std::string target = info[1].As<Napi::String>();
  std::string fstype = info[2].As<Napi::String>();
  unsigned long flags = static_cast<unsigned long>(info[3].As<Napi::Number>().Int64Value());
  std::string data = info[4].As<Napi::String>();
  if (mount(source.empty() ? nullptr : source.c_str(), target.c_str(), fstype.empty() ? nullptr : fstype.c_str(), flags,
            data.empty() ? nullptr : data.c_str()) != 0) {
    ErrnoError(env, errno, "mount", target).ThrowAsJavaScriptException();
  }
  return env.Undefined();
}

// umount2(target, flags)
Napi::Value Umount2(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!CheckArgs(info, "umount2(target, flags)", {napi_string, napi_number})) return env.Undefined();
  std::string target = info[0].As<Napi::String>();
  int flags = info[1].As<Napi::Number>().Int32Value();
  if (umount2(target.c_str(), flags) != 0) {
    ErrnoError(env, errno, "umount2", target).ThrowAsJavaScriptException();
  }
  return env.Undefined();
}

// statfsType(path) -> f_type (filesystem magic number)
Napi::Value StatfsType(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (!CheckArgs(info, "statfsType(path)", {napi_string})) return env.Undefined();
  std::string path = info[0].As<Napi::String>();
  struct statfs st;
  if (statfs(path.c_str(), &st) != 0) {
    ErrnoError(env, errno, "statfs", path).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return Napi::Number::New(env, static_cast<double>(static_cast<unsigned long>(st.f_type)));
}

}  // namespace

void InitFs(Napi::Env env, Napi::Object exports) {
  exports.Set("mknod", Napi::Function::New(env, Mknod, "mknod"));
  exports.Set("lsetxattr", Napi::Function::New(env, Lsetxattr, "lsetxattr"));
  exports.Set("lgetxattr", Napi::Function::New(env, Lgetxattr, "lgetxattr"));
  exports.Set("llistxattr", Napi::Function::New(env, Llistxattr, "llistxattr"));
  exports.Set("flockTry", Napi::Function::New(env, FlockTry, "flockTry"));
  exports.Set("flock", Napi::Function::New(env, FlockAsync, "flock"));
  exports.Set("mount", Napi::Function::New(env, Mount, "mount"));
  exports.Set("umount2", Napi::Function::New(env, Umount2, "umount2"));
  exports.Set("statfsType", Napi::Function::New(env, StatfsType, "statfsType"));
}
}  // namespace tsc
