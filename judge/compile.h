/* compile: turn a program's source files into something runnable, with the
 * command of its language (lang.h), under time, memory and diagnostics
 * limits; cached by sources, command and compiler version. */
#ifndef JUDGE_COMPILE_H
#define JUDGE_COMPILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lang.h"
#include "run.h"

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
	const struct lang *lang;
	char *binary;            /* the executable (compiled languages), or NULL */
	char *main;              /* the main source as stored (interpreted languages), or NULL */
	char *log;               /* diagnostics (at most COMPILE_LOG_MAX bytes) */
	char *command;           /* the command line, as shown to users */
	char *reason;            /* why it failed, when a limit stopped it */
};

/* Compile the program made of `sources` (paths; the first is the main file
 * and decides the language by its extension). Returns 0 with r->ok telling
 * whether it compiled (a compile error is a result, not an error), or -1
 * with a message when the judge could not even try (unreadable source, an
 * unknown language, no compiler). When the judge runs as root, a source
 * that is reached through a symbolic link and is not world-readable is
 * refused: a root judge reads only what its submitter could show it. */
int compile_sources(const char *const *sources, int nsources, const struct compile_limits *lim,
		    const char *cache_dir, struct compile_result *r, char *err);
/* The same for one source file. */
int compile_file(const char *source, const struct compile_limits *lim, const char *cache_dir,
		 struct compile_result *r, char *err);
void compile_result_free(struct compile_result *r);

/* What runs a compiled program: spec->path and spec->argv (allocated in
 * *argv_out, free with lang_argv_free). argv[0] is `name`. */
void compile_exec(const struct compile_result *r, const char *name, struct run_spec *spec,
		  char ***argv_out);

/* The first line of a failed compilation worth showing: the line that says
 * "error", else the first line, else the limit that stopped it. */
void compile_first_error(const struct compile_result *r, char *buf, size_t n);

/* A language's compiler identity (first line of `COMPILER --version`), part
 * of the cache key. NULL with a message when it cannot be run. */
const char *compile_compiler_version(const struct lang *l, char *err);

#endif
