/* exec.c: placeholder until exec/foreground land. */
#include <stdio.h>
#include "entry.h"
int exec_main(int argc, char **argv) { (void)argc; (void)argv; fprintf(stderr, "exec: not implemented\n"); return 125; }
int foreground_main(int argc, char **argv) { (void)argc; (void)argv; fprintf(stderr, "start: not implemented\n"); return 125; }
