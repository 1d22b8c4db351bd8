// Processes without child_process. spawnDetached: starts a helper executable (the
// per-container supervisor, the DNS responder) in its own session with /dev/null on stdio
// and a report pipe on fd 3. runCaptured: runs a short tool (nft) to completion off the main
// thread, with stdin fed and stdout/stderr collected.
//
// Why not child_process.spawn: it forks the whole Node process (page tables of ~100 MB) and
// runs several milliseconds of JavaScript per child on the main thread; `up` of a 10-service
// stack spent ~40 ms there. glibc's posix_spawn uses clone(CLONE_VM|CLONE_VFORK): no copy.
//
// The child is ours until it exits, and Node reaps only the children it spawned itself, so a
// pidfd watched (unref'd) on the event loop reaps it: no zombie outlives its exit, and a
// zombie never looks like a live supervisor to a pid check.
#include "binding.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <poll.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <uv.h>

extern char** environ;

#include <set>
#include <string>
#include <vector>

namespace tsc {
namespace {

struct Instance;

struct Reaper {
  uv_poll_t poll;
  pid_t pid;
  int pidfd;
  Instance* inst;
};

// Reapers still watching, per environment; closed when the environment goes away (a worker
// thread ending) so its loop closes with no handle of ours open.
struct Instance {
  uv_loop_t* loop = nullptr;
  std::set<Reaper*> live;
};

void OnReaperClosed(uv_handle_t* h) {
  Reaper* r = static_cast<Reaper*>(h->data);
  close(r->pidfd);
  delete r;
}

void StopReaper(Reaper* r) {
  uv_poll_stop(&r->poll);
  uv_close(reinterpret_cast<uv_handle_t*>(&r->poll), OnReaperClosed);
}

void OnChildExit(uv_poll_t* p, int, int) {
  Reaper* r = static_cast<Reaper*>(p->data);
  int status;
  while (waitpid(r->pid, &status, WNOHANG) < 0 && errno == EINTR) {
  }
  r->inst->live.erase(r);
  StopReaper(r);
}

void CleanupInstance(void* arg) {
  Instance* inst = static_cast<Instance*>(arg);
  for (Reaper* r : inst->live) StopReaper(r);
  inst->live.clear();
  delete inst;
}

Instance* GetInstance(Napi::Env env) {
  static thread_local Instance* current = nullptr;
  if (current) return current;
  current = new Instance();
  napi_get_uv_event_loop(env, &current->loop);
  napi_add_env_cleanup_hook(env, [](void* arg) {
    CleanupInstance(arg);
    current = nullptr;
  }, current);
  return current;
}

// Watches pid through a pidfd; false when the kernel has no pidfd_open (the child is then
// reaped by init once this process exits, as with an unref'd child_process).
bool WatchChild(Instance* inst, pid_t pid) {
  int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  if (pidfd < 0) return false;
  Reaper* r = new Reaper();
  r->pid = pid;
  r->pidfd = pidfd;
  r->inst = inst;
  if (uv_poll_init(inst->loop, &r->poll, pidfd) != 0) {
    close(pidfd);
    delete r;
    return false;
  }
  r->poll.data = r;
  uv_poll_start(&r->poll, UV_READABLE, OnChildExit);
  uv_unref(reinterpret_cast<uv_handle_t*>(&r->poll));
  inst->live.insert(r);
  return true;
}

// Node ignores SIGPIPE and its threads block signals: a child starts with every signal at its
// default and none blocked (plus `flags`, e.g. its own session).
void CleanSignals(posix_spawnattr_t* attr, short flags) {
  sigset_t all, none;
  sigfillset(&all);
  sigemptyset(&none);
  posix_spawnattr_setsigdefault(attr, &all);
  posix_spawnattr_setsigmask(attr, &none);
  posix_spawnattr_setflags(attr, static_cast<short>(flags | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK));
}

std::vector<std::string> StringArray(Napi::Array a) {
  std::vector<std::string> out;
  out.reserve(a.Length());
  for (uint32_t i = 0; i < a.Length(); i++) out.push_back(a.Get(i).As<Napi::String>().Utf8Value());
  return out;
}

std::vector<char*> CPointers(std::vector<std::string>& v) {
  std::vector<char*> out;
  out.reserve(v.size() + 1);
  for (auto& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// spawnDetached(file, argv, cwd, env, passFd = -1) -> Promise<{ pid, fd }>: fd is the read end
// of the child's fd 3 (close-on-exec here, non-blocking, for a net.Socket); passFd, when given,
// becomes the child's fd 4 (a held flock lock travels with its open file this way). posix_spawn runs on the
// thread pool: with vfork semantics the calling thread waits until the child has exec'd,
// which on a busy machine was milliseconds of the JS thread per container.
class SpawnWorker : public Napi::AsyncWorker {
 public:
  SpawnWorker(Napi::Env env, std::string file, std::vector<std::string> argv, std::string cwd, std::vector<std::string> envs, int passFd)
      : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)), file_(std::move(file)), argv_(std::move(argv)),
        cwd_(std::move(cwd)), env_(std::move(envs)), passFd_(passFd) {}
  Napi::Promise Promise() { return deferred_.Promise(); }

  void Execute() override {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) {
      errno_ = errno;
      syscall_ = "pipe2";
      return;
    }
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&attr);
    posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&fa, 1, 2);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 3);
    if (passFd_ >= 0) posix_spawn_file_actions_adddup2(&fa, passFd_, 4);
    if (!cwd_.empty()) posix_spawn_file_actions_addchdir_np(&fa, cwd_.c_str());
    CleanSignals(&attr, POSIX_SPAWN_SETSID);
    std::vector<char*> argvp = CPointers(argv_);
    std::vector<char*> envp = CPointers(env_);
    int err = posix_spawn(&pid_, file_.c_str(), &fa, &attr, argvp.data(), envp.data());
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    close(fds[1]);
    if (err != 0) {
      close(fds[0]);
      errno_ = err;
      syscall_ = "posix_spawn";
      return;
    }
    fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
    fd_ = fds[0];
  }

  void OnOK() override {
    Napi::Env env = Env();
    if (errno_ != 0) {
      deferred_.Reject(ErrnoError(env, errno_, syscall_, file_).Value());
      return;
    }
    // Watched from here, the loop's thread; a child that already exited is reaped at once.
    WatchChild(GetInstance(env), pid_);
    Napi::Object out = Napi::Object::New(env);
    out.Set("pid", Napi::Number::New(env, pid_));
    out.Set("fd", Napi::Number::New(env, fd_));
    deferred_.Resolve(out);
  }

 private:
  Napi::Promise::Deferred deferred_;
  std::string file_;
  std::vector<std::string> argv_;
  std::string cwd_;
  std::vector<std::string> env_;
  int passFd_;
  int errno_ = 0;
  const char* syscall_ = "";
  pid_t pid_ = -1;
  int fd_ = -1;
};

Napi::Value SpawnDetached(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 4 || !info[0].IsString() || !info[1].IsArray() || !info[2].IsString() || !info[3].IsArray()) {
    Napi::TypeError::New(env, "spawnDetached(file, argv, cwd, env, passFd?)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  int passFd = info.Length() > 4 && info[4].IsNumber() ? info[4].As<Napi::Number>().Int32Value() : -1;
  auto* w = new SpawnWorker(env, info[0].As<Napi::String>().Utf8Value(), StringArray(info[1].As<Napi::Array>()),
                            info[2].As<Napi::String>().Utf8Value(), StringArray(info[3].As<Napi::Array>()), passFd);
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

// runCaptured(file, argv, input?: Buffer) -> Promise<{ code, signal, stdout, stderr }>: runs a
// short-lived tool (nft) to completion on the thread pool: spawn (PATH lookup), feed stdin,
// collect stdout and stderr, wait. The main thread does none of it: child_process.spawn
// forked the whole Node process and ran ~2 ms of JavaScript per call there.
class CapturedWorker : public Napi::AsyncWorker {
 public:
  CapturedWorker(Napi::Env env, std::string file, std::vector<std::string> argv, std::string input)
      : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)), file_(std::move(file)), argv_(std::move(argv)), input_(std::move(input)) {}
  Napi::Promise Promise() { return deferred_.Promise(); }

  void Execute() override {
    int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
    if (pipe2(in, O_CLOEXEC) != 0 || pipe2(out, O_CLOEXEC) != 0 || pipe2(err, O_CLOEXEC) != 0) {
      errno_ = errno;
      syscall_ = "pipe2";
      CloseAll(in, out, err);
      return;
    }
    posix_spawn_file_actions_t fa;
    posix_spawnattr_t attr;
    posix_spawn_file_actions_init(&fa);
    posix_spawnattr_init(&attr);
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_adddup2(&fa, out[1], 1);
    posix_spawn_file_actions_adddup2(&fa, err[1], 2);
    CleanSignals(&attr, 0);
    std::vector<char*> argvp = CPointers(argv_);
    pid_t pid;
    int e = posix_spawnp(&pid, file_.c_str(), &fa, &attr, argvp.data(), environ);
    posix_spawn_file_actions_destroy(&fa);
    posix_spawnattr_destroy(&attr);
    close(in[0]);
    close(out[1]);
    close(err[1]);
    in[0] = out[1] = err[1] = -1;
    if (e != 0) {
      errno_ = e;
      syscall_ = "posix_spawn";
      CloseAll(in, out, err);
      return;
    }
    fcntl(in[1], F_SETFL, fcntl(in[1], F_GETFL) | O_NONBLOCK);
    size_t written = 0;
    if (input_.empty()) {
      close(in[1]);
      in[1] = -1;
    }
    char buf[65536];
    while (out[0] >= 0 || err[0] >= 0) {
      struct pollfd pf[3];
      int n = 0;
      if (in[1] >= 0) pf[n++] = {in[1], POLLOUT, 0};
      if (out[0] >= 0) pf[n++] = {out[0], POLLIN, 0};
      if (err[0] >= 0) pf[n++] = {err[0], POLLIN, 0};
      if (poll(pf, n, -1) < 0) {
        if (errno == EINTR) continue;
        break;
      }
      for (int i = 0; i < n; i++) {
        if (!pf[i].revents) continue;
        int fd = pf[i].fd;
        if (fd == in[1]) {
          ssize_t w = write(fd, input_.data() + written, input_.size() - written);
          if (w > 0) written += static_cast<size_t>(w);
          if ((w < 0 && errno != EAGAIN && errno != EINTR) || written == input_.size()) {
            close(in[1]);  // EOF for the child (or it closed its stdin: EPIPE)
            in[1] = -1;
          }
          continue;
        }
        ssize_t r = read(fd, buf, sizeof buf);
        if (r > 0) {
          (fd == out[0] ? stdout_ : stderr_).append(buf, static_cast<size_t>(r));
        } else if (r == 0 || (errno != EINTR && errno != EAGAIN)) {
          close(fd);
          (fd == out[0] ? out[0] : err[0]) = -1;
        }
      }
    }
    CloseAll(in, out, err);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    signal_ = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  }

  void OnOK() override {
    Napi::Env env = Env();
    if (errno_ != 0) {
      deferred_.Reject(ErrnoError(env, errno_, syscall_, file_).Value());
      return;
    }
    Napi::Object o = Napi::Object::New(env);
    o.Set("code", Napi::Number::New(env, code_));
    o.Set("signal", Napi::Number::New(env, signal_));
    o.Set("stdout", Napi::Buffer<char>::Copy(env, stdout_.data(), stdout_.size()));
    o.Set("stderr", Napi::Buffer<char>::Copy(env, stderr_.data(), stderr_.size()));
    deferred_.Resolve(o);
  }

 private:
  static void CloseAll(int* in, int* out, int* err) {
    for (int* p : {in, out, err})
      for (int i = 0; i < 2; i++)
        if (p[i] >= 0) close(p[i]);
  }
  Napi::Promise::Deferred deferred_;
  std::string file_;
  std::vector<std::string> argv_;
  std::string input_;
  std::string stdout_, stderr_;
  int errno_ = 0;
  const char* syscall_ = "";
  int code_ = 0, signal_ = 0;
};

Napi::Value RunCaptured(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsString() || !info[1].IsArray()) {
    Napi::TypeError::New(env, "runCaptured(file, argv, input?)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  std::string input;
  if (info.Length() > 2 && info[2].IsBuffer()) {
    auto b = info[2].As<Napi::Buffer<char>>();
    input.assign(b.Data(), b.Length());
  }
  auto* w = new CapturedWorker(env, info[0].As<Napi::String>().Utf8Value(), StringArray(info[1].As<Napi::Array>()), std::move(input));
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

}  // namespace

void InitSpawn(Napi::Env env, Napi::Object exports) {
  exports.Set("spawnDetached", Napi::Function::New(env, SpawnDetached, "spawnDetached"));
  exports.Set("runCaptured", Napi::Function::New(env, RunCaptured, "runCaptured"));
}
}  // namespace tsc
