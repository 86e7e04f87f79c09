/* verdict: the table of verdicts, their precedence, and how a run record
 * and a check result become one. */
#ifndef JUDGE_VERDICT_H
#define JUDGE_VERDICT_H

#include <stddef.h>
#include <stdint.h>
#include "run.h"

enum verdict {
	VERDICT_AC,
	VERDICT_WA,
	VERDICT_TLE,
	VERDICT_MLE,
	VERDICT_OLE,
	VERDICT_RE,
	VERDICT_CE,
	VERDICT_JE,
	VERDICT_COUNT,
};

struct verdict_info {
	const char *code;   /* "TLE" */
	const char *name;   /* "time limit exceeded" */
	const char *folder; /* the submissions/ folder of this expected verdict, or NULL */
};

const struct verdict_info *verdict_info(enum verdict v);
/* By code ("TLE") or folder ("time_limit_exceeded"); -1 if unknown. */
int verdict_parse(const char *s);

/* The verdict a run earns before its output is checked, by precedence:
 * TLE (CPU over the limit, or the wall-clock limit), MLE (peak resident
 * memory over the limit), OLE (an output over the limit), RE (a signal or a
 * non-zero exit). VERDICT_AC means "ended cleanly: check the output". */
enum verdict verdict_of_run(const struct run_record *rec, double time_limit_s,
			    uint64_t memory_limit_bytes);

/* "RE (SIGSEGV)", "RE (exit 3)", or just the code. */
void verdict_label(enum verdict v, const struct run_record *rec, char *buf, size_t n);

#endif
