/* cli: what the commands of bin/judge share. */
#define _GNU_SOURCE
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pkg.h"
#include "run.h"
#include "util.h"

void cli_usage_error(const struct cli_command *c, const char *msg)
{
	fprintf(stderr, "judge: %s\nusage: judge %s\n('judge %s --help' says more)\n", msg, c->synopsis,
		c->name);
	exit(EXIT_ERROR);
}

int cli_help(const struct cli_command *c)
{
	printf("usage: judge %s\n\n%s", c->synopsis, c->help);
	return EXIT_OK;
}

bool cli_wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help"))
			return true;
	return false;
}

int cli_fail(const char *err)
{
	if (run_interrupted()) {
		fprintf(stderr, "judge: interrupted\n");
		return EXIT_INTERRUPTED;
	}
	fprintf(stderr, "judge: %s\n", err);
	return EXIT_ERROR;
}

const char *cli_cache_dir(void)
{
	static char *dir;
	if (!dir) {
		const char *env = getenv("JUDGE_CACHE");
		dir = env && *env ? xstrdup(env) : path_join(judge_root(), "build/cache");
	}
	return dir;
}

int cli_problems(int argc, char **argv, char ***out, char *err)
{
	if (argc > 0) {
		char **v = xcalloc((size_t)argc, sizeof *v);
		for (int i = 0; i < argc; i++)
			v[i] = xstrdup(argv[i]);
		*out = v;
		return argc;
	}
	return pkg_list(out, err);
}
