/* statement: a package's statement file and the one part of it the judge
 * writes: the limits, made from problem.yaml between two marker lines, so
 * that the statement can never state other limits than those judged. */
#ifndef JUDGE_STATEMENT_H
#define JUDGE_STATEMENT_H

#include <stddef.h>

#include "pkg.h"

#define STATEMENT_BEGIN "<!-- limits: made from problem.yaml by 'judge statement --update'; do not edit -->"
#define STATEMENT_END "<!-- end of limits -->"
/* What a new statement holds where the limits go; --update expands it. */
#define STATEMENT_PLACEHOLDER "<!-- limits -->"

/* The statement's path (statement/problem.en.md and the like, else the
 * legacy problem_statement/ or statement.md), or NULL when there is none. */
char *statement_path(const struct pkg *p);

/* The limits block for p, markers included, ending with a newline. */
char *statement_limits_block(const struct pkg *p);

/* Check the statement: 0 when its limits block is present and current and
 * no other line states a limit; 1 with msg saying what is wrong (file and
 * line); -1 with err when it cannot be read. */
int statement_check(const struct pkg *p, char *msg, size_t n, char *err);

/* Rewrite the block (or expand the placeholder) in place. Sets *changed.
 * Returns 0, or -1 with err (no statement, no block and no placeholder). */
int statement_update(const struct pkg *p, int *changed, char *err);

#endif
