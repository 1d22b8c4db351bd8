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

using Sysctls = std::vector<std::pair<std::string, std::string>>;

// Writes "value" to each /proc/sys path. Called on the thread that joined the netns: the
// net.* sysctl files resolve against the opener's netns.
void WriteSysctls(const Sysctls& sysctls, Failure& fail) {
  for (const auto& kv : sysctls) {
    int fd = open(kv.first.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return fail.Set(errno, "open", kv.first);
    ssize_t n = write(fd, kv.second.data(), kv.second.size());
    int e = errno;
    close(fd);
    if (n < 0) return fail.Set(e, "write", kv.first);
  }
}

// A worker that settles a promise: rejected with the first Failure as an ErrnoError, else
// resolved with Result().
class PromiseWorker : public Napi::AsyncWorker {
 public:
  explicit PromiseWorker(Napi::Env env) : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)) {}
  Napi::Promise Promise() { return deferred_.Promise(); }
  void OnOK() override {
    Napi::Env env = Env();
    if (fail_.err != 0) return deferred_.Reject(ErrnoError(env, fail_.err, fail_.syscall, fail_.object).Value());
    deferred_.Resolve(Result(env));
  }
  void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }

 protected:
  virtual Napi::Value Result(Napi::Env env) { return env.Undefined(); }
  Failure fail_;

 private:
  Napi::Promise::Deferred deferred_;
};

// Queues the worker and hands its promise to JS.
Napi::Value QueuePromise(PromiseWorker* w) {
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

// What netlinkTransact and createNetns run: a netlink batch and sysctl writes inside the
// namespace, then an optional batch from the caller's netns.
struct Batch {
  std::vector<uint8_t> req;
  Sysctls sysctls;
  std::vector<uint8_t> then;
};

bool ReadSysctls(const Napi::Value& v, Sysctls& out) {
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

bool ReadBuffer(const Napi::CallbackInfo& info, size_t i, std::vector<uint8_t>& out) {
  if (info.Length() <= i || info[i].IsUndefined()) return true;
  if (!info[i].IsBuffer()) return false;
  Napi::Buffer<uint8_t> b = info[i].As<Napi::Buffer<uint8_t>>();
  out.assign(b.Data(), b.Data() + b.Length());
  return true;
}

// Reads the (request?: Buffer, sysctls?: [path, value][], then?: Buffer) arguments from
// info[first] on; false when one has the wrong type.
bool ReadBatch(const Napi::CallbackInfo& info, size_t first, Batch& batch) {
  return ReadBuffer(info, first, batch.req) && ReadSysctls(info[first + 1], batch.sysctls) &&
         ReadBuffer(info, first + 2, batch.then);
}

// Runs a Batch and resolves with every reply message of both halves, undecoded.
class BatchWorker : public PromiseWorker {
 protected:
  BatchWorker(Napi::Env env, Batch batch) : PromiseWorker(env), batch_(std::move(batch)) {}
  // On the thread that joined the netns. Sysctls after the messages: conf.<dev> exists only
  // once the batch made the device.
  void RunInside() {
    if (!batch_.req.empty() && !Transact(batch_.req, out_, fail_)) return;
    WriteSysctls(batch_.sysctls, fail_);
    inside_ok_ = fail_.err == 0;
  }
  // The follow-up batch runs on the pool thread, in the caller's (host) netns.
  void RunThen() {
    if (inside_ok_ && !batch_.then.empty()) Transact(batch_.then, out_, fail_);
  }
  Napi::Value Result(Napi::Env env) override { return Napi::Buffer<uint8_t>::Copy(env, out_.data(), out_.size()); }

 private:
  Batch batch_;
  std::vector<uint8_t> out_;
  bool inside_ok_ = false;
};

class TransactWorker : public BatchWorker {
 public:
  TransactWorker(Napi::Env env, std::string ns, Batch batch) : BatchWorker(env, std::move(batch)), ns_(std::move(ns)) {}
  void Execute() override {
    InNetns(ns_, fail_, [this]() { RunInside(); });
    RunThen();
  }

 private:
  std::string ns_;
};

// netlinkTransact(nsPath: string, request: Buffer, sysctls: [path, value][], then?: Buffer)
//   -> Promise<Buffer>
// nsPath "" = the caller's netns. `then` is a second batch sent afterwards from the caller's
// netns (the host half of an endpoint), saving a round trip through the libuv pool.
// Resolves with every reply message of both batches, undecoded.
Napi::Value NetlinkTransact(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Batch batch;
  if (info.Length() < 3 || !info[0].IsString() || !info[1].IsBuffer() || !info[2].IsArray() || !ReadBatch(info, 1, batch)) {
    Napi::TypeError::New(env, "Usage: netlinkTransact(nsPath: string, request: Buffer, sysctls: [string, string][], then?: Buffer)")
        .ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return QueuePromise(new TransactWorker(env, info[0].As<Napi::String>(), std::move(batch)));
}

// createNetns(path, request?: Buffer, sysctls?: [path, value][], then?: Buffer) -> Promise<Buffer>: a new
// network namespace pinned by a bind mount on `path` (an existing empty file). A dedicated
// thread unshares CLONE_NEWNET, pins it, and, while it is inside, runs the optional netlink
// batch and sysctl writes (an endpoint attach then costs one thread, not two). The thread
// exits afterwards, so no Node thread ever leaves the host netns.
class CreateNetnsWorker : public BatchWorker {
 public:
  CreateNetnsWorker(Napi::Env env, std::string path, Batch batch) : BatchWorker(env, std::move(batch)), path_(std::move(path)) {}
  void Execute() override {
    std::thread t([this]() {
      if (unshare(CLONE_NEWNET) != 0) return fail_.Set(errno, "unshare", "CLONE_NEWNET");
      std::string self = "/proc/self/task/" + std::to_string(syscall(SYS_gettid)) + "/ns/net";
      if (mount(self.c_str(), path_.c_str(), nullptr, MS_BIND, nullptr) != 0) return fail_.Set(errno, "mount", path_);
      RunInside();
    });
    t.join();
    RunThen();
  }

 private:
  std::string path_;
};

Napi::Value CreateNetns(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Batch batch;
  if (info.Length() < 1 || !info[0].IsString() || !ReadBatch(info, 1, batch)) {
    Napi::TypeError::New(env, "Usage: createNetns(path: string, request?: Buffer, sysctls?: [string, string][], then?: Buffer)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return QueuePromise(new CreateNetnsWorker(env, info[0].As<Napi::String>(), std::move(batch)));
}

// deleteNetns(path): lazy unmount of the pin and unlink of the file. The kernel frees the
// namespace (and the veth ends inside it) once nothing else holds it. A path that is not
// mounted (EINVAL) or already gone (ENOENT) is not an error: deletion must be idempotent
// for crash cleanup.
class DeleteNetnsWorker : public PromiseWorker {
 public:
  DeleteNetnsWorker(Napi::Env env, std::string path) : PromiseWorker(env), path_(std::move(path)) {}
  void Execute() override {
    if (umount2(path_.c_str(), MNT_DETACH) != 0 && errno != EINVAL && errno != ENOENT) {
      return fail_.Set(errno, "umount2", path_);
    }
    if (unlink(path_.c_str()) != 0 && errno != ENOENT) fail_.Set(errno, "unlink", path_);
  }

 private:
  std::string path_;
};

Napi::Value DeleteNetns(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 1 || !info[0].IsString()) {
    Napi::TypeError::New(env, "Usage: deleteNetns(path: string)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return QueuePromise(new DeleteNetnsWorker(env, info[0].As<Napi::String>()));
}

}  // namespace

void InitNetlink(Napi::Env env, Napi::Object exports) {
  exports.Set("netlinkTransact", Napi::Function::New(env, NetlinkTransact, "netlinkTransact"));
  exports.Set("createNetns", Napi::Function::New(env, CreateNetns, "createNetns"));
  exports.Set("deleteNetns", Napi::Function::New(env, DeleteNetns, "deleteNetns"));
}
}  // namespace tsc
