/* Tests of what the judge prints: the JSON writer (parsed back by a strict
 * reader), submit's JSON object and its human lines, and `judge submit
 * --json` through the real command line. */
#include <criterion/criterion.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "json.h"
#include "json_parse.h"
#include "report.h"
#include "testing.h"
#include "util.h"

TestSuite(report, .timeout = 60);

/* What a function printed into a memory stream, parsed as JSON. */
struct capture {
	char *text;
	size_t len;
	FILE *f;
};

static void capture_begin(struct capture *c)
{
	c->f = open_memstream(&c->text, &c->len);
	cr_assert(c->f);
}

static struct jp *capture_json(struct capture *c)
{
	fclose(c->f);
	const char *error = NULL;
	struct jp *v = jp_parse(c->text, c->len, &error);
	cr_assert(v, "not JSON (%s): %s", error, c->text);
	return v;
}

Test(report, json_strings_survive_quotes_controls_and_binary)
{
	struct capture c;
	capture_begin(&c);
	struct json j;
	json_init(&j, c.f);
	json_begin_array(&j);
	json_string(&j, "quote \" backslash \\ newline \n tab \t bell \a del \x7f");
	json_string(&j, "caf\xc3\xa9");
	json_string_n(&j, "a\0b\xff", 4);
	json_string(&j, NULL);
	json_double(&j, NAN);
	json_double(&j, 1.5);
	json_int(&j, -7);
	json_bool(&j, true);
	json_begin_object(&j);
	json_end_object(&j);
	json_end_array(&j);
	json_end(&j);
	struct jp *v = capture_json(&c);
	cr_assert_eq(v->type, JP_ARRAY);
	cr_assert_eq(v->n, 9);
	cr_assert_str_eq(v->items[0]->str, "quote \" backslash \\ newline \n tab \t bell \a del \x7f");
	cr_assert_str_eq(v->items[1]->str, "caf\xc3\xa9");
	/* a NUL is kept; a byte that is not UTF-8 becomes its code point */
	cr_assert_eq(v->items[2]->len, 5);
	cr_assert(!memcmp(v->items[2]->str, "a\0b\xc3\xbf", 5));
	cr_assert_eq(v->items[3]->type, JP_NULL);
	cr_assert_eq(v->items[4]->type, JP_NULL, "NaN is written as null");
	cr_assert_eq(v->items[5]->num, 1.5);
	cr_assert_eq(v->items[6]->num, -7);
	cr_assert(v->items[7]->b);
	cr_assert_eq(v->items[8]->type, JP_OBJECT);
	jp_free(v);
	free(c.text);
}

/* A package and a result as submit would make them. */
static struct pkg_test tests[] = {
	{ .name = "sample/1", .sample = true },
	{ .name = "secret/02-\x1b[2Jcrash" },
};

static void fake(struct pkg *p, struct submit_result *s, struct test_result *t)
{
	memset(p, 0, sizeof *p);
	p->slug = "sum";
	p->name = "Sum";
	p->limits.time_limit = 0.5;
	p->limits.memory_mib = 64;
	p->limits.output_mib = 1;
	p->ntests = 2;
	memset(s, 0, sizeof *s);
	s->verdict = VERDICT_RE;
	s->first_failure = 1;
	s->compile.ok = true;
	s->compile.command = "gcc x.c";
	s->compile.log = "";
	memset(t, 0, 2 * sizeof *t);
	t[0].test = &tests[0];
	t[0].verdict = VERDICT_AC;
	t[0].rec.cpu_ms = 1.25;
	t[0].rec.peak_kib = 512;
	t[1].test = &tests[1];
	t[1].verdict = VERDICT_RE;
	t[1].rec.signal = SIGSEGV;
	t[1].rec.exit_code = -1;
	t[1].rec.cpu_ms = 3;
	snprintf(t[1].message, sizeof t[1].message, "stderr: boom");
	s->tests = t;
	s->ntests = 2;
	s->passed = 1;
	s->max_cpu_ms = 3;
	s->max_peak_kib = 512;
}

Test(report, submit_json_has_every_documented_key)
{
	struct pkg p;
	struct submit_result s;
	struct test_result t[2];
	fake(&p, &s, t);
	struct report r;
	report_init(&r, true);
	struct capture c;
	capture_begin(&c);
	r.f = c.f;
	report_submit_start(&r, &p, "my.c");
	report_test(&r, &t[0]);
	report_submit_end(&r, &p, "my.c", &s);
	struct jp *v = capture_json(&c);
	cr_assert_str_eq(jp_str(v, "problem"), "sum");
	cr_assert_str_eq(jp_str(v, "submission"), "my.c");
	cr_assert_str_eq(jp_str(v, "verdict"), "RE");
	cr_assert_eq(jp_get(v, "limits.time_limit_s")->num, 0.5);
	cr_assert_eq(jp_get(v, "limits.wall_limit_s")->num, 2);
	cr_assert_eq(jp_get(v, "limits.memory_mib")->num, 64);
	cr_assert_eq(jp_get(v, "compile.ok")->b, true);
	cr_assert_str_eq(jp_str(v, "compile.command"), "gcc x.c");
	cr_assert_eq(jp_get(v, "tests")->n, 2);
	cr_assert_str_eq(jp_str(v, "tests.0.verdict"), "AC");
	cr_assert_eq(jp_get(v, "tests.0.cpu_ms")->num, 1.25);
	cr_assert_eq(jp_get(v, "tests.0.exit_code")->num, 0);
	cr_assert_eq(jp_get(v, "tests.0.signal")->type, JP_NULL);
	cr_assert_str_eq(jp_str(v, "tests.1.signal"), "SIGSEGV");
	cr_assert_eq(jp_get(v, "tests.1.exit_code")->type, JP_NULL);
	cr_assert_str_eq(jp_str(v, "tests.1.name"), "secret/02-\x1b[2Jcrash");
	cr_assert_str_eq(jp_str(v, "tests.1.message"), "stderr: boom");
	const char *keys[] = { "message", "confinement", "confinement_missing", "passed", "total",
			       "max_cpu_ms", "max_wall_ms", "max_peak_kib", "tests.0.user_ms",
			       "tests.0.sys_ms", "tests.0.wall_ms", "tests.0.peak_kib",
			       "tests.0.output_bytes", "tests.0.limit", "compile.cached",
			       "compile.seconds", "compile.log", "limits.output_mib" };
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
		cr_assert(jp_get(v, keys[i]), "no key %s", keys[i]);
	cr_assert_eq(jp_get(v, "passed")->num, 1);
	cr_assert_eq(jp_get(v, "total")->num, 2);
	jp_free(v);
	free(c.text);
}

Test(report, human_lines_name_the_failing_test_and_its_verdict)
{
	struct pkg p;
	struct submit_result s;
	struct test_result t[2];
	fake(&p, &s, t);
	struct report r;
	report_init(&r, false);
	struct capture c;
	capture_begin(&c);
	r.f = c.f;
	r.color = false;
	report_submit_start(&r, &p, "my.c");
	report_test(&r, &t[0]);
	report_test(&r, &t[1]);
	report_submit_end(&r, &p, "my.c", &s);
	fclose(c.f);
	cr_assert(strstr(c.text, "problem  sum (Sum), 2 tests\n"), "%s", c.text);
	cr_assert(strstr(c.text, "limits   0.5 s CPU (wall 2 s), 64 MiB memory"), "%s", c.text);
	cr_assert(strstr(c.text, "sample/1 "), "%s", c.text);
	cr_assert(strstr(c.text, "RE (SIGSEGV)"), "%s", c.text);
	cr_assert(strstr(c.text, "    stderr: boom\n"), "%s", c.text);
	cr_assert(strstr(c.text, "on secret/02-"), "%s", c.text);
	cr_assert(strstr(c.text, "1/2 tests passed"), "%s", c.text);
	cr_assert_null(strstr(c.text, "\033[3"), "no colours when not asked: %s", c.text);
	free(c.text);
}

/* The real command line: whatever the verdict, stdout is one JSON object. */
static struct jp *judge_json(const char *problem, const char *source, int *status)
{
	char *cmd = xasprintf("bin/judge submit --json %s %s 2>/dev/null", problem, source);
	FILE *f = popen(cmd, "r");
	cr_assert(f);
	char *text = NULL;
	size_t cap = 0, len = 0;
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
		text = realloc(text, cap = len + n + 1);
		memcpy(text + len, buf, n);
		len += n;
	}
	*status = WEXITSTATUS(pclose(f));
	const char *error = NULL;
	struct jp *v = jp_parse(text ? text : "", len, &error);
	cr_assert(v, "%s: not JSON (%s): %.*s", cmd, error, (int)len, text ? text : "");
	free(text);
	free(cmd);
	(void)cap;
	return v;
}

Test(report, submit_json_through_the_command_line_parses)
{
	int status;
	struct jp *v = judge_json("tests/packages/sum", "tests/packages/sum/submissions/accepted/sum.c",
				  &status);
	cr_assert_eq(status, 0);
	cr_assert_str_eq(jp_str(v, "verdict"), "AC");
	cr_assert_eq(jp_get(v, "passed")->num, jp_get(v, "total")->num);
	jp_free(v);
	v = judge_json("tests/packages/sum", "tests/packages/sum/submissions/wrong_answer/int32.c",
		       &status);
	cr_assert_eq(status, 1);
	cr_assert_str_eq(jp_str(v, "verdict"), "WA");
	cr_assert(strstr(jp_str(v, "tests.2.message"), "4000000000"), "%s", jp_str(v, "tests.2.message"));
	jp_free(v);
}
