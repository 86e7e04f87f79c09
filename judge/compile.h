/* compile: turn one C file into an executable, under time, memory and
 * diagnostics limits, cached by source, flags and compiler version. */
#ifndef JUDGE_COMPILE_H
#define JUDGE_COMPILE_H

#include <stdbool.h>
#include <stdint.h>

#include "run.h"

#define COMPILE_CC "gcc"
#define COMPILE_FLAGS "-std=gnu17 -O2 -pipe -static -fmax-errors=20 -DONLINE_JUDGE"
#define COMPILE_LIBS "-lm"
#define COMPILE_LOG_MAX (64 * 1024)        /* bytes of diagnostics kept */
#define COMPILE_OUTPUT_LIMIT (64ull << 20) /* diagnostics and executable */

struct compile_limits {
	double seconds;          /* CPU and wall-clock */
	uint64_t memory_bytes;   /* address space of each compiler process */
};

struct compile_result {
	bool ok;
	bool cached;             /* not compiled: the cache had it */
	double seconds;          /* wall-clock of the compilation (0 when cached) */
	char *binary;            /* the executable, in the cache */
	char *log;               /* diagnostics (at most COMPILE_LOG_MAX bytes) */
	char *command;           /* the command line, as shown to users */
	char *reason;            /* why it failed, when a limit stopped it */
};

/* Compile `source`. Returns 0 with r->ok telling whether it compiled (a
 * compile error is a result, not an error), or -1 with a message when the
 * judge could not even try (unreadable source, no compiler). */
int compile_c(const char *source, const struct compile_limits *lim, const char *cache_dir,
	      struct compile_result *r, char *err);
void compile_result_free(struct compile_result *r);

/* The compiler's identity (first line of `gcc --version`), part of the key. */
const char *compile_compiler_version(char *err);

#endif
