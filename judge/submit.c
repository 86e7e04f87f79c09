/* submit: judge one C file against a package: compile, then run and check
 * each test in order, stopping at the first failure unless asked not to. */
#define _GNU_SOURCE
#include "submit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "gen.h"
#include "util.h"

double submit_wall_limit(double time_limit)
{
	return 2 * time_limit + 1;
}

/* Headroom for address space reserved but never touched (thread stacks,
 * malloc arenas); the memory limit itself is on resident memory. */
static uint64_t address_backstop(uint64_t memory)
{
	return 4 * memory + (1ull << 30);
}

static void limit_message(struct test_result *t, const struct pkg *p, const char *stderr_path)
{
	const struct run_record *r = &t->rec;
	switch (t->verdict) {
	case VERDICT_TLE:
		if (r->limit == RUN_LIMIT_WALL)
			snprintf(t->message, sizeof t->message,
				 "wall-clock limit of %g s reached after %.0f ms of CPU (sleeping or waiting?)",
				 submit_wall_limit(p->limits.time_limit), r->cpu_ms);
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

/* Run the package's output validator (Kattis protocol). */
static void check_custom(const struct pkg *p, const struct pkg_test *test, const char *output,
			 const char *cache_dir, struct test_result *t)
{
	char msg[ERR_LEN];
	char *feedback = run_session_path("feedback");
	char *judgemsg = path_join(feedback, "judgemessage.txt");
	char *out = run_session_path("checker-out");
	struct run_record rec;
	if (mkdir_p(feedback, msg) < 0) {
		t->verdict = VERDICT_JE;
		snprintf(t->message, sizeof t->message, "%s", msg);
		goto out;
	}
	const char *args[] = { test->in_path, test->ans_path, feedback, NULL };
	if (gen_run_program(p, p->output_validator, args, output, out, out, cache_dir, &rec, msg) < 0) {
		t->verdict = VERDICT_JE;
		snprintf(t->message, sizeof t->message, "output validator: %s", msg);
		goto out;
	}
	char *text = file_head(judgemsg, 400, NULL);
	for (char *s = text; *s; s++)
		if (*s == '\n')
			*s = ' ';
	if (rec.exit_code == 42) {
		t->verdict = VERDICT_AC;
	} else if (rec.exit_code == 43) {
		t->verdict = VERDICT_WA;
		snprintf(t->message, sizeof t->message, "%s", *text ? text : "rejected by the output validator");
	} else {
		char label[64];
		verdict_label(verdict_of_run(&rec, 0, 0), &rec, label, sizeof label);
		t->verdict = VERDICT_JE;
		snprintf(t->message, sizeof t->message,
			 "output validator ended with %s (expected exit 42 or 43)%s%s",
			 rec.limit != RUN_LIMIT_NONE ? run_limit_name(rec.limit) : label,
			 *text ? ": " : "", text);
	}
	free(text);
out:
	rm_tree(feedback);
	unlink(out);
	free(out);
	free(judgemsg);
	free(feedback);
}

static void check_default(const struct pkg *p, const struct pkg_test *test, const char *output,
			  struct test_result *t)
{
	char msg[ERR_LEN];
	struct filebuf ans, out;
	if (file_load(test->ans_path, &ans, msg) < 0) {
		t->verdict = VERDICT_JE;
		snprintf(t->message, sizeof t->message, "%s", msg);
		return;
	}
	if (file_load(output, &out, msg) < 0) {
		t->verdict = VERDICT_JE;
		snprintf(t->message, sizeof t->message, "%s", msg);
		file_release(&ans);
		return;
	}
	struct check_result cr;
	check_output(&p->flags, ans.data, ans.len, out.data, out.len, &cr);
	t->verdict = cr.accepted ? VERDICT_AC : VERDICT_WA;
	snprintf(t->message, sizeof t->message, "%s", cr.message);
	file_release(&ans);
	file_release(&out);
}

int submit_run(const struct pkg *p, const char *source, const struct submit_options *o,
	       struct submit_result *r, char *err)
{
	memset(r, 0, sizeof *r);
	r->first_failure = -1;
	struct compile_limits lim = { p->limits.compilation_time,
				      p->limits.compilation_memory_mib << 20 };
	if (compile_c(source, &lim, o->cache_dir, &r->compile, err) < 0)
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
		const char *argv[] = { "solution", NULL };
		struct run_spec spec = RUN_SPEC_INIT;
		spec.path = r->compile.binary;
		spec.argv = argv;
		spec.stdin_path = test->in_path;
		spec.stdout_path = output;
		spec.stderr_path = errput;
		spec.cpu_limit = p->limits.time_limit;
		spec.wall_limit = submit_wall_limit(p->limits.time_limit);
		spec.memory_limit = p->limits.memory_mib << 20;
		spec.output_limit = p->limits.output_mib << 20;
		spec.address_limit = address_backstop(spec.memory_limit);
		spec.profile = RUN_SUBMISSION;
		if (run_program(&spec, &t->rec, err) < 0) {
			rc = -1;
			break;
		}
		r->ntests++;
		t->verdict = verdict_of_run(&t->rec, p->limits.time_limit, spec.memory_limit);
		if (t->verdict != VERDICT_AC)
			limit_message(t, p, errput);
		else if (p->output_validator)
			check_custom(p, test, output, o->cache_dir, t);
		else
			check_default(p, test, output, t);
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
