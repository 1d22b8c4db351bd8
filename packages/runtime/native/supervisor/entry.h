/* Entry points of the tsc-supervisor executable's modes (dispatched by main.c). */
#ifndef TSC_ENTRY_H
#define TSC_ENTRY_H

/* `tsc-supervisor run <spec>`: start and supervise a container until it is gone for good
 * (supervise.c). Reports the start result on fd 3 when fd 3 is open. */
int supervise_main(int argc, char **argv);

/* `tsc-supervisor exec ...`: run a process inside a running container (exec.c). */
int exec_main(int argc, char **argv);

/* `tsc-supervisor start <spec>`: create the container in the foreground with inherited stdio,
 * wait for it and exit with its status, like `crun run` (exec.c; for debugging and tests). */
int foreground_main(int argc, char **argv);

/* `tsc-supervisor health-exec <spec> <pid>` (added by H13): internal to health.c, which runs
 * it from a sealed copy of the binary to start one healthcheck probe. */
int health_exec_main(int argc, char **argv);

/* `tsc-supervisor link-delete <ifname>...`: deletes interfaces for a CLI that does not wait,
 * holding the lock passed on fd 4 until they are gone (link-delete.c). */
int link_delete_main(int argc, char **argv);

#endif
