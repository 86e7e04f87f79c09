/* main: the command line of bin/judge: subcommands, options, exit statuses.
 * Exit status: 0 accepted / all checks passed, 1 another verdict / a check
 * failed, 2 a usage error, a broken package or a judge error, 130 interrupted. */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdint.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "benchfmt.h"
#include "compile.h"
#include "doctor.h"
#include "pkg.h"
#include "prog.h"
#include "report.h"
#include "run.h"
#include "statement.h"
#include "submit.h"
#include "util.h"
#include "verify.h"

enum { EXIT_OK = 0, EXIT_VERDICT = 1, EXIT_ERROR = 2, EXIT_INTERRUPTED = 130 };

static const char usage[] =
	"usage: judge COMMAND [OPTIONS] [ARGS]\n"
	"\n"
	"commands:\n"
	"  submit [--all] [--json] PROBLEM FILE.c\n"
	"                      compile FILE.c and judge it on every test of PROBLEM\n"
	"  compile FILE [-o OUT]\n"
	"                      compile FILE exactly as submit does (the command, the limits,\n"
	"                      the confinement) and copy the executable to OUT\n"
	"  verify [PROBLEM...] check packages (all when none named): inputs valid,\n"
	"                      answers present, every submission gets its folder's verdict\n"
	"  generate [PROBLEM...]  make the generated tests (gen.txt) of packages\n"
	"  statement [--update] [PROBLEM...]\n"
	"                      check (or rewrite) the limits block of statements\n"
	"  list                list the problems\n"
	"  show PROBLEM        limits, checker, tests and submissions of a problem\n"
	"  doctor              what this machine supports: confinement, compiler, timing noise\n"
	"  bench PROBLEM [--impl A,B,FILE.c] [--sizes 1e3,1e4] [--json] [--svg FILE] ...\n"
	"                      compare implementations' running times and scaling\n"
	"                      ('judge bench --help' lists the options)\n"
	"  help                this text\n"
	"\n"
	"PROBLEM is a slug under problems/ or the path of a package directory.\n"
	"Languages: C (.c), C++ (.cc .cpp .cxx .c++ .C), Python 3 (.py); 'judge doctor'\n"
	"shows the compile commands.\n"
	"Exit status: 0 accepted (or every check passed), 1 any other verdict (or a\n"
	"failed check), 2 usage error, broken package or judge error (JE), 130 interrupted.\n"
	"Environment: NO_COLOR, JUDGE_CACHE (default build/cache), JUDGE_PROBLEMS,\n"
	"JUDGE_SANDBOX=0 (no confinement), TMPDIR (session files; default /dev/shm).\n";

static void die_usage(const char *msg)
{
	fprintf(stderr, "judge: %s\n\n%s", msg, usage);
	exit(EXIT_ERROR);
}

static void on_signal(int sig)
{
	(void)sig;
	run_interrupt();
}

static void install_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal; /* no SA_RESTART: waits return EINTR */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

static const char *cache_dir(void)
{
	static char *dir;
	if (!dir) {
		const char *env = getenv("JUDGE_CACHE");
		dir = env && *env ? xstrdup(env) : path_join(judge_root(), "build/cache");
	}
	return dir;
}

/* A judge-side failure: print it and leave with the right status. */
static int fail(const char *err)
{
	if (run_interrupted()) {
		fprintf(stderr, "judge: interrupted\n");
		return EXIT_INTERRUPTED;
	}
	fprintf(stderr, "judge: %s\n", err);
	return EXIT_ERROR;
}

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

static int cmd_submit(int argc, char **argv)
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
		else if (c == 'h') {
			fputs(usage, stdout);
			return EXIT_OK;
		} else
			die_usage("submit: unknown option");
	}
	if (argc - optind != 2)
		die_usage("submit needs PROBLEM and FILE.c");
	const char *problem = argv[optind], *source = argv[optind + 1];
	char err[ERR_LEN];
	if (!file_exists(source)) {
		fprintf(stderr, "judge: cannot read '%s': no such file\n", source);
		return EXIT_ERROR;
	}
	struct pkg p;
	if (pkg_load(problem, cache_dir(), &p, err) < 0)
		return fail(err);
	struct report r;
	report_init(&r, json);
	struct submit_options o = { all, cache_dir(), on_test, on_compiled, on_generating, &r };
	struct submit_result s;
	report_submit_start(&r, &p, source);
	int rc;
	if (submit_run(&p, source, &o, &s, err) < 0) {
		rc = fail(err);
	} else {
		report_submit_end(&r, &p, source, &s);
		rc = s.verdict == VERDICT_AC ? EXIT_OK : s.verdict == VERDICT_JE ? EXIT_ERROR : EXIT_VERDICT;
		submit_result_free(&s);
	}
	pkg_free(&p);
	return rc;
}

static int cmd_compile(int argc, char **argv)
{
	const char *out = NULL;
	int c;
	while ((c = getopt(argc, argv, "o:h")) != -1) {
		if (c == 'o')
			out = optarg;
		else if (c == 'h') {
			fputs(usage, stdout);
			return EXIT_OK;
		} else
			die_usage("compile: unknown option");
	}
	if (argc - optind != 1)
		die_usage("compile needs one FILE");
	const char *source = argv[optind];
	char err[ERR_LEN], *dflt = NULL;
	const struct compile_limits lim = { PKG_DEFAULT_COMPILE_TIME,
					    (uint64_t)PKG_DEFAULT_COMPILE_MEMORY_MIB << 20 };
	struct compile_result r;
	if (compile_file(source, &lim, cache_dir(), &r, err) < 0)
		return fail(err);
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
			rc = fail(err);
		else
			fprintf(stderr, "wrote %s\n", out);
	}
	free(dflt);
	compile_result_free(&r);
	return rc;
}

/* The named problems, or every package when none is named. */
static int problems_of(int argc, char **argv, char ***out, char *err)
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

static int cmd_verify(int argc, char **argv, bool generate_only)
{
	char err[ERR_LEN], **names;
	int n = problems_of(argc - 1, argv + 1, &names, err);
	if (n < 0)
		return fail(err);
	struct report r;
	report_init(&r, false);
	struct verify_counts c = { 0, 0, false };
	int rc = EXIT_OK;
	for (int i = 0; i < n && rc == EXIT_OK; i++) {
		if (generate_only) {
			if (verify_generate(names[i], cache_dir(), &r, err) < 0)
				rc = fail(err);
		} else if (verify_package(names[i], cache_dir(), &r, &c, err) < 0) {
			rc = fail(err);
		}
	}
	strv_free(names, n);
	if (generate_only || rc != EXIT_OK)
		return rc;
	report_totals(&r, c.passed, c.failed);
	return c.broken ? EXIT_ERROR : c.failed ? EXIT_VERDICT : EXIT_OK;
}

static int cmd_statement(int argc, char **argv)
{
	bool update = argc > 1 && !strcmp(argv[1], "--update");
	char err[ERR_LEN], msg[ERR_LEN], **names;
	int n = problems_of(argc - 1 - update, argv + 1 + update, &names, err);
	if (n < 0)
		return fail(err);
	int rc = EXIT_OK;
	for (int i = 0; i < n; i++) {
		struct pkg p;
		int changed = 0, bad = 0;
		if (pkg_load(names[i], cache_dir(), &p, err) < 0) {
			rc = fail(err);
			continue;
		}
		if (update ? statement_update(&p, &changed, err) < 0
			   : (bad = statement_check(&p, msg, sizeof msg, err)) < 0) {
			rc = fail(err);
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

static int cmd_list(void)
{
	char err[ERR_LEN], **names;
	int n = pkg_list(&names, err);
	if (n < 0)
		return fail(err);
	for (int i = 0; i < n; i++) {
		struct pkg p;
		if (pkg_load(names[i], cache_dir(), &p, err) < 0) {
			printf("%-22s (broken: %s)\n", names[i], err);
			continue;
		}
		printf("%-22s %-40s %3d tests, %2d submissions\n", p.slug, p.name, p.ntests, p.nsubs);
		pkg_free(&p);
	}
	strv_free(names, n);
	return EXIT_OK;
}

static int cmd_show(int argc, char **argv)
{
	if (argc != 2)
		die_usage("show needs PROBLEM");
	char err[ERR_LEN], checker[160];
	struct pkg p;
	if (pkg_load(argv[1], cache_dir(), &p, err) < 0)
		return fail(err);
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

static int cmd_bench(int argc, char **argv)
{
	struct bench_options o = BENCH_OPTIONS_INIT;
	const char *problem;
	char err[ERR_LEN];
	int parsed = bench_parse_args(argc, argv, &o, &problem, err);
	if (parsed != 0) {
		bench_options_free(&o);
		if (parsed > 0) {
			fputs(bench_usage, stdout);
			return EXIT_OK;
		}
		fprintf(stderr, "judge: %s\n\n%s", err, bench_usage);
		return EXIT_ERROR;
	}
	struct pkg p;
	if (pkg_load(problem, cache_dir(), &p, err) < 0) {
		bench_options_free(&o);
		return fail(err);
	}
	struct benchfmt_progress progress;
	benchfmt_progress_init(&progress, stderr);
	o.cache_dir = cache_dir();
	o.on_event = benchfmt_on_event;
	o.ctx = &progress;
	struct bench_result r;
	int rc = bench_run(&p, &o, &r, err);
	benchfmt_progress_end(&progress);
	if (rc < 0) {
		rc = fail(err);
	} else {
		struct report rep;
		report_init(&rep, o.json);
		if (o.json)
			benchfmt_json(stdout, &r);
		else
			benchfmt_table(stdout, &r, rep.color);
		rc = bench_any_failure(&r) ? EXIT_VERDICT : EXIT_OK;
		if (o.svg_path && benchfmt_svg(o.svg_path, &r, err) < 0)
			rc = fail(err);
	}
	bench_result_free(&r);
	pkg_free(&p);
	bench_options_free(&o);
	return rc;
}

static int cmd_doctor(void)
{
	char err[ERR_LEN];
	struct report r;
	report_init(&r, false);
	return doctor_run(&r, err) < 0 ? fail(err) : EXIT_OK;
}

int main(int argc, char **argv)
{
	if (argc < 2)
		die_usage("no command given");
	install_signals();
	const char *cmd = argv[1];
	int rc;
	if (!strcmp(cmd, "submit"))
		rc = cmd_submit(argc - 1, argv + 1);
	else if (!strcmp(cmd, "compile"))
		rc = cmd_compile(argc - 1, argv + 1);
	else if (!strcmp(cmd, "verify"))
		rc = cmd_verify(argc - 1, argv + 1, false);
	else if (!strcmp(cmd, "generate"))
		rc = cmd_verify(argc - 1, argv + 1, true);
	else if (!strcmp(cmd, "statement"))
		rc = cmd_statement(argc - 1, argv + 1);
	else if (!strcmp(cmd, "list"))
		rc = cmd_list();
	else if (!strcmp(cmd, "show"))
		rc = cmd_show(argc - 1, argv + 1);
	else if (!strcmp(cmd, "doctor"))
		rc = cmd_doctor();
	else if (!strcmp(cmd, "bench"))
		rc = cmd_bench(argc - 1, argv + 1);
	else if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
		fputs(usage, stdout);
		rc = EXIT_OK;
	} else {
		char msg[128];
		snprintf(msg, sizeof msg, "unknown command '%s'", cmd);
		die_usage(msg);
		rc = EXIT_ERROR;
	}
	run_shutdown();
	if (run_interrupted() && rc != EXIT_INTERRUPTED) {
		fprintf(stderr, "judge: interrupted\n");
		rc = EXIT_INTERRUPTED;
	}
	return rc;
}
