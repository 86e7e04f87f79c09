/* cmd_problems: the commands about packages: list, show, verify, generate
 * and statement. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cli.h"
#include "pkg.h"
#include "prog.h"
#include "report.h"
#include "statement.h"
#include "util.h"
#include "verify.h"

static int check_packages(int argc, char **argv, bool generate_only)
{
	char err[ERR_LEN], **names;
	int n = cli_problems(argc - 1, argv + 1, &names, err);
	if (n < 0)
		return cli_fail(err);
	struct report r;
	report_init(&r, false);
	struct verify_counts c = { 0, 0, false };
	int rc = EXIT_OK;
	for (int i = 0; i < n && rc == EXIT_OK; i++) {
		if (generate_only) {
			if (verify_generate(names[i], cli_cache_dir(), &r, err) < 0)
				rc = cli_fail(err);
		} else if (verify_package(names[i], cli_cache_dir(), &r, &c, err) < 0) {
			rc = cli_fail(err);
		}
	}
	strv_free(names, n);
	if (generate_only || rc != EXIT_OK)
		return rc;
	report_totals(&r, c.passed, c.failed);
	return c.broken ? EXIT_ERROR : c.failed ? EXIT_VERDICT : EXIT_OK;
}

static int run_verify(int argc, char **argv)
{
	return check_packages(argc, argv, false);
}

static int run_generate(int argc, char **argv)
{
	return check_packages(argc, argv, true);
}

const struct cli_command cmd_verify = {
	"verify", run_verify, "verify [PROBLEM...]",
	"check packages: inputs valid, every submission gets its folder's verdict",
	"Check packages (every package under problems/ when none is named) as\n"
	"problemtools' verifyproblem does: every input accepted by the input\n"
	"validators, every .in with its .ans, samples present, the statement's limits\n"
	"as in problem.yaml, and every submission getting the verdict its folder names.\n"
	"One line per check, then 'N passed, N failed'.\n"
	"Exit status: 0 every check passed, 1 a check failed, 2 a package is broken.\n",
};

const struct cli_command cmd_generate = {
	"generate", run_generate, "generate [PROBLEM...]",
	"make the generated tests of packages",
	"Make the generated tests (gen.txt) of packages, every package when none is\n"
	"named, with their generators and reference solutions; they are cached.\n",
};

static int run_statement(int argc, char **argv)
{
	bool update = argc > 1 && !strcmp(argv[1], "--update");
	char err[ERR_LEN], msg[ERR_LEN], **names;
	int n = cli_problems(argc - 1 - update, argv + 1 + update, &names, err);
	if (n < 0)
		return cli_fail(err);
	int rc = EXIT_OK;
	for (int i = 0; i < n; i++) {
		struct pkg p;
		int changed = 0, bad = 0;
		if (pkg_load(names[i], cli_cache_dir(), &p, err) < 0) {
			rc = cli_fail(err);
			continue;
		}
		if (update ? statement_update(&p, &changed, err) < 0
			   : (bad = statement_check(&p, msg, sizeof msg, err)) < 0) {
			rc = cli_fail(err);
		} else if (bad) {
			printf("%-22s %s\n", p.slug, msg);
			if (rc == EXIT_OK)
				rc = EXIT_VERDICT;
		} else {
			printf("%-22s %s\n", p.slug, update ? (changed ? "limits block rewritten" : "up to date")
							 : "limits as in problem.yaml");
		}
		pkg_free(&p);
	}
	strv_free(names, n);
	return rc;
}

const struct cli_command cmd_statement = {
	"statement", run_statement, "statement [--update] [PROBLEM...]",
	"check (or rewrite) the limits block of statements",
	"Check that each statement's limits block says what problem.yaml says, and\n"
	"that no other line states a limit; with --update, rewrite the block (or\n"
	"expand a '<!-- limits -->' line) in place.\n",
};

static int run_list(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	char err[ERR_LEN], **names;
	int n = pkg_list(&names, err);
	if (n < 0)
		return cli_fail(err);
	for (int i = 0; i < n; i++) {
		struct pkg p;
		if (pkg_load(names[i], cli_cache_dir(), &p, err) < 0) {
			printf("%-22s (broken: %s)\n", names[i], err);
			continue;
		}
		printf("%-22s %-40s %3d tests, %2d submissions\n", p.slug, p.name, p.ntests, p.nsubs);
		pkg_free(&p);
	}
	strv_free(names, n);
	return EXIT_OK;
}

const struct cli_command cmd_list = {
	"list", run_list, "list", "list the problems",
	"List the problems under problems/ (or $JUDGE_PROBLEMS): slug, name, tests,\n"
	"submissions.\n",
};

static int run_show(int argc, char **argv)
{
	if (argc != 2)
		cli_usage_error(&cmd_show, "show needs PROBLEM");
	char err[ERR_LEN], checker[160];
	struct pkg p;
	if (pkg_load(argv[1], cli_cache_dir(), &p, err) < 0)
		return cli_fail(err);
	if (p.output_validator)
		snprintf(checker, sizeof checker, "custom (%s)", p.output_validator);
	else
		check_flags_describe(&p.flags, checker, sizeof checker);
	printf("problem    %s: %s\n", p.slug, p.name);
	printf("directory  %s\n", p.dir);
	char *statement = statement_path(&p);
	printf("statement  %s\n", statement ? statement : "(none)");
	free(statement);
	printf("limits     %g s CPU, %g s wall, %llu MiB memory, %llu MiB output\n",
	       p.limits.time_limit, prog_wall_limit(p.limits.time_limit),
	       (unsigned long long)p.limits.memory_mib, (unsigned long long)p.limits.output_mib);
	printf("checker    %s\n", checker);
	printf("reference  %s\n", p.reference ? p.reference : "(none)");
	if (p.bench.args)
		printf("bench      %s %s\n", p.bench.generator, p.bench.args);
	printf("tests      %d\n", p.ntests);
	for (int i = 0; i < p.ntests; i++)
		printf("  %-34s %s%s\n", p.tests[i].name, p.tests[i].generated ? "[generated] " : "",
		       p.tests[i].desc ? p.tests[i].desc : "");
	printf("submissions %d\n", p.nsubs);
	for (int i = 0; i < p.nsubs; i++)
		printf("  %-34s %s\n", p.subs[i].name, verdict_info(p.subs[i].expected)->code);
	pkg_free(&p);
	return EXIT_OK;
}

const struct cli_command cmd_show = {
	"show", run_show, "show PROBLEM", "limits, checker, tests and submissions of a problem",
	"Show a problem's directory, statement, limits, checker, reference, bench\n"
	"recipe, tests (with their descriptions) and submissions (with the verdict\n"
	"each must get).\n",
};
