/*
 * tsc-init: a tiny PID 1 for `--init` (tini's job, as docker-init). Usage:
 *   tsc-init [-g] [--] command [args...]
 * Spawns the command in its own process group, forwards every catchable signal it gets to
 * the command (-g: to the command's process group), reaps every zombie re-parented to it,
 * and exits with the command's status (128+signal when the command was killed).
 *
 * Signals are blocked and taken with sigtimedwait: as PID 1 of a pid namespace, a signal
 * with the default disposition would be dropped by the kernel, a blocked one is queued.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Synchronous signals are left unblocked: they concern this process's own faults. */
static int is_sync(int sig) {
  return sig == SIGSEGV || sig == SIGBUS || sig == SIGFPE || sig == SIGILL || sig == SIGTRAP || sig == SIGSYS ||
         sig == SIGABRT;
}

static int status_code(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

int main(int argc, char **argv) {
  int group = 0, i = 1;
  for (; i < argc && argv[i][0] == '-'; i++) {
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    }
    if (strcmp(argv[i], "-g") == 0) group = 1;
    else if (strcmp(argv[i], "--version") == 0) {
      puts("tsc-init 0.1.0");
      return 0;
    } else {
      fprintf(stderr, "tsc-init: unknown option %s\nusage: tsc-init [-g] [--] command [args...]\n", argv[i]);
      return 2;
    }
  }
  if (i >= argc) {
    fprintf(stderr, "usage: tsc-init [-g] [--] command [args...]\n");
    return 2;
  }
  if (getpid() != 1) prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);

  sigset_t set, old;
  sigfillset(&set);
  for (int s = 1; s < NSIG; s++)
    if (is_sync(s)) sigdelset(&set, s);
  sigprocmask(SIG_SETMASK, &set, &old);
  /* SIGTTOU would stop us when handing the terminal to the child's process group */
  signal(SIGTTOU, SIG_IGN);

  pid_t child = fork();
  if (child < 0) {
    perror("tsc-init: fork");
    return 1;
  }
  if (child == 0) {
    setpgid(0, 0);
    if (isatty(0)) tcsetpgrp(0, getpid());
    signal(SIGTTOU, SIG_DFL);
    sigprocmask(SIG_SETMASK, &old, NULL);
    execvp(argv[i], argv + i);
    int err = errno;
    fprintf(stderr, "tsc-init: exec %s: %s\n", argv[i], strerror(err));
    _exit(err == ENOENT ? 127 : 126);
  }
  setpgid(child, child); /* also here, so the group exists before we forward to it */

  int code = -1;
  for (;;) {
    int status;
    pid_t r;
    while ((r = waitpid(-1, &status, WNOHANG)) > 0)
      if (r == child) code = status_code(status);
    if (code >= 0) break;
    if (r < 0 && errno == ECHILD) break;
    siginfo_t si;
    struct timespec ts = {1, 0}; /* bounded wait: a missed SIGCHLD cannot hang us */
    int sig = sigtimedwait(&set, &si, &ts);
    if (sig <= 0 || sig == SIGCHLD) continue;
    if (kill(group ? -child : child, sig) < 0 && errno != ESRCH) perror("tsc-init: kill");
  }
  /* the namespace dies with us: reap what is already dead, the kernel kills the rest */
  while (waitpid(-1, NULL, WNOHANG) > 0) {
  }
  return code < 0 ? 1 : code;
}
