/* exe-seal.c (added by H2): run from a sealed memfd copy of our own binary (CVE-2019-5736). */
#ifndef TSC_EXE_SEAL_H
#define TSC_EXE_SEAL_H

#include <stddef.h>

/* 1 when /proc/self/exe is a memfd carrying our seals. */
int exe_is_sealed(void);

/* A sealed memfd (O_CLOEXEC) holding a copy of /proc/self/exe, or -1 with "<step>: ..." in
 * err. fexecve() it to leave the host binary behind. */
int exe_sealed_copy(const char *step, char *err, size_t errlen);

/* Returns 0 at once when /proc/self/exe is already the sealed copy; otherwise copies the
 * binary into a memfd, seals it and re-executes it with the same argv and environment, so
 * it returns only on failure (-1, message in err). Call first thing, single-threaded. */
int exe_seal_reexec(char **argv, char *err, size_t errlen);

#endif
