/* verify: check packages the way problemtools' verifyproblem does: inputs
 * valid, answers present, every submission gets the verdict its folder names. */
#define _GNU_SOURCE
#include "verify.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gen.h"
#include "prog.h"
#include "statement.h"
#include "submit.h"
#include "util.h"

static void check(struct report *r, struct verify_counts *c, bool ok, const char *slug,
		  const char *what, const char *detail)
{
	char *line = xasprintf("%s  %s", slug, what);
	report_check(r, ok, line, detail);
	free(line);
	if (ok)
		c->passed++;
	else
		c->failed++;
}

static int generate_all(const struct pkg *p, const char *cache_dir, struct report *r, char *err)
{
	int made = 0;
	double t0 = now_seconds();
	for (int i = 0; i < p->ntests; i++) {
		bool m;
		if (gen_ensure(p, &p->tests[i], cache_dir, &m, err) < 0)
			return -1;
		made += m;
	}
	if (made)
		report_note(r, "%s  generated %d tests in %.1f s", p->slug, made, now_seconds() - t0);
	return 0;
}

int verify_generate(const char *problem, const char *cache_dir, struct report *r, char *err)
{
	struct pkg p;
	if (pkg_load(problem, cache_dir, &p, err) < 0)
		return -1;
	int rc = generate_all(&p, cache_dir, r, err);
	pkg_free(&p);
	return rc;
}

static void verify_inputs(const struct pkg *p, const char *cache_dir, struct report *r,
			  struct verify_counts *c)
{
	char msg[ERR_LEN], why[ERR_LEN];
	if (!p->input_validator) {
		check(r, c, false, p->slug, "input validator", "missing: input_validator/ with one .c file");
		return;
	}
	int bad = 0;
	for (int i = 0; i < p->ntests; i++) {
		const struct pkg_test *t = &p->tests[i];
		int v = prog_validate_input(p, t->in_path, cache_dir, why, sizeof why, msg);
		if (v == 1)
			continue;
		char *what = xasprintf("input validator on %s", t->name);
		char *detail = v == 0 ? xasprintf("rejected: %s", why) : xstrdup(msg);
		check(r, c, false, p->slug, what, detail);
		free(what);
		free(detail);
		bad++;
		/* a validator that fails is a broken package, not a bad input */
		if (v < 0) {
			c->broken = true;
			break;
		}
	}
	if (bad == 0) {
		snprintf(msg, sizeof msg, "accepts all %d inputs", p->ntests);
		check(r, c, true, p->slug, "input validator", msg);
	}
}

static void verify_submission(const struct pkg *p, const struct pkg_submission *s,
			      const char *cache_dir, struct report *r, struct verify_counts *c)
{
	struct submit_options o = { .cache_dir = cache_dir };
	struct submit_result res;
	char err[ERR_LEN], detail[ERR_LEN + 256], cpu[32], half[32];
	if (submit_run(p, s->path, &o, &res, err) < 0) {
		check(r, c, false, p->slug, s->name, err);
		return;
	}
	const char *expected = verdict_info(s->expected)->code;
	char label[64] = "";
	const struct test_result *failed = res.first_failure >= 0 ? &res.tests[res.first_failure] : NULL;
	verdict_label(res.verdict, failed ? &failed->rec : NULL, label, sizeof label);
	report_ms(cpu, sizeof cpu, res.max_cpu_ms);
	report_ms(half, sizeof half, p->limits.time_limit * 1e3 / 2);
	bool ok;
	if (s->expected == VERDICT_AC) {
		ok = res.verdict == VERDICT_AC && res.max_cpu_ms <= p->limits.time_limit * 1e3 / 2;
		if (res.verdict != VERDICT_AC)
			snprintf(detail, sizeof detail, "%s on %s, expected AC: %s", label,
				 failed ? failed->test->name : "compile", failed ? failed->message : res.message);
		else
			snprintf(detail, sizeof detail, "AC, max %s CPU %s %s (half the limit)", cpu,
				 ok ? "within" : "OVER", half);
	} else {
		ok = res.verdict == s->expected;
		snprintf(detail, sizeof detail, "%s%s%s%s, expected %s%s%s", label, failed ? " on " : "",
			 failed ? failed->test->name : "", res.verdict == VERDICT_AC ? " on every test" : "",
			 expected, !ok && failed && failed->message[0] ? ": " : "",
			 !ok && failed ? failed->message : "");
	}
	check(r, c, ok, p->slug, s->name, detail);
	submit_result_free(&res);
}

int verify_package(const char *problem, const char *cache_dir, struct report *r,
		   struct verify_counts *c, char *err)
{
	struct pkg p;
	char msg[ERR_LEN];
	if (pkg_load(problem, cache_dir, &p, msg) < 0) {
		check(r, c, false, problem, "package", msg);
		c->broken = true;
		return run_interrupted() ? err_set(err, "interrupted") : 0;
	}
	if (generate_all(&p, cache_dir, r, msg) < 0) {
		check(r, c, false, p.slug, "generated tests", msg);
		c->broken = true;
		pkg_free(&p);
		return run_interrupted() ? err_set(err, "interrupted") : 0;
	}
	int samples = 0;
	for (int i = 0; i < p.ntests; i++)
		samples += p.tests[i].sample;
	snprintf(msg, sizeof msg, "%d tests (%d samples), every .in with its .ans", p.ntests, samples);
	check(r, c, samples > 0, p.slug, "tests", samples > 0 ? msg : "no sample tests in data/sample");
	int bad = statement_check(&p, msg, sizeof msg, err);
	if (bad < 0)
		snprintf(msg, sizeof msg, "%s", err);
	check(r, c, bad == 0, p.slug, "statement", bad == 0 ? "limits as in problem.yaml" : msg);
	verify_inputs(&p, cache_dir, r, c);
	if (!p.nsubs)
		check(r, c, false, p.slug, "submissions", "none in submissions/");
	for (int i = 0; i < p.nsubs && !run_interrupted(); i++)
		verify_submission(&p, &p.subs[i], cache_dir, r, c);
	pkg_free(&p);
	return run_interrupted() ? err_set(err, "interrupted") : 0;
}
