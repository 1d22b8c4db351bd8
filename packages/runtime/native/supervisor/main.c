/* tsc-supervisor: placeholder entry until the supervisor loop lands. */
#include <stdio.h>
#include <string.h>
#include "spec.h"

int main(int argc, char **argv) {
  if (argc > 1 && strcmp(argv[1], "--version") == 0) {
    puts("tsc-supervisor 0.1.0");
    return 0;
  }
  fprintf(stderr, "usage: tsc-supervisor run <spec> | exec ...\n");
  return 2;
}
