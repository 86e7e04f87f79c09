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

/* The package's output validator, Kattis protocol: exit 42 accepts, 43
 * rejects with its judgemessage.txt; anything else is the checker's fault. */
static enum verdict check_custom(const struct pkg *p, const char *in_path, const char *ans_path,
				 const char *output, const char *cache_dir, char *message, size_t n)
{
	char msg[ERR_LEN];
	char *feedback = run_session_path("feedback");
	char *judgemsg = path_join(feedback, "judgemessage.txt");
	char *out = run_session_path("checker-out");
	struct run_record rec;
	enum verdict v = VERDICT_JE;
	if (mkdir_p(feedback, msg) < 0) {
		snprintf(message, n, "%s", msg);
		goto out;
	}
	const char *args[] = { in_path, ans_path, feedback, NULL };
	if (gen_run_program(p, p->output_validator, args, output, out, out, cache_dir, &rec, msg) < 0) {
		snprintf(message, n, "output validator: %s", msg);
		goto out;
	}
	char *text = file_head(judgemsg, 400, NULL);
	for (char *s = text; *s; s++)
		if (*s == '\n')
			*s = ' ';
	if (rec.exit_code == 42) {
		v = VERDICT_AC;
	} else if (rec.exit_code == 43) {
		v = VERDICT_WA;
		snprintf(message, n, "%s", *text ? text : "rejected by the output validator");
	} else {
		char label[64];
		verdict_label(verdict_of_run(&rec, 0, 0), &rec, label, sizeof label);
		snprintf(message, n, "output validator ended with %s (expected exit 42 or 43)%s%s",
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
	return v;
}

static enum verdict check_default(const struct pkg *p, const char *ans_path, const char *output,
				  char *message, size_t n)
{
	char msg[ERR_LEN];
	struct filebuf ans, out;
	if (file_load(ans_path, &ans, msg) < 0) {
		snprintf(message, n, "%s", msg);
		return VERDICT_JE;
	}
	if (file_load(output, &out, msg) < 0) {
		snprintf(message, n, "%s", msg);
		file_release(&ans);
		return VERDICT_JE;
	}
	struct check_result cr;
	check_output(&p->flags, ans.data, ans.len, out.data, out.len, &cr);
	snprintf(message, n, "%s", cr.message);
	file_release(&ans);
	file_release(&out);
	return cr.accepted ? VERDICT_AC : VERDICT_WA;
}

enum verdict submit_check(const struct pkg *p, const char *in_path, const char *ans_path,
			  const char *output, const char *cache_dir, char *message, size_t n)
{
	message[0] = 0;
	if (p->output_validator)
		return check_custom(p, in_path, ans_path, output, cache_dir, message, n);
	return check_default(p, ans_path, output, message, n);
}

void submit_spec(const struct pkg *p, double cpu_limit, struct run_spec *spec)
{
	spec->cpu_limit = cpu_limit;
	spec->wall_limit = submit_wall_limit(cpu_limit);
	spec->memory_limit = p->limits.memory_mib << 20;
	spec->output_limit = p->limits.output_mib << 20;
	/* Headroom for address space reserved but never touched (thread stacks,
	 * malloc arenas); the memory limit itself is on resident memory. */
	spec->address_limit = 4 * spec->memory_limit + (1ull << 30);
	spec->profile = RUN_SUBMISSION;
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
		submit_spec(p, p->limits.time_limit, &spec);
		if (run_program(&spec, &t->rec, err) < 0) {
			rc = -1;
			break;
		}
		r->ntests++;
		t->verdict = verdict_of_run(&t->rec, p->limits.time_limit, spec.memory_limit);
		if (t->verdict != VERDICT_AC)
			limit_message(t, p, errput);
		else
			t->verdict = submit_check(p, test->in_path, test->ans_path, output, o->cache_dir,
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
