/* cmd_submit: the commands that judge or compile one solution: submit and
 * compile. */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "compile.h"
#include "pkg.h"
#include "report.h"
#include "submit.h"
#include "util.h"

static void on_test(const struct test_result *t, void *ctx)
{
	report_test(ctx, t);
}

static void on_compiled(const struct submit_result *s, void *ctx)
{
	report_compiled(ctx, s);
}

static void on_generating(int count, void *ctx)
{
	report_generating(ctx, count);
}

static int run_submit(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "all", no_argument, NULL, 'a' },
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	bool all = false, json = false;
	int c;
	while ((c = getopt_long(argc, argv, "ajh", opts, NULL)) != -1) {
		if (c == 'a')
			all = true;
		else if (c == 'j')
			json = true;
		else if (c == 'h')
			return cli_help(&cmd_submit);
		else
			cli_usage_error(&cmd_submit, "unknown option");
	}
	if (argc - optind != 2)
		cli_usage_error(&cmd_submit, "submit needs PROBLEM and FILE");
	const char *problem = argv[optind], *source = argv[optind + 1];
	char err[ERR_LEN];
	if (!file_exists(source)) {
		fprintf(stderr, "judge: cannot read '%s': no such file\n", source);
		return EXIT_ERROR;
	}
	struct pkg p;
	if (pkg_load(problem, cli_cache_dir(), &p, err) < 0)
		return cli_fail(err);
	struct report r;
	report_init(&r, json);
	struct submit_options o = { all, cli_cache_dir(), on_test, on_compiled, on_generating, &r };
	struct submit_result s;
	report_submit_start(&r, &p, source);
	int rc;
	if (submit_run(&p, source, &o, &s, err) < 0) {
		rc = cli_fail(err);
	} else {
		report_submit_end(&r, &p, source, &s);
		rc = s.verdict == VERDICT_AC ? EXIT_OK : s.verdict == VERDICT_JE ? EXIT_ERROR : EXIT_VERDICT;
		submit_result_free(&s);
	}
	pkg_free(&p);
	return rc;
}

const struct cli_command cmd_submit = {
	"submit", run_submit, "submit [--all] [--json] PROBLEM FILE",
	"judge FILE on every test of PROBLEM",
	"Compile FILE (C, C++ or Python 3, by its extension) and judge it on the tests\n"
	"of PROBLEM, samples first, stopping at the first failing test.\n"
	"\n"
	"  --all       run every test, also after a failure\n"
	"  --json      print one JSON object instead of the report\n"
	"\n"
	"PROBLEM is a slug under problems/ or the path of a package directory.\n"
	"Exit status: 0 accepted, 1 another verdict, 2 usage error, broken package or\n"
	"judge error, 130 interrupted.\n",
};

static int run_compile(int argc, char **argv)
{
	const char *out = NULL;
	int c;
	while ((c = getopt(argc, argv, "o:h")) != -1) {
		if (c == 'o')
			out = optarg;
		else if (c == 'h')
			return cli_help(&cmd_compile);
		else
			cli_usage_error(&cmd_compile, "unknown option");
	}
	if (argc - optind != 1)
		cli_usage_error(&cmd_compile, "compile needs one FILE");
	const char *source = argv[optind];
	char err[ERR_LEN], *dflt = NULL;
	const struct compile_limits lim = { PKG_DEFAULT_COMPILE_TIME,
					    (uint64_t)PKG_DEFAULT_COMPILE_MEMORY_MIB << 20 };
	struct compile_result r;
	if (compile_file(source, &lim, cli_cache_dir(), &r, err) < 0)
		return cli_fail(err);
	fprintf(stderr, "%s\n", r.command);
	if (r.log && *r.log)
		fputs(r.log, stderr);
	int rc = EXIT_OK;
	if (!r.ok) {
		fprintf(stderr, "judge: compile error%s%s\n", r.reason ? ": " : "", r.reason ? r.reason : "");
		rc = EXIT_VERDICT;
	} else if (r.lang->interpreted) {
		fprintf(stderr, "%s: %s is not compiled; it runs as: %s %s\n", source, r.lang->name,
			r.lang->run[0], source);
	} else {
		if (!out) {
			const char *base = strrchr(source, '/');
			dflt = xstrdup(base ? base + 1 : source);
			char *dot = strrchr(dflt, '.');
			if (dot && dot != dflt)
				*dot = 0;
			out = dflt;
		}
		if (file_copy(r.binary, out, 0755, err) < 0)
			rc = cli_fail(err);
		else
			fprintf(stderr, "wrote %s\n", out);
	}
	free(dflt);
	compile_result_free(&r);
	return rc;
}

const struct cli_command cmd_compile = {
	"compile", run_compile, "compile FILE [-o OUT]",
	"compile FILE as submit does and keep the executable",
	"Compile FILE with the command, limits and confinement submit uses, print the\n"
	"command and the diagnostics on stderr, and copy the executable to OUT\n"
	"(default: FILE's name without its extension, in the current directory).\n"
	"Exit status: 0 compiled, 1 compile error, 2 error.\n",
};
