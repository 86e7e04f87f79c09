/* statement: a package's statement file and its limits block, made from
 * problem.yaml. */
#define _GNU_SOURCE
#include "statement.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "prog.h"
#include "util.h"

/* Where statements live, newest format first; the first that exists. */
static const char *const candidates[] = {
	"statement/problem.en.md", "problem_statement/problem.en.md", "statement.md",
};

char *statement_path(const struct pkg *p)
{
	for (size_t i = 0; i < sizeof candidates / sizeof *candidates; i++) {
		char *path = path_join(p->dir, candidates[i]);
		if (file_exists(path))
			return path;
		free(path);
	}
	/* any other language, or another statement format */
	const char *dirs[] = { "statement", "problem_statement" };
	for (size_t d = 0; d < 2; d++) {
		char *dir = path_join(p->dir, dirs[d]), **names;
		int n = dir_list(dir, &names, NULL);
		char *found = NULL;
		for (int i = 0; i < n && !found; i++)
			if (!strncmp(names[i], "problem.", 8))
				found = path_join(dir, names[i]);
		strv_free(names, n);
		free(dir);
		if (found)
			return found;
	}
	return NULL;
}

char *statement_limits_block(const struct pkg *p)
{
	const struct pkg_limits *l = &p->limits;
	return xasprintf("%s\n"
			 "- Time: %g s of CPU time per test (user and system, all threads); "
			 "a program that waits is stopped after %g s of wall-clock time.\n"
			 "- Memory: %llu MiB (peak resident memory).\n"
			 "- Output: %llu MiB.\n"
			 "%s\n",
			 STATEMENT_BEGIN, l->time_limit, prog_wall_limit(l->time_limit),
			 (unsigned long long)l->memory_mib, (unsigned long long)l->output_mib,
			 STATEMENT_END);
}

/* A line of prose that states a limit the judge would then contradict. */
static bool states_a_limit(const char *line, size_t len)
{
	static const char *const phrases[] = {
		"time limit", "seconds of cpu", "s of cpu", "cpu time", "memory limit",
		"mib of memory", "output limit",
	};
	char *lower = strndup(line, len);
	bool digit = false;
	for (char *s = lower; *s; s++) {
		if ('A' <= *s && *s <= 'Z')
			*s = (char)(*s - 'A' + 'a');
		digit |= '0' <= *s && *s <= '9';
	}
	bool found = false;
	for (size_t i = 0; digit && !found && i < sizeof phrases / sizeof *phrases; i++)
		found = strstr(lower, phrases[i]) != NULL;
	free(lower);
	return found;
}

/* Find the block: the byte offsets of its first and one past its last
 * character (the end marker's newline included). */
static bool find_block(const char *text, size_t len, size_t *from, size_t *to)
{
	const char *b = memmem(text, len, STATEMENT_BEGIN, strlen(STATEMENT_BEGIN));
	if (!b)
		return false;
	const char *e = memmem(b, len - (size_t)(b - text), STATEMENT_END, strlen(STATEMENT_END));
	if (!e)
		return false;
	e += strlen(STATEMENT_END);
	if (e < text + len && *e == '\n')
		e++;
	*from = (size_t)(b - text);
	*to = (size_t)(e - text);
	return true;
}

int statement_check(const struct pkg *p, char *msg, size_t n, char *err)
{
	char *path = statement_path(p);
	if (!path) {
		snprintf(msg, n, "no statement (statement/problem.en.md)");
		return 1;
	}
	struct filebuf fb;
	if (file_load(path, &fb, err) < 0) {
		free(path);
		return -1;
	}
	char *block = statement_limits_block(p);
	size_t from = 0, to = 0;
	int rc = 0;
	if (!find_block(fb.data, fb.len, &from, &to)) {
		snprintf(msg, n, "%s: no limits block; put a line '%s' where the limits go and "
			 "run 'judge statement --update %s'", path, STATEMENT_PLACEHOLDER, p->slug);
		rc = 1;
	} else if (to - from != strlen(block) || memcmp(fb.data + from, block, to - from)) {
		snprintf(msg, n, "%s: the limits block differs from problem.yaml; run "
			 "'judge statement --update %s'", path, p->slug);
		rc = 1;
	}
	int lineno = 1;
	for (size_t i = 0; rc == 0 && i < fb.len; lineno++) {
		const char *nl = memchr(fb.data + i, '\n', fb.len - i);
		size_t end = nl ? (size_t)(nl - fb.data) : fb.len;
		if ((i < from || i >= to) && states_a_limit(fb.data + i, end - i)) {
			snprintf(msg, n, "%s:%d: states a limit outside the limits block: %.80s", path,
				 lineno, fb.data + i);
			msg[strcspn(msg, "\n")] = 0;
			rc = 1;
		}
		i = end + 1;
	}
	free(block);
	file_release(&fb);
	free(path);
	return rc;
}

int statement_update(const struct pkg *p, int *changed, char *err)
{
	*changed = 0;
	char *path = statement_path(p);
	if (!path)
		return err_set(err, "%s has no statement (statement/problem.en.md)", p->dir);
	struct filebuf fb;
	if (file_load(path, &fb, err) < 0) {
		free(path);
		return -1;
	}
	char *block = statement_limits_block(p);
	size_t from, to;
	int rc = 0;
	if (!find_block(fb.data, fb.len, &from, &to)) {
		const char *ph = memmem(fb.data, fb.len, STATEMENT_PLACEHOLDER, strlen(STATEMENT_PLACEHOLDER));
		if (!ph) {
			rc = err_set(err, "'%s' has neither a limits block nor a '%s' line", path,
				     STATEMENT_PLACEHOLDER);
			goto out;
		}
		from = (size_t)(ph - fb.data);
		to = from + strlen(STATEMENT_PLACEHOLDER);
		if (to < fb.len && fb.data[to] == '\n')
			to++;
	}
	size_t blen = strlen(block);
	if (to - from == blen && !memcmp(fb.data + from, block, blen))
		goto out;
	size_t len = fb.len - (to - from) + blen;
	char *text = xmalloc(len);
	memcpy(text, fb.data, from);
	memcpy(text + from, block, blen);
	memcpy(text + from + blen, fb.data + to, fb.len - to);
	/* write beside, then rename: the statement is never half-written */
	char *tmp = xasprintf("%s.tmp-%d", path, (int)getpid());
	rc = file_write(tmp, text, len, err);
	if (rc == 0 && rename(tmp, path) < 0)
		rc = err_sys(err, "cannot replace '%s'", path);
	unlink(tmp);
	free(tmp);
	free(text);
	*changed = rc == 0;
out:
	free(block);
	file_release(&fb);
	free(path);
	return rc;
}
