/* cmd_bench: the commands about timing: bench (implementations compared)
 * and doctor (what the machine offers and what makes its timings noisy). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench.h"
#include "benchfmt.h"
#include "cli.h"
#include "doctor.h"
#include "pkg.h"
#include "report.h"
#include "util.h"

static int run_bench(int argc, char **argv)
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
	if (pkg_load(problem, cli_cache_dir(), &p, err) < 0) {
		bench_options_free(&o);
		return cli_fail(err);
	}
	struct benchfmt_progress progress;
	benchfmt_progress_init(&progress, stderr);
	o.cache_dir = cli_cache_dir();
	o.on_event = benchfmt_on_event;
	o.ctx = &progress;
	struct bench_result r;
	int rc = bench_run(&p, &o, &r, err);
	benchfmt_progress_end(&progress);
	if (rc < 0) {
		rc = cli_fail(err);
	} else {
		struct report rep;
		report_init(&rep, o.json);
		if (o.json)
			benchfmt_json(stdout, &r);
		else
			benchfmt_table(stdout, &r, rep.color);
		rc = bench_any_failure(&r) ? EXIT_VERDICT : EXIT_OK;
		if (o.svg_path && benchfmt_svg(o.svg_path, &r, err) < 0)
			rc = cli_fail(err);
	}
	bench_result_free(&r);
	pkg_free(&p);
	bench_options_free(&o);
	return rc;
}

const struct cli_command cmd_bench = {
	"bench", run_bench, "bench PROBLEM [--impl A,B,FILE] [--sizes 1e3,1e4] [--json] [--svg FILE] ...",
	"compare implementations' running times and scaling",
	NULL, /* bench_usage, printed by bench's own option parser */
};

static int run_doctor(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	char err[ERR_LEN];
	struct report r;
	report_init(&r, false);
	return doctor_run(&r, err) < 0 ? cli_fail(err) : EXIT_OK;
}

const struct cli_command cmd_doctor = {
	"doctor", run_doctor, "doctor",
	"what this machine supports: confinement, compilers, timing noise",
	"Report the confinement this machine supports (and what stays open where a\n"
	"mechanism is missing), the compilers and their commands, and what makes\n"
	"timings unreliable here (load, frequency scaling, SMT, virtualisation).\n",
};
