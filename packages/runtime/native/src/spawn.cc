// spawnDetached: starts a helper executable (the per-container supervisor, the DNS
// responder) in its own session with /dev/null on stdio and a report pipe on fd 3.
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
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <uv.h>

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

// spawnDetached(file, argv, cwd, env) -> { pid, fd }: fd is the read end of the child's fd 3
// (close-on-exec here, non-blocking, for a net.Socket).
Napi::Value SpawnDetached(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 4 || !info[0].IsString() || !info[1].IsArray() || !info[2].IsString() || !info[3].IsArray()) {
    Napi::TypeError::New(env, "spawnDetached(file, argv, cwd, env)").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  std::string file = info[0].As<Napi::String>().Utf8Value();
  std::vector<std::string> argv = StringArray(info[1].As<Napi::Array>());
  std::string cwd = info[2].As<Napi::String>().Utf8Value();
  std::vector<std::string> envs = StringArray(info[3].As<Napi::Array>());
  std::vector<char*> argvp = CPointers(argv);
  std::vector<char*> envp = CPointers(envs);

  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) {
    ErrnoError(env, errno, "pipe2").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  posix_spawn_file_actions_t fa;
  posix_spawnattr_t attr;
  posix_spawn_file_actions_init(&fa);
  posix_spawnattr_init(&attr);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&fa, 1, 2);
  posix_spawn_file_actions_adddup2(&fa, fds[1], 3);
  if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&fa, cwd.c_str());
  // Node ignores SIGPIPE and blocks some signals in its threads: the child starts clean.
  sigset_t all, none;
  sigfillset(&all);
  sigemptyset(&none);
  posix_spawnattr_setsigdefault(&attr, &all);
  posix_spawnattr_setsigmask(&attr, &none);
  posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
  pid_t pid;
  int err = posix_spawn(&pid, file.c_str(), &fa, &attr, argvp.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&attr);
  close(fds[1]);
  if (err != 0) {
    close(fds[0]);
    ErrnoError(env, err, "posix_spawn", file).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK);
  WatchChild(GetInstance(env), pid);
  Napi::Object out = Napi::Object::New(env);
  out.Set("pid", Napi::Number::New(env, pid));
  out.Set("fd", Napi::Number::New(env, fds[0]));
  return out;
}

}  // namespace

void InitSpawn(Napi::Env env, Napi::Object exports) {
  exports.Set("spawnDetached", Napi::Function::New(env, SpawnDetached, "spawnDetached"));
}
}  // namespace tsc
