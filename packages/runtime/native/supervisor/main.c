/*
 * tsc-supervisor: one small single-threaded static executable per running container.
 * Modes: run (supervise), exec (enter a running container), start (foreground, no supervision),
 * link-delete (a network's slow interface deletion, off the CLI's path).
 */
#include <stdio.h>
#include <string.h>
#include "entry.h"
#include "exe-seal.h"

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "--version") == 0) {
    puts("tsc-supervisor 0.1.0");
    return 0;
  }
  if (argc > 1 && strcmp(argv[1], "run") == 0) return supervise_main(argc - 1, argv + 1);
  if (argc > 1 && strcmp(argv[1], "exec") == 0) {
    /* our children enter a running container: they must not expose the host binary */
    char err[256];
    if (exe_seal_reexec(argv, err, sizeof err) < 0) {
      fprintf(stderr, "%s\n", err);
      return 125;
    }
    return exec_main(argc - 1, argv + 1);
  }
  /* internal: one healthcheck probe, started by the run supervisor from its sealed copy */
  if (argc > 1 && strcmp(argv[1], "health-exec") == 0) return health_exec_main(argc - 1, argv + 1);
  if (argc > 1 && strcmp(argv[1], "start") == 0) return foreground_main(argc - 1, argv + 1);
  if (argc > 1 && strcmp(argv[1], "link-delete") == 0) return link_delete_main(argc - 1, argv + 1);
  fprintf(stderr, "usage: tsc-supervisor run <spec> | exec ... | start <spec>\n");
  return 2;
}
