/* pkg: find a problem package by slug or path and load it: problem.yaml
 * (libyaml), limits, checker flags, tests in order, generated tests,
 * submissions by expected verdict, programs, bench recipe. Every error names
 * the file and, where there is one, the line. */
#ifndef JUDGE_PKG_H
#define JUDGE_PKG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "check.h"
#include "verdict.h"

/* Defaults, as in the Kattis format where it has one. */
#define PKG_DEFAULT_TIME_LIMIT 1.0      /* seconds */
#define PKG_DEFAULT_MEMORY_MIB 2048
#define PKG_DEFAULT_OUTPUT_MIB 8
#define PKG_DEFAULT_COMPILE_TIME 10.0   /* seconds */
#define PKG_DEFAULT_COMPILE_MEMORY_MIB 2048
#define PKG_DEFAULT_VALIDATION_TIME 30.0
#define PKG_DEFAULT_VALIDATION_MEMORY_MIB 2048

struct pkg_limits {
	double time_limit;           /* CPU seconds per test */
	uint64_t memory_mib;         /* peak resident memory */
	uint64_t output_mib;
	double compilation_time;
	uint64_t compilation_memory_mib;
	double validation_time;      /* generators, validators, checkers */
	uint64_t validation_memory_mib;
};

struct pkg_test {
	char *name;      /* "sample/1", "secret/20-large-random" */
	char *in_path;
	char *ans_path;
	char *desc;      /* the .desc line, or NULL */
	bool sample;
	/* Generated tests (gen.txt): where they are cached, and how to make them. */
	bool generated;
	char *program;   /* generator/PROGRAM.c */
	char **args;     /* NULL-terminated */
	int gen_line;    /* line of gen.txt */
};

struct pkg_submission {
	char *path;            /* submissions/accepted/deque.c */
	char *name;            /* "accepted/deque" */
	enum verdict expected;
};

struct pkg_bench {
	char *args;            /* recipe (recipe.h); NULL when the package has none */
	char *generator;       /* generator/NAME.c */
	long long *sizes;
	int nsizes;
	int line;              /* of problem.yaml, for errors */
};

struct pkg {
	char *dir;             /* the package directory as given or found */
	char *slug;            /* its last path component */
	char *name;
	char *yaml_path;
	struct pkg_limits limits;
	char *validator_flags; /* as written, or NULL */
	struct check_flags flags;
	char *output_validator; /* the .c file of output_validator/ with `validation: custom`, or NULL */
	char *input_validator;  /* the .c file of input_validator/, or NULL */
	char *reference;        /* path of the reference submission, or NULL */
	struct pkg_test *tests;
	int ntests;
	struct pkg_submission *subs;
	int nsubs;
	struct pkg_bench bench;
	struct pkg_bench stress;  /* judge stress's recipe; args NULL when the package has none */
};

/* The directory holding problem packages: $JUDGE_PROBLEMS, or problems/
 * under the project root. */
const char *pkg_problems_dir(void);

/* Find (slug or path) and load a package. `cache_dir` is where generated
 * tests live (their files may not exist yet: see gen.h). Returns 0 or -1 with
 * a message like "problems/x/problem.yaml:7: unknown key 'time_limt'". */
int pkg_load(const char *problem, const char *cache_dir, struct pkg *p, char *err);
void pkg_free(struct pkg *p);

/* The parts of pkg_load. pkg_load_yaml reads p->yaml_path (pkg_yaml.c);
 * pkg_load_tests finds the tests under p->dir and orders them
 * (pkg_data.c). */
int pkg_load_yaml(struct pkg *p, char *err);
int pkg_load_tests(struct pkg *p, const char *cache_dir, char *err);

/* The problem.yaml part of pkg_load, on a buffer: fills p's metadata, limits,
 * flags, reference and bench recipe. p->dir and p->yaml_path must be set.
 * For tests and the fuzzer. */
int pkg_parse_yaml(const char *data, size_t len, struct pkg *p, char *err);

/* Slugs of every package under pkg_problems_dir(), sorted. */
int pkg_list(char ***slugs, char *err);

/* The cache key of an input made by a generator from args, with its answer
 * from the reference: a hash of what they are made from. `salt` keeps
 * different uses apart ("test", "bench"). */
void pkg_input_key(const struct pkg *p, const char *generator, const char *const *args,
		   const char *salt, char hex[33]);

/* The source file of a program folder (generator/gen.c for "gen"). */
char *pkg_program_source(const struct pkg *p, const char *folder, const char *name);

#endif
