/* cli: what the commands of bin/judge share: the command table, exit
 * statuses, usage errors, judge errors printed with the right status, the
 * cache directory and the problems a command names. Commands live in
 * cmd_*.c; main.c dispatches. */
#ifndef JUDGE_CLI_H
#define JUDGE_CLI_H

#include <stdbool.h>

enum { EXIT_OK = 0, EXIT_VERDICT = 1, EXIT_ERROR = 2, EXIT_INTERRUPTED = 130 };

struct cli_command {
	const char *name;
	int (*run)(int argc, char **argv);   /* argv[0] is the command's name */
	const char *synopsis;                /* "submit [--all] [--json] PROBLEM FILE" */
	const char *summary;                 /* one line for the command list */
	const char *help;                    /* its help text; NULL: it prints its own */
};

/* The commands, in the order `judge help` lists them. */
extern const struct cli_command cmd_submit, cmd_compile, cmd_verify, cmd_generate, cmd_statement,
	cmd_list, cmd_show, cmd_doctor, cmd_bench;

/* Print "judge: MSG" and the command's usage on stderr; exit 2. */
void cli_usage_error(const struct cli_command *c, const char *msg) __attribute__((noreturn));
/* Print the command's help on stdout. Returns EXIT_OK. */
int cli_help(const struct cli_command *c);
/* True when argv holds -h or --help before any "--". */
bool cli_wants_help(int argc, char **argv);

/* A judge-side failure: print "judge: ERR" (or "interrupted") on stderr and
 * return the exit status that goes with it. */
int cli_fail(const char *err);

/* $JUDGE_CACHE, or build/cache under the project root. */
const char *cli_cache_dir(void);

/* The problems named, or every package when none is; returns the count or
 * -1 with a message. */
int cli_problems(int argc, char **argv, char ***out, char *err);

#endif
