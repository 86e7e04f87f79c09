/* verify: check packages the way problemtools' verifyproblem does: inputs
 * valid, answers present, every submission gets the verdict its folder names. */
#ifndef JUDGE_VERIFY_H
#define JUDGE_VERIFY_H

#include <stdbool.h>

#include "report.h"

struct verify_counts {
	int passed, failed;
	bool broken;     /* a package could not be loaded or its tests made */
};

/* Verify one package, adding its checks to *c. Returns 0, or -1 when
 * interrupted. */
int verify_package(const char *problem, const char *cache_dir, struct report *r,
		   struct verify_counts *c, char *err);

/* Make every generated test of one package; reports what it made. */
int verify_generate(const char *problem, const char *cache_dir, struct report *r, char *err);

#endif
