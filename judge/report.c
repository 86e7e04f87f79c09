/* report: what submit and verify print for people (terminal lines,
 * colours when allowed) or for machines (JSON). */
#define _GNU_SOURCE
#include "report.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json.h"
#include "prog.h"
#include "sandbox.h"

void report_init(struct report *r, bool json)
{
	r->f = stdout;
	r->json = json;
	const char *no = getenv("NO_COLOR");
	r->color = !json && isatty(fileno(stdout)) && !(no && *no);
	r->header = false;
}

const char *report_color(const struct report *r, enum verdict v)
{
	if (!r->color)
		return "";
	switch (v) {
	case VERDICT_AC: return "\033[32m";
	case VERDICT_WA: return "\033[31m";
	case VERDICT_TLE:
	case VERDICT_MLE:
	case VERDICT_OLE: return "\033[33m";
	case VERDICT_RE: return "\033[35m";
	default: return "\033[1;31m";
	}
}

const char *report_reset(const struct report *r)
{
	return r->color ? "\033[0m" : "";
}

void report_ms(char *buf, size_t n, double ms)
{
	if (ms < 10)
		snprintf(buf, n, "%.1f ms", ms);
	else if (ms < 10000)
		snprintf(buf, n, "%.0f ms", ms);
	else
		snprintf(buf, n, "%.2f s", ms / 1e3);
}

static void mib(char *buf, size_t n, double kib)
{
	snprintf(buf, n, "%.1f MiB", kib / 1024);
}

void report_submit_start(struct report *r, const struct pkg *p, const char *source)
{
	if (r->json)
		return;
	char checker[160];
	if (p->output_validator)
		snprintf(checker, sizeof checker, "custom output validator");
	else
		check_flags_describe(&p->flags, checker, sizeof checker);
	fprintf(r->f, "problem  %s (%s), %d tests\n", p->slug, p->name, p->ntests);
	fprintf(r->f, "limits   %g s CPU (wall %g s), %llu MiB memory, %llu MiB output; checker: %s\n",
		p->limits.time_limit, prog_wall_limit(p->limits.time_limit),
		(unsigned long long)p->limits.memory_mib, (unsigned long long)p->limits.output_mib,
		checker);
	fprintf(r->f, "source   %s\n", source);
	fflush(r->f);
}

void report_compiled(struct report *r, const struct submit_result *s)
{
	if (r->json)
		return;
	const struct compile_result *c = &s->compile;
	if (c->cached)
		fprintf(r->f, "compile  %s  (cached)\n", c->command);
	else
		fprintf(r->f, "compile  %s  (%.2f s)\n", c->command, c->seconds);
	if (!c->ok) {
		int lines = 0;
		const char *log = c->log ? c->log : "";
		if (c->reason)
			fprintf(r->f, "         %s\n", c->reason);
		while (*log && lines < 20) {
			size_t len = strcspn(log, "\n");
			fprintf(r->f, "    %.*s\n", (int)(len > 200 ? 200 : len), log);
			log += len + (log[len] == '\n');
			lines++;
		}
		if (*log)
			fprintf(r->f, "    ...\n");
	}
	fflush(r->f);
}

void report_generating(struct report *r, int count)
{
	if (r->json)
		return;
	fprintf(r->f, "generating %d test%s with the package's generator and reference (once; cached)\n",
		count, count == 1 ? "" : "s");
	fflush(r->f);
}

void report_test(struct report *r, const struct test_result *t)
{
	if (r->json)
		return;
	char label[64], cpu[32], wall[32], mem[32];
	if (!r->header) {
		fprintf(r->f, "%-36s %-14s %9s %9s %10s\n", "test", "verdict", "cpu", "wall", "memory");
		r->header = true;
	}
	verdict_label(t->verdict, &t->rec, label, sizeof label);
	report_ms(cpu, sizeof cpu, t->rec.cpu_ms);
	report_ms(wall, sizeof wall, t->rec.wall_ms);
	mib(mem, sizeof mem, (double)t->rec.peak_kib);
	fprintf(r->f, "%-36s %s%-14s%s %9s %9s %10s\n", t->test->name, report_color(r, t->verdict),
		label, report_reset(r), cpu, wall, mem);
	if (t->message[0])
		fprintf(r->f, "    %s\n", t->message);
	fflush(r->f);
}

/* Mechanisms a submission should have had but did not (none when the
 * machine offers everything; JUDGE_SANDBOX=0 switches most of them off). */
static unsigned missing_confinement(const struct submit_result *s)
{
	if (s->ntests == 0)
		return 0;
	unsigned want = SANDBOX_RLIMITS | SANDBOX_LANDLOCK_FS | SANDBOX_LANDLOCK_NET |
			SANDBOX_LANDLOCK_SCOPE | SANDBOX_SECCOMP | SANDBOX_SUBREAPER;
	if (geteuid() == 0)
		want |= SANDBOX_USER;
	return want & ~s->tests[0].rec.confinement;
}

static void json_mechanisms(struct json *j, unsigned mask)
{
	json_begin_array(j);
	for (int i = 0; i < SANDBOX_NMECHANISMS; i++)
		if (mask & (1u << i))
			json_string(j, sandbox_mechanism_name(1u << i));
	json_end_array(j);
}

static void json_record(struct json *j, const struct test_result *t)
{
	json_begin_object(j);
	json_key(j, "name");
	json_string(j, t->test->name);
	json_key(j, "verdict");
	json_string(j, verdict_info(t->verdict)->code);
	json_key(j, "cpu_ms");
	json_double(j, t->rec.cpu_ms);
	json_key(j, "user_ms");
	json_double(j, t->rec.user_ms);
	json_key(j, "sys_ms");
	json_double(j, t->rec.sys_ms);
	json_key(j, "wall_ms");
	json_double(j, t->rec.wall_ms);
	json_key(j, "peak_kib");
	json_int(j, (long long)t->rec.peak_kib);
	json_key(j, "exit_code");
	if (t->rec.signal)
		json_null(j);
	else
		json_int(j, t->rec.exit_code);
	json_key(j, "signal");
	if (t->rec.signal) {
		char name[32];
		const char *abbrev = sigabbrev_np(t->rec.signal);
		snprintf(name, sizeof name, "SIG%s", abbrev ? abbrev : "?");
		json_string(j, name);
	} else {
		json_null(j);
	}
	json_key(j, "output_bytes");
	json_int(j, (long long)t->rec.stdout_bytes);
	json_key(j, "limit");
	json_string(j, t->rec.limit == RUN_LIMIT_NONE ? NULL : run_limit_name(t->rec.limit));
	json_key(j, "message");
	json_string(j, t->message[0] ? t->message : NULL);
	json_end_object(j);
}

static void json_submit(struct report *r, const struct pkg *p, const char *source,
			const struct submit_result *s)
{
	struct json j;
	json_init(&j, r->f);
	json_begin_object(&j);
	json_key(&j, "problem");
	json_string(&j, p->slug);
	json_key(&j, "submission");
	json_string(&j, source);
	json_key(&j, "verdict");
	json_string(&j, verdict_info(s->verdict)->code);
	json_key(&j, "message");
	json_string(&j, s->message[0] ? s->message : NULL);
	json_key(&j, "limits");
	json_begin_object(&j);
	json_key(&j, "time_limit_s");
	json_double(&j, p->limits.time_limit);
	json_key(&j, "wall_limit_s");
	json_double(&j, prog_wall_limit(p->limits.time_limit));
	json_key(&j, "memory_mib");
	json_int(&j, (long long)p->limits.memory_mib);
	json_key(&j, "output_mib");
	json_int(&j, (long long)p->limits.output_mib);
	json_end_object(&j);
	json_key(&j, "compile");
	json_begin_object(&j);
	json_key(&j, "ok");
	json_bool(&j, s->compile.ok);
	json_key(&j, "cached");
	json_bool(&j, s->compile.cached);
	json_key(&j, "seconds");
	json_double(&j, s->compile.seconds);
	json_key(&j, "command");
	json_string(&j, s->compile.command);
	json_key(&j, "log");
	json_string(&j, s->compile.log ? s->compile.log : "");
	json_end_object(&j);
	json_key(&j, "tests");
	json_begin_array(&j);
	for (int i = 0; i < s->ntests; i++)
		json_record(&j, &s->tests[i]);
	json_end_array(&j);
	json_key(&j, "confinement");
	json_mechanisms(&j, s->ntests ? s->tests[0].rec.confinement : 0);
	json_key(&j, "confinement_missing");
	json_mechanisms(&j, missing_confinement(s));
	json_key(&j, "passed");
	json_int(&j, s->passed);
	json_key(&j, "total");
	json_int(&j, p->ntests);
	json_key(&j, "max_cpu_ms");
	json_double(&j, s->max_cpu_ms);
	json_key(&j, "max_wall_ms");
	json_double(&j, s->max_wall_ms);
	json_key(&j, "max_peak_kib");
	json_int(&j, (long long)s->max_peak_kib);
	json_end_object(&j);
	json_end(&j);
}

void report_submit_end(struct report *r, const struct pkg *p, const char *source,
		       const struct submit_result *s)
{
	if (r->json) {
		json_submit(r, p, source, s);
		return;
	}
	char cpu[32], mem[32];
	report_ms(cpu, sizeof cpu, s->max_cpu_ms);
	mib(mem, sizeof mem, (double)s->max_peak_kib);
	const char *code = verdict_info(s->verdict)->code;
	unsigned missing = missing_confinement(s);
	if (missing) {
		char names[256];
		sandbox_mechanism_list(missing, names, sizeof names);
		fprintf(r->f, "warning: ran without %s ('judge doctor' says why)\n", names);
	}
	if (s->verdict == VERDICT_CE) {
		fprintf(r->f, "%s%s%s  compile error\n", report_color(r, s->verdict), code, report_reset(r));
	} else if (s->verdict == VERDICT_AC) {
		fprintf(r->f, "%s%s%s  %d/%d tests passed; max %s CPU of %g s, max %s of %llu MiB\n",
			report_color(r, s->verdict), code, report_reset(r), s->passed, p->ntests, cpu,
			p->limits.time_limit, mem, (unsigned long long)p->limits.memory_mib);
	} else {
		const struct test_result *t = &s->tests[s->first_failure];
		char label[64];
		verdict_label(s->verdict, &t->rec, label, sizeof label);
		fprintf(r->f, "%s%s%s  on %s; %d/%d tests passed%s; max %s CPU, max %s\n",
			report_color(r, s->verdict), label, report_reset(r), t->test->name, s->passed,
			p->ntests, s->ntests < p->ntests ? " (stopped at the first failure; --all runs every test)" : "",
			cpu, mem);
	}
	fflush(r->f);
}

void report_check(struct report *r, bool ok, const char *what, const char *detail)
{
	const char *c = r->color ? (ok ? "\033[32m" : "\033[31m") : "";
	fprintf(r->f, "%s%s%s  %s%s%s\n", c, ok ? "PASS" : "FAIL", report_reset(r), what,
		detail && *detail ? "  " : "", detail ? detail : "");
	fflush(r->f);
}

void report_note(struct report *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfprintf(r->f, fmt, ap);
	va_end(ap);
	fputc('\n', r->f);
	fflush(r->f);
}

void report_totals(struct report *r, int passed, int failed)
{
	fprintf(r->f, "%d passed, %d failed\n", passed, failed);
	fflush(r->f);
}
