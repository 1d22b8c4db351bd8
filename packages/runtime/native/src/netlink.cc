// rtnetlink transport and network-namespace files. No policy and no message encoding here:
// src/native/netlink.ts builds the RTM_* messages and parses the replies; C++ only moves
// bytes over a NETLINK_ROUTE socket that lives in the right namespace.
//
// Namespaces: a netlink socket belongs to the netns of the thread that created it, and
// setns(CLONE_NEWNET) is per thread, so work "inside" a netns runs on a dedicated
// std::thread that joins the netns, does the work and exits. Node's threads (main, libuv
// pool) never change namespace (RUNTIME-FACTS §1.6).
#include "binding.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

#ifndef NETLINK_EXT_ACK
#define NETLINK_EXT_ACK 11
#endif
#ifndef NETLINK_CAP_ACK
#define NETLINK_CAP_ACK 10
#endif

namespace tsc {
namespace {

struct Failure {
  int err = 0;
  const char* syscall = "";
  std::string object;
  void Set(int e, const char* s, std::string o = "") {
    if (err != 0) return;  // keep the first failure
    err = e;
    syscall = s;
    object = std::move(o);
  }
};

// Runs fn on a fresh thread that first joins the netns at nsPath (when not empty).
template <typename Fn>
void InNetns(const std::string& nsPath, Failure& fail, Fn fn) {
  if (nsPath.empty()) {
    fn();
    return;
  }
  std::thread t([&]() {
    int fd = open(nsPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail.Set(errno, "open", nsPath);
    if (setns(fd, CLONE_NEWNET) != 0) {
      int e = errno;
      close(fd);
      return fail.Set(e, "setns", nsPath);
    }
    close(fd);
    fn();
    // The thread exits here; its netns membership dies with it.
  });
  t.join();
}

// Sends the concatenated requests in `req` (each with a distinct nlmsg_seq) and collects every
// reply until each request has been answered by NLMSG_ERROR (ack or error) or NLMSG_DONE.
// Returns false when the kernel refused one of the requests (the error is in `out`).
bool Transact(const std::vector<uint8_t>& req, std::vector<uint8_t>& out, Failure& fail) {
  bool ok = true;
  std::vector<uint32_t> pending;
  for (size_t off = 0; off + sizeof(nlmsghdr) <= req.size();) {
    const nlmsghdr* h = reinterpret_cast<const nlmsghdr*>(req.data() + off);
    if (h->nlmsg_len < sizeof(nlmsghdr) || off + h->nlmsg_len > req.size()) {
      fail.Set(EINVAL, "netlink", "malformed request");
      return false;
    }
    pending.push_back(h->nlmsg_seq);
    off += NLMSG_ALIGN(h->nlmsg_len);
  }
  int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
  if (fd < 0) {
    fail.Set(errno, "socket", "NETLINK_ROUTE");
    return false;
  }
  int one = 1;
  setsockopt(fd, SOL_NETLINK, NETLINK_EXT_ACK, &one, sizeof(one));  // error strings from the kernel
  setsockopt(fd, SOL_NETLINK, NETLINK_CAP_ACK, &one, sizeof(one));  // do not echo requests in acks
  sockaddr_nl kernel{};
  kernel.nl_family = AF_NETLINK;
  ssize_t n;
  do n = sendto(fd, req.data(), req.size(), 0, reinterpret_cast<sockaddr*>(&kernel), sizeof(kernel));
  while (n < 0 && errno == EINTR);
  if (n < 0) {
    fail.Set(errno, "sendto", "NETLINK_ROUTE");
    close(fd);
    return false;
  }
  std::vector<uint8_t> buf(1 << 16);
  while (!pending.empty()) {
    do n = recv(fd, buf.data(), buf.size(), 0);
    while (n < 0 && errno == EINTR);
    if (n < 0) {
      fail.Set(errno, "recv", "NETLINK_ROUTE");
      break;
    }
    if (n == 0) break;
    out.insert(out.end(), buf.data(), buf.data() + n);
    int len = static_cast<int>(n);
    for (const nlmsghdr* h = reinterpret_cast<const nlmsghdr*>(buf.data()); NLMSG_OK(h, len); h = NLMSG_NEXT(h, len)) {
      if (h->nlmsg_type == NLMSG_ERROR && reinterpret_cast<const nlmsgerr*>(NLMSG_DATA(h))->error != 0) ok = false;
      if (h->nlmsg_type == NLMSG_ERROR || h->nlmsg_type == NLMSG_DONE) {
        for (size_t i = 0; i < pending.size(); i++) {
          if (pending[i] == h->nlmsg_seq) {
            pending.erase(pending.begin() + i);
            break;
          }
        }
      }
    }
  }
  close(fd);
  return ok && fail.err == 0;
}

// Writes "value" to each /proc/sys path. Called on the thread that joined the netns: the
// net.* sysctl files resolve against the opener's netns.
void WriteSysctls(const std::vector<std::pair<std::string, std::string>>& sysctls, Failure& fail) {
  for (const auto& kv : sysctls) {
    int fd = open(kv.first.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return fail.Set(errno, "open", kv.first);
    ssize_t n = write(fd, kv.second.data(), kv.second.size());
    int e = errno;
    close(fd);
    if (n < 0) return fail.Set(e, "write", kv.first);
  }
}

bool ReadSysctls(const Napi::Value& v, std::vector<std::pair<std::string, std::string>>& out);
bool ReadBuffer(const Napi::CallbackInfo& info, size_t i, std::vector<uint8_t>& out);

class TransactWorker : public Napi::AsyncWorker {
 public:
  TransactWorker(Napi::Env env, std::string ns, std::vector<uint8_t> req,
                 std::vector<std::pair<std::string, std::string>> sysctls, std::vector<uint8_t> then)
      : Napi::AsyncWorker(env), ns_(std::move(ns)), req_(std::move(req)), then_(std::move(then)),
        sysctls_(std::move(sysctls)), deferred_(Napi::Promise::Deferred::New(env)) {}
  Napi::Promise Promise() { return deferred_.Promise(); }
  void Execute() override {
    bool ok = false;
    InNetns(ns_, fail_, [this, &ok]() {
      // Sysctls after the messages: conf.<dev> exists only once the batch made the device.
      if (!req_.empty() && !Transact(req_, out_, fail_)) return;
      WriteSysctls(sysctls_, fail_);
      ok = fail_.err == 0;
    });
    // The follow-up batch runs here, on the pool thread, in the caller's (host) netns.
    if (ok && !then_.empty()) Transact(then_, out_, fail_);
  }
  void OnOK() override {
    Napi::Env env = Env();
    if (fail_.err != 0) return deferred_.Reject(ErrnoError(env, fail_.err, fail_.syscall, fail_.object).Value());
    deferred_.Resolve(Napi::Buffer<uint8_t>::Copy(env, out_.data(), out_.size()));
  }
  void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }

 private:
  std::string ns_;
  std::vector<uint8_t> req_, then_, out_;
  std::vector<std::pair<std::string, std::string>> sysctls_;
  Failure fail_;
  Napi::Promise::Deferred deferred_;
};

bool ReadBuffer(const Napi::CallbackInfo& info, size_t i, std::vector<uint8_t>& out) {
  if (info.Length() <= i || info[i].IsUndefined()) return true;
  if (!info[i].IsBuffer()) return false;
  Napi::Buffer<uint8_t> b = info[i].As<Napi::Buffer<uint8_t>>();
  out.assign(b.Data(), b.Data() + b.Length());
  return true;
}

// netlinkTransact(nsPath: string, request: Buffer, sysctls: [path, value][], then?: Buffer)
//   -> Promise<Buffer>
// nsPath "" = the caller's netns. `then` is a second batch sent afterwards from the caller's
// netns (the host half of an endpoint), saving a round trip through the libuv pool.
// Resolves with every reply message of both batches, undecoded.
Napi::Value NetlinkTransact(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const char* usage = "Usage: netlinkTransact(nsPath: string, request: Buffer, sysctls: [string, string][], then?: Buffer)";
  if (info.Length() < 3 || !info[0].IsString() || !info[1].IsBuffer() || !info[2].IsArray()) {
    Napi::TypeError::New(env, usage).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  Napi::Buffer<uint8_t> b = info[1].As<Napi::Buffer<uint8_t>>();
  std::vector<uint8_t> req(b.Data(), b.Data() + b.Length());
  std::vector<std::pair<std::string, std::string>> sysctls;
  std::vector<uint8_t> then;
  if (!ReadSysctls(info[2], sysctls) || !ReadBuffer(info, 3, then)) {
    Napi::TypeError::New(env, usage).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  auto* w = new TransactWorker(env, info[0].As<Napi::String>(), std::move(req), std::move(sysctls), std::move(then));
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

// createNetns(path, request?: Buffer, sysctls?: [path, value][], then?: Buffer) -> Promise<Buffer>: a new
// network namespace pinned by a bind mount on `path` (an existing empty file). A dedicated
// thread unshares CLONE_NEWNET, pins it, and, while it is inside, runs the optional netlink
// batch and sysctl writes (an endpoint attach then costs one thread, not two). The thread
// exits afterwards, so no Node thread ever leaves the host netns.
class CreateNetnsWorker : public Napi::AsyncWorker {
 public:
  CreateNetnsWorker(Napi::Env env, std::string path, std::vector<uint8_t> req,
                    std::vector<std::pair<std::string, std::string>> sysctls, std::vector<uint8_t> then)
      : Napi::AsyncWorker(env), path_(std::move(path)), req_(std::move(req)), then_(std::move(then)),
        sysctls_(std::move(sysctls)), deferred_(Napi::Promise::Deferred::New(env)) {}
  Napi::Promise Promise() { return deferred_.Promise(); }
  void Execute() override {
    std::thread t([this]() {
      if (unshare(CLONE_NEWNET) != 0) return fail_.Set(errno, "unshare", "CLONE_NEWNET");
      std::string self = "/proc/self/task/" + std::to_string(syscall(SYS_gettid)) + "/ns/net";
      if (mount(self.c_str(), path_.c_str(), nullptr, MS_BIND, nullptr) != 0) return fail_.Set(errno, "mount", path_);
      if (!req_.empty() && !Transact(req_, out_, fail_)) return;
      WriteSysctls(sysctls_, fail_);
      ok_ = fail_.err == 0;
    });
    t.join();
    if (ok_ && !then_.empty()) Transact(then_, out_, fail_);
  }
  void OnOK() override {
    Napi::Env env = Env();
    if (fail_.err != 0) return deferred_.Reject(ErrnoError(env, fail_.err, fail_.syscall, fail_.object).Value());
    deferred_.Resolve(Napi::Buffer<uint8_t>::Copy(env, out_.data(), out_.size()));
  }
  void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }

 private:
  std::string path_;
  std::vector<uint8_t> req_, then_, out_;
  std::vector<std::pair<std::string, std::string>> sysctls_;
  bool ok_ = false;
  Failure fail_;
  Napi::Promise::Deferred deferred_;
};

bool ReadSysctls(const Napi::Value& v, std::vector<std::pair<std::string, std::string>>& out) {
  if (v.IsUndefined()) return true;
  if (!v.IsArray()) return false;
  Napi::Array arr = v.As<Napi::Array>();
  for (uint32_t i = 0; i < arr.Length(); i++) {
    Napi::Value e = arr.Get(i);
    if (!e.IsArray() || e.As<Napi::Array>().Length() != 2) return false;
    Napi::Array kv = e.As<Napi::Array>();
    out.emplace_back(kv.Get(0u).ToString().Utf8Value(), kv.Get(1u).ToString().Utf8Value());
  }
  return true;
}

Napi::Value CreateNetns(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::vector<uint8_t> req;
  std::vector<std::pair<std::string, std::string>> sysctls;
  bool ok = info.Length() >= 1 && info[0].IsString();
  if (ok && info.Length() >= 2 && !info[1].IsUndefined()) {
    ok = info[1].IsBuffer();
    if (ok) {
      Napi::Buffer<uint8_t> b = info[1].As<Napi::Buffer<uint8_t>>();
      req.assign(b.Data(), b.Data() + b.Length());
    }
  }
  if (ok && info.Length() >= 3) ok = ReadSysctls(info[2], sysctls);
  std::vector<uint8_t> then;
  if (ok) ok = ReadBuffer(info, 3, then);
  if (!ok) {
    Napi::TypeError::New(env, "Usage: createNetns(path: string, request?: Buffer, sysctls?: [string, string][], then?: Buffer)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  auto* w = new CreateNetnsWorker(env, info[0].As<Napi::String>(), std::move(req), std::move(sysctls), std::move(then));
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

// deleteNetns(path): lazy unmount of the pin and unlink of the file. The kernel frees the
// namespace (and the veth ends inside it) once nothing else holds it. A path that is not
// mounted (EINVAL) or already gone (ENOENT) is not an error: deletion must be idempotent
// for crash cleanup.
class DeleteNetnsWorker : public Napi::AsyncWorker {
 public:
  DeleteNetnsWorker(Napi::Env env, std::string path)
      : Napi::AsyncWorker(env), path_(std::move(path)), deferred_(Napi::Promise::Deferred::New(env)) {}
  Napi::Promise Promise() { return deferred_.Promise(); }
  void Execute() override {
    if (umount2(path_.c_str(), MNT_DETACH) != 0 && errno != EINVAL && errno != ENOENT) {
      return fail_.Set(errno, "umount2", path_);
    }
    if (unlink(path_.c_str()) != 0 && errno != ENOENT) fail_.Set(errno, "unlink", path_);
  }
  void OnOK() override {
    Napi::Env env = Env();
    if (fail_.err != 0) return deferred_.Reject(ErrnoError(env, fail_.err, fail_.syscall, fail_.object).Value());
    deferred_.Resolve(env.Undefined());
  }
  void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }

 private:
  std::string path_;
  Failure fail_;
  Napi::Promise::Deferred deferred_;
};

Napi::Value DeleteNetns(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsString()) {
    Napi::TypeError::New(env, "Usage: deleteNetns(path: string)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  auto* w = new DeleteNetnsWorker(env, info[0].As<Napi::String>());
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

}  // namespace

void InitNetlink(Napi::Env env, Napi::Object exports) {
  exports.Set("netlinkTransact", Napi::Function::New(env, NetlinkTransact, "netlinkTransact"));
  exports.Set("createNetns", Napi::Function::New(env, CreateNetns, "createNetns"));
  exports.Set("deleteNetns", Napi::Function::New(env, DeleteNetns, "deleteNetns"));
}
}  // namespace tsc
