/* submit: judge one submission against a package: compile, then run and check
 * each test in order, stopping at the first failure unless asked not to. */
#define _GNU_SOURCE
#include "submit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "gen.h"
#include "prog.h"
#include "util.h"

static void limit_message(struct test_result *t, const struct pkg *p, const char *stderr_path)
{
	const struct run_record *r = &t->rec;
	switch (t->verdict) {
	case VERDICT_TLE:
		if (r->limit == RUN_LIMIT_WALL)
			snprintf(t->message, sizeof t->message,
				 "wall-clock limit of %g s reached after %.0f ms of CPU (sleeping or waiting?)",
				 prog_wall_limit(p->limits.time_limit), r->cpu_ms);
		else
			snprintf(t->message, sizeof t->message, "CPU time over the limit of %g s",
				 p->limits.time_limit);
		break;
	case VERDICT_MLE:
		snprintf(t->message, sizeof t->message, "peak memory %.1f MiB over the limit of %llu MiB",
			 (double)r->peak_kib / 1024, (unsigned long long)p->limits.memory_mib);
		break;
	case VERDICT_OLE:
		snprintf(t->message, sizeof t->message,
			 "output over the limit of %llu MiB (stdout %llu bytes, stderr %llu bytes)",
			 (unsigned long long)p->limits.output_mib, (unsigned long long)r->stdout_bytes,
			 (unsigned long long)r->stderr_bytes);
		break;
	case VERDICT_RE: {
		size_t len;
		char *head = file_head(stderr_path, 400, &len);
		for (char *s = head; *s; s++)
			if (*s == '\n' || *s == '\r' || *s == '\t')
				*s = ' ';
		if (len)
			snprintf(t->message, sizeof t->message, "stderr: %s%s", head,
				 r->stderr_bytes > len ? " ..." : "");
		free(head);
		break;
	}
	default:
		break;
	}
}

int submit_run(const struct pkg *p, const char *source, const struct submit_options *o,
	       struct submit_result *r, char *err)
{
	memset(r, 0, sizeof *r);
	r->first_failure = -1;
	if (prog_compile(p, source, o->cache_dir, &r->compile, err) < 0)
		return -1;
	if (o->on_compiled)
		o->on_compiled(r, o->ctx);
	if (!r->compile.ok) {
		r->verdict = VERDICT_CE;
		snprintf(r->message, sizeof r->message, "%s",
			 r->compile.reason ? r->compile.reason : "compilation failed");
		return 0;
	}
	int missing = 0;
	for (int i = 0; i < p->ntests; i++)
		missing += p->tests[i].generated && !(file_exists(p->tests[i].in_path) &&
						      file_exists(p->tests[i].ans_path));
	if (missing && o->on_generating)
		o->on_generating(missing, o->ctx);
	char *output = run_session_path("stdout"), *errput = run_session_path("stderr");
	/* Every test runs the same program the same way; only stdin differs. */
	char **argv;
	struct run_spec base = RUN_SPEC_INIT;
	compile_exec(&r->compile, "solution", &base, &argv);
	base.stdout_path = output;
	base.stderr_path = errput;
	prog_submission_spec(p, p->limits.time_limit, &base);
	r->tests = xcalloc((size_t)p->ntests, sizeof *r->tests);
	r->verdict = VERDICT_AC;
	int rc = 0;
	for (int i = 0; i < p->ntests; i++) {
		const struct pkg_test *test = &p->tests[i];
		bool made;
		if (gen_ensure(p, test, o->cache_dir, &made, err) < 0) {
			rc = -1;
			break;
		}
		struct test_result *t = &r->tests[r->ntests];
		t->test = test;
		struct run_spec spec = base;
		spec.stdin_path = test->in_path;
		if (run_program(&spec, &t->rec, err) < 0) {
			rc = -1;
			break;
		}
		r->ntests++;
		t->verdict = verdict_of_run(&t->rec, p->limits.time_limit, spec.memory_limit);
		if (t->verdict != VERDICT_AC)
			limit_message(t, p, errput);
		else
			t->verdict = check_answer(p, test->in_path, test->ans_path, output, o->cache_dir,
						  t->message, sizeof t->message);
		if (t->rec.cpu_ms > r->max_cpu_ms)
			r->max_cpu_ms = t->rec.cpu_ms;
		if (t->rec.wall_ms > r->max_wall_ms)
			r->max_wall_ms = t->rec.wall_ms;
		if (t->rec.peak_kib > r->max_peak_kib)
			r->max_peak_kib = t->rec.peak_kib;
		if (o->on_test)
			o->on_test(t, o->ctx);
		if (t->verdict == VERDICT_AC) {
			r->passed++;
			continue;
		}
		if (r->first_failure < 0) {
			r->first_failure = r->ntests - 1;
			r->verdict = t->verdict;
		}
		if (!o->all || t->verdict == VERDICT_JE)
			break;
	}
	lang_argv_free(argv);
	unlink(output);
	unlink(errput);
	free(output);
	free(errput);
	return rc;
}

void submit_result_free(struct submit_result *r)
{
	compile_result_free(&r->compile);
	free(r->tests);
	memset(r, 0, sizeof *r);
}
