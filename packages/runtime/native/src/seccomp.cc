// Seccomp: compile an already-resolved filter to a raw BPF program with libseccomp, so the
// container child only has to load `struct sock_filter[]` with seccomp(2) (crun compiles in
// the parent and caches by hash the same way). Everything is decided in TypeScript
// (src/security/seccomp-resolve.ts): actions arrive encoded, comparisons arrive per rule.
// Plus a test-only helper that runs a program under a filter.
#include "binding.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <seccomp.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace tsc {
namespace {

const char* kCompileUsage =
    "Usage: seccompCompile(arches: string[], defaultAction: number, "
    "rules: {name: string, nr: number, action: number, args: {index, op, value: bigint, valueTwo: bigint}[]}[])";

struct Ctx {
  scmp_filter_ctx ctx = nullptr;
  ~Ctx() {
    if (ctx) seccomp_release(ctx);
  }
};

bool GetU64(const Napi::Value& v, uint64_t* out) {
  if (v.IsBigInt()) {
    bool lossless = false;
    *out = v.As<Napi::BigInt>().Uint64Value(&lossless);
    return lossless;
  }
  if (v.IsNumber()) {
    double d = v.As<Napi::Number>().DoubleValue();
    if (d < 0) return false;
    *out = static_cast<uint64_t>(d);
    return true;
  }
  return false;
}

struct Rule {
  std::string name;
  int nr;  // fallback native number when libseccomp does not know the name, else -1
  uint32_t action;
  std::vector<scmp_arg_cmp> cmps;
};

// Everything copied out of JS values first, so the libseccomp work can run off the JS thread.
struct Job {
  std::vector<std::string> arches;
  uint32_t defAction = 0;
  std::vector<Rule> rules;
  std::vector<char> bpf;
  std::vector<std::string> skipped;
  int err = 0;
  const char* what = "";
  std::string object;

  bool Fail(int e, const char* w, const std::string& o = "") {
    err = e;
    what = w;
    object = o;
    return false;
  }
};

bool ParseJob(const Napi::CallbackInfo& info, Job* job) {
  Napi::Env env = info.Env();
  auto usage = [&]() {
    Napi::TypeError::New(env, kCompileUsage).ThrowAsJavaScriptException();
    return false;
  };
  if (info.Length() < 3 || !info[0].IsArray() || !info[1].IsNumber() || !info[2].IsArray()) return usage();
  Napi::Array arches = info[0].As<Napi::Array>();
  for (uint32_t i = 0; i < arches.Length(); i++) {
    Napi::Value a = arches[i];
    if (!a.IsString()) return usage();
    job->arches.push_back(a.As<Napi::String>());
  }
  job->defAction = info[1].As<Napi::Number>().Uint32Value();
  Napi::Array rules = info[2].As<Napi::Array>();
  for (uint32_t i = 0; i < rules.Length(); i++) {
    Napi::Value rv = rules[i];
    if (!rv.IsObject()) return usage();
    Napi::Object r = rv.As<Napi::Object>();
    Napi::Value nameV = r.Get("name"), nrV = r.Get("nr"), actV = r.Get("action"), argsV = r.Get("args");
    if (!nameV.IsString() || !nrV.IsNumber() || !actV.IsNumber() || !argsV.IsArray()) return usage();
    Rule rule{nameV.As<Napi::String>(), nrV.As<Napi::Number>().Int32Value(), actV.As<Napi::Number>().Uint32Value(), {}};
    Napi::Array args = argsV.As<Napi::Array>();
    if (args.Length() > 6) return usage();
    for (uint32_t j = 0; j < args.Length(); j++) {
      Napi::Value av = args[j];
      if (!av.IsObject()) return usage();
      Napi::Object a = av.As<Napi::Object>();
      scmp_arg_cmp cmp{};
      Napi::Value idx = a.Get("index"), op = a.Get("op");
      if (!idx.IsNumber() || !op.IsNumber() || !GetU64(a.Get("value"), &cmp.datum_a) || !GetU64(a.Get("valueTwo"), &cmp.datum_b))
        return usage();
      cmp.arg = idx.As<Napi::Number>().Uint32Value();
      cmp.op = static_cast<scmp_compare>(op.As<Napi::Number>().Uint32Value());
      rule.cmps.push_back(cmp);
    }
    job->rules.push_back(std::move(rule));
  }
  return true;
}

// The libseccomp part. Two filters merged at the end: the native arch, and the other arches
// of the list (x86 and x32 next to x86_64). Fallback syscall numbers are native numbers, so
// they only go into the native filter; libseccomp translates named syscalls for the others.
// Names neither libseccomp nor the fallback table knows are skipped and reported, like runc
// ignores syscalls its libseccomp cannot resolve.
bool RunJob(Job* job) {
  Ctx native, others;
  native.ctx = seccomp_init(job->defAction);
  if (!native.ctx) return job->Fail(EINVAL, "seccomp_init");
  uint32_t nativeArch = seccomp_arch_native();
  for (const std::string& name : job->arches) {
    uint32_t token = seccomp_arch_resolve_name(name.c_str());
    if (token == 0) return job->Fail(EINVAL, "seccomp_arch_resolve_name", name);
    if (token == nativeArch) continue;
    if (!others.ctx) {
      others.ctx = seccomp_init(job->defAction);
      if (!others.ctx) return job->Fail(EINVAL, "seccomp_init");
      int rc = seccomp_arch_add(others.ctx, token);
      if (rc == 0) rc = seccomp_arch_remove(others.ctx, SCMP_ARCH_NATIVE);
      if (rc != 0) return job->Fail(-rc, "seccomp_arch_add", name);
      continue;
    }
    int rc = seccomp_arch_add(others.ctx, token);
    if (rc != 0 && rc != -EEXIST) return job->Fail(-rc, "seccomp_arch_add", name);
  }
  for (Ctx* c : {&native, &others}) {
    if (!c->ctx) continue;
    // The filter is exported, not loaded here: never let libseccomp touch NNP.
    seccomp_attr_set(c->ctx, SCMP_FLTATR_CTL_NNP, 0);
    // A binary tree over syscall numbers: a handful of comparisons to reach one of ~400
    // syscalls instead of a linear scan on every syscall the container makes.
    seccomp_attr_set(c->ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
  }
  for (const Rule& r : job->rules) {
    int nr = seccomp_syscall_resolve_name(r.name.c_str());
    bool fallback = nr == __NR_SCMP_ERROR;
    if (fallback) {
      if (r.nr < 0) {
        job->skipped.push_back(r.name);
        continue;
      }
      nr = r.nr;
    }
    for (Ctx* c : {&native, &others}) {
      if (!c->ctx || (fallback && c != &native)) continue;
      int rc = seccomp_rule_add_array(c->ctx, r.action, nr, r.cmps.size(), r.cmps.empty() ? nullptr : r.cmps.data());
      if (rc != 0) return job->Fail(-rc, "seccomp_rule_add", r.name);
    }
  }
  if (others.ctx) {
    int rc = seccomp_merge(native.ctx, others.ctx);
    if (rc != 0) return job->Fail(-rc, "seccomp_merge");
    others.ctx = nullptr;  // merged into (and released with) the native filter
  }
  int fd = memfd_create("tsc-seccomp-bpf", MFD_CLOEXEC);
  if (fd < 0) return job->Fail(errno, "memfd_create");
  int rc = seccomp_export_bpf(native.ctx, fd);
  struct stat st;
  if (rc != 0 || fstat(fd, &st) != 0) {
    int e = rc != 0 ? (rc < 0 ? -rc : EIO) : errno;
    close(fd);
    return job->Fail(e, rc != 0 ? "seccomp_export_bpf" : "fstat");
  }
  job->bpf.resize(st.st_size);
  size_t off = 0;
  while (off < job->bpf.size()) {
    ssize_t n = pread(fd, job->bpf.data() + off, job->bpf.size() - off, off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int e = n < 0 ? errno : EIO;
      close(fd);
      return job->Fail(e, "pread", "memfd");
    }
    off += n;
  }
  close(fd);
  return true;
}

Napi::Object JobResult(Napi::Env env, Job& job) {
  Napi::Object result = Napi::Object::New(env);
  result.Set("bpf", Napi::Buffer<char>::Copy(env, job.bpf.data(), job.bpf.size()));
  Napi::Array skipped = Napi::Array::New(env, job.skipped.size());
  for (size_t i = 0; i < job.skipped.size(); i++) skipped[i] = Napi::String::New(env, job.skipped[i]);
  result.Set("skipped", skipped);
  return result;
}

// seccompCompile(arches, defaultAction, rules) -> { bpf: Buffer, skipped: string[] }
Napi::Value Compile(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Job job;
  if (!ParseJob(info, &job)) return env.Undefined();
  if (!RunJob(&job)) {
    ErrnoError(env, job.err, job.what, job.object).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  return JobResult(env, job);
}

class CompileWorker : public Napi::AsyncWorker {
 public:
  explicit CompileWorker(Napi::Env env) : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)) {}
  Job job;
  Napi::Promise Promise() { return deferred_.Promise(); }
  void Execute() override { ok_ = RunJob(&job); }
  void OnOK() override {
    Napi::Env env = Env();
    if (!ok_) deferred_.Reject(ErrnoError(env, job.err, job.what, job.object).Value());
    else deferred_.Resolve(JobResult(env, job));
  }

 private:
  Napi::Promise::Deferred deferred_;
  bool ok_ = false;
};

// seccompCompileAsync(arches, defaultAction, rules) -> Promise<{ bpf, skipped }>: the same,
// on a worker thread (a multi-arch compile with the binary tree takes tens of ms).
Napi::Value CompileAsync(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  auto* w = new CompileWorker(env);
  if (!ParseJob(info, &w->job)) {
    delete w;
    return env.Undefined();
  }
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

// Test-only: fork, load the filter (after PR_SET_NO_NEW_PRIVS, as an unprivileged loader
// must), exec argv, collect stdout+stderr and the wait status. Runs on a worker thread: the
// child is a copy of that one thread and only makes async-signal-safe calls before execve.
class RunWorker : public Napi::AsyncWorker {
 public:
  RunWorker(Napi::Env env, std::vector<char> bpf, bool filter, std::vector<std::string> argv)
      : Napi::AsyncWorker(env),
        bpf_(std::move(bpf)),
        filter_(filter),
        argv_(std::move(argv)),
        deferred_(Napi::Promise::Deferred::New(env)) {}
  Napi::Promise Promise() { return deferred_.Promise(); }

  void Execute() override {
    std::vector<char*> argv;
    for (auto& a : argv_) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    struct sock_fprog prog;
    prog.len = static_cast<unsigned short>(bpf_.size() / sizeof(struct sock_filter));
    prog.filter = reinterpret_cast<struct sock_filter*>(bpf_.data());
    int p[2];
    if (pipe2(p, O_CLOEXEC) != 0) {
      err_ = errno;
      what_ = "pipe2";
      return;
    }
    pid_t pid = fork();
    if (pid < 0) {
      err_ = errno;
      what_ = "fork";
      close(p[0]);
      close(p[1]);
      return;
    }
    if (pid == 0) {
      dup2(p[1], 1);
      dup2(p[1], 2);
      sigset_t none;
      sigemptyset(&none);
      sigprocmask(SIG_SETMASK, &none, nullptr);
      signal(SIGPIPE, SIG_DFL);
      if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) _exit(125);
      if (filter_ && syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog) != 0) _exit(124);
      execv(argv[0], argv.data());
      _exit(127);
    }
    close(p[1]);
    char buf[4096];
    for (;;) {
      ssize_t n = read(p[0], buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      if (output_.size() < (1 << 20)) output_.append(buf, n);
    }
    close(p[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    status_ = status;
  }

  void OnOK() override {
    Napi::Env env = Env();
    if (err_) {
      deferred_.Reject(ErrnoError(env, err_, what_).Value());
      return;
    }
    Napi::Object r = Napi::Object::New(env);
    r.Set("exitCode", WIFEXITED(status_) ? Napi::Value(Napi::Number::New(env, WEXITSTATUS(status_))) : env.Null());
    r.Set("signal", WIFSIGNALED(status_) ? Napi::Value(Napi::Number::New(env, WTERMSIG(status_))) : env.Null());
    r.Set("output", Napi::String::New(env, output_));
    deferred_.Resolve(r);
  }

 private:
  std::vector<char> bpf_;
  bool filter_;
  std::vector<std::string> argv_;
  Napi::Promise::Deferred deferred_;
  std::string output_;
  int status_ = 0;
  int err_ = 0;
  const char* what_ = "";
};

// seccompRunUnderFilter(bpf: Buffer | null, argv: string[]) -> Promise<{exitCode, signal, output}>
Napi::Value RunUnderFilter(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  const char* usage = "Usage: seccompRunUnderFilter(bpf: Buffer | null, argv: string[] (argv[0] an absolute path))";
  if (info.Length() < 2 || !(info[0].IsBuffer() || info[0].IsNull()) || !info[1].IsArray()) {
    Napi::TypeError::New(env, usage).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  std::vector<char> bpf;
  bool filter = info[0].IsBuffer();
  if (filter) {
    Napi::Buffer<char> b = info[0].As<Napi::Buffer<char>>();
    if (b.Length() == 0 || b.Length() % sizeof(struct sock_filter) != 0 || b.Length() / sizeof(struct sock_filter) > BPF_MAXINSNS) {
      Napi::TypeError::New(env, "seccompRunUnderFilter: bpf is not a struct sock_filter[] of 1-4096 instructions").ThrowAsJavaScriptException();
      return env.Undefined();
    }
    bpf.assign(b.Data(), b.Data() + b.Length());
  }
  Napi::Array a = info[1].As<Napi::Array>();
  std::vector<std::string> argv;
  for (uint32_t i = 0; i < a.Length(); i++) {
    Napi::Value v = a[i];
    if (!v.IsString()) {
      Napi::TypeError::New(env, usage).ThrowAsJavaScriptException();
      return env.Undefined();
    }
    argv.push_back(v.As<Napi::String>());
  }
  if (argv.empty() || argv[0].empty() || argv[0][0] != '/') {
    Napi::TypeError::New(env, usage).ThrowAsJavaScriptException();
    return env.Undefined();
  }
  auto* w = new RunWorker(env, std::move(bpf), filter, std::move(argv));
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

// seccompVersion() -> "2.5.4": the libseccomp the addon runs with (name coverage depends on it).
Napi::Value Version(const Napi::CallbackInfo& info) {
  const scmp_version* v = seccomp_version();
  return Napi::String::New(info.Env(), std::to_string(v->major) + "." + std::to_string(v->minor) + "." + std::to_string(v->micro));
}

}  // namespace

void InitSeccomp(Napi::Env env, Napi::Object exports) {
  exports.Set("seccompCompile", Napi::Function::New(env, Compile, "seccompCompile"));
  exports.Set("seccompCompileAsync", Napi::Function::New(env, CompileAsync, "seccompCompileAsync"));
  exports.Set("seccompRunUnderFilter", Napi::Function::New(env, RunUnderFilter, "seccompRunUnderFilter"));
  exports.Set("seccompVersion", Napi::Function::New(env, Version, "seccompVersion"));
}
}  // namespace tsc
