/* supervise.c: placeholder until the supervisor loop lands. */
#include <stdio.h>
#include "entry.h"
int supervise_main(int argc, char **argv) { (void)argc; (void)argv; fprintf(stderr, "run: not implemented\n"); return 125; }
