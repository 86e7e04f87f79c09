/* doctor: what this machine supports (confinement mechanisms, compiler,
 * spawner) and what makes its timings less reliable. */
#ifndef JUDGE_DOCTOR_H
#define JUDGE_DOCTOR_H

#include "report.h"

/* Print the report; returns 0, or -1 with a message when the judge cannot
 * run programs at all. */
int doctor_run(struct report *r, char *err);

#endif
