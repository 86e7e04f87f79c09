/* verdict: the table of verdicts, their precedence, and how a run record
 * and a check result become one. */
#define _GNU_SOURCE
#include "verdict.h"

#include <stdio.h>
#include <string.h>

static const struct verdict_info table[VERDICT_COUNT] = {
	[VERDICT_AC] = { "AC", "accepted", "accepted" },
	[VERDICT_WA] = { "WA", "wrong answer", "wrong_answer" },
	[VERDICT_TLE] = { "TLE", "time limit exceeded", "time_limit_exceeded" },
	[VERDICT_MLE] = { "MLE", "memory limit exceeded", "memory_limit_exceeded" },
	[VERDICT_OLE] = { "OLE", "output limit exceeded", "output_limit_exceeded" },
	[VERDICT_RE] = { "RE", "run-time error", "run_time_error" },
	[VERDICT_CE] = { "CE", "compile error", "compile_error" },
	[VERDICT_JE] = { "JE", "judge error", NULL },
};

const struct verdict_info *verdict_info(enum verdict v)
{
	return &table[v < VERDICT_COUNT ? v : VERDICT_JE];
}

int verdict_parse(const char *s)
{
	for (int v = 0; v < VERDICT_COUNT; v++)
		if (!strcasecmp(s, table[v].code) || (table[v].folder && !strcmp(s, table[v].folder)))
			return v;
	return -1;
}

enum verdict verdict_of_run(const struct run_record *rec, double time_limit_s,
			    uint64_t memory_limit_bytes)
{
	if (rec->limit == RUN_LIMIT_CPU || rec->limit == RUN_LIMIT_WALL ||
	    (time_limit_s > 0 && rec->cpu_ms > time_limit_s * 1e3))
		return VERDICT_TLE;
	if (rec->limit == RUN_LIMIT_MEMORY ||
	    (memory_limit_bytes > 0 && rec->peak_kib * 1024 > memory_limit_bytes))
		return VERDICT_MLE;
	if (rec->limit == RUN_LIMIT_OUTPUT || rec->truncated)
		return VERDICT_OLE;
	if (rec->signal || rec->exit_code != 0)
		return VERDICT_RE;
	return VERDICT_AC;
}

void verdict_label(enum verdict v, const struct run_record *rec, char *buf, size_t n)
{
	const char *code = verdict_info(v)->code;
	if (v == VERDICT_RE && rec && rec->signal) {
		const char *abbrev = sigabbrev_np(rec->signal);
		if (abbrev)
			snprintf(buf, n, "%s (SIG%s)", code, abbrev);
		else
			snprintf(buf, n, "%s (signal %d)", code, rec->signal);
	} else if (v == VERDICT_RE && rec) {
		snprintf(buf, n, "%s (exit %d)", code, rec->exit_code);
	} else {
		snprintf(buf, n, "%s", code);
	}
}
