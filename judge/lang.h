/* lang: the languages the judge compiles and runs, one table row each. The
 * argument vector built here is what runs; the command shown to users and
 * the compile cache's key are both derived from it. */
#ifndef JUDGE_LANG_H
#define JUDGE_LANG_H

#include <stdbool.h>

struct lang {
	const char *id;              /* Kattis language code: "c", "cpp", "python3" */
	const char *name;            /* for people: "C", "C++", "Python 3" */
	const char *const *exts;     /* file extensions, with the dot; NULL-terminated */
	const char *compiler;        /* the executable that compiles (or checks) */
	/* The compile command. "{files}" stands for the source files (in the
	 * compile directory, by their base names); the output is "prog" in
	 * that directory, or nothing for interpreted languages. */
	const char *const *compile;
	/* The run command. "{prog}" is the compiled executable, "{main}" the
	 * main source file (interpreted languages). */
	const char *const *run;
	bool interpreted;            /* runs its source: no executable is made */
};

/* Every language, in a fixed order; the count is returned. */
int lang_all(const struct lang *const **out);
/* By Kattis code ("c", "cpp", "c++", "python3", "python"); NULL if unknown. */
const struct lang *lang_by_id(const char *id);
/* By a file's extension; NULL when no language claims it. */
const struct lang *lang_of_file(const char *path);

/* The compile command for these files (base names), NULL-terminated, with
 * each string allocated; free with lang_argv_free. */
char **lang_compile_argv(const struct lang *l, const char *const *files, int nfiles);
/* The run command: `prog` the executable (compiled languages) or `main` the
 * main source (interpreted ones). */
char **lang_run_argv(const struct lang *l, const char *prog, const char *main);
void lang_argv_free(char **argv);

/* The command line as a person would type it: words joined by spaces,
 * quoted where the shell would need it. */
char *lang_command_line(char *const *argv);

/* The extensions of every language, for messages: ".c, .cc, .cpp, ... .py". */
const char *lang_extensions(void);

#endif
