/* recipe: a bench recipe, the generator's arguments as a function of the
 * size n and a seed: "{seed} {n} {n/2}" with integer arithmetic in braces. */
#include "recipe.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct parser {
	const char *p;
	long long n, seed;
	char *err;
	int failed;
};

static long long expr(struct parser *ps);

static void skip(struct parser *ps)
{
	while (*ps->p == ' ')
		ps->p++;
}

/* Consume c if it is next; never steps past the end of the text. */
static bool eat(struct parser *ps, char c)
{
	skip(ps);
	if (*ps->p != c)
		return false;
	ps->p++;
	return true;
}

static long long fail(struct parser *ps, const char *what)
{
	if (!ps->failed)
		err_set(ps->err, "%s at '%.20s'", what, ps->p);
	ps->failed = 1;
	return 0;
}

static long long isqrt(long long x)
{
	if (x <= 0)
		return 0;
	long long r = (long long)sqrt((double)x);
	while (r * r > x)
		r--;
	while ((r + 1) * (r + 1) <= x)
		r++;
	return r;
}

static long long factor(struct parser *ps)
{
	if (eat(ps, '(')) {
		long long v = expr(ps);
		if (!eat(ps, ')'))
			return fail(ps, "expected ')'");
		return v;
	}
	if (*ps->p == '-') {
		ps->p++;
		long long v = factor(ps);
		return v == LLONG_MIN ? fail(ps, "number too large") : -v;
	}
	if (isdigit((unsigned char)*ps->p)) {
		char *end;
		double v = strtod(ps->p, &end);
		if (v != floor(v) || v > 9e18)
			return fail(ps, "not an integer");
		ps->p = end;
		return (long long)v;
	}
	const char *w = ps->p;
	while (isalnum((unsigned char)*ps->p) || *ps->p == '_')
		ps->p++;
	size_t len = (size_t)(ps->p - w);
	if (len == 1 && w[0] == 'n')
		return ps->n;
	if (len == 4 && !strncmp(w, "seed", 4))
		return ps->seed;
	int fn = len == 4 && !strncmp(w, "sqrt", 4) ? 1
		 : len == 3 && !strncmp(w, "min", 3) ? 2
		 : len == 3 && !strncmp(w, "max", 3) ? 3 : 0;
	if (!fn) {
		ps->p = w;
		return fail(ps, "unknown name");
	}
	if (!eat(ps, '('))
		return fail(ps, "expected '('");
	long long a = expr(ps), b = 0;
	if (fn > 1) {
		if (!eat(ps, ','))
			return fail(ps, "expected ','");
		b = expr(ps);
	}
	if (!eat(ps, ')'))
		return fail(ps, "expected ')'");
	return fn == 1 ? isqrt(a) : fn == 2 ? (a < b ? a : b) : (a > b ? a : b);
}

static long long term(struct parser *ps)
{
	long long v = factor(ps);
	for (;;) {
		skip(ps);
		char op = *ps->p;
		if (op != '*' && op != '/' && op != '%')
			return v;
		ps->p++;
		long long r = factor(ps);
		if (op == '*') {
			if (__builtin_mul_overflow(v, r, &v) || v == LLONG_MIN)
				return fail(ps, "number too large");
		} else if (r == 0) {
			return fail(ps, "division by zero");
		} else if (r == -1) {
			v = op == '/' ? -v : 0; /* no result is ever LLONG_MIN: -v is safe */
		} else {
			v = op == '/' ? v / r : v % r;
		}
	}
}

static long long expr(struct parser *ps)
{
	long long v = term(ps);
	for (;;) {
		skip(ps);
		char op = *ps->p;
		if (op != '+' && op != '-')
			return v;
		ps->p++;
		long long r = term(ps);
		if (op == '+' ? __builtin_add_overflow(v, r, &v) : __builtin_sub_overflow(v, r, &v))
			return fail(ps, "number too large");
		if (v == LLONG_MIN)
			return fail(ps, "number too large");
	}
}

int recipe_expand(const char *tmpl, long long n, long long seed, char ***argv, char *err)
{
	size_t cap = strlen(tmpl) * 2 + 64, at = 0;
	char *text = xmalloc(cap);
	struct parser ps = { tmpl, n, seed, err, 0 };
	*argv = NULL;
	while (*ps.p) {
		if (at + 32 >= cap)
			text = xrealloc(text, cap *= 2);
		if (*ps.p == '}') {
			fail(&ps, "unmatched '}'");
			break;
		}
		if (*ps.p != '{') {
			text[at++] = *ps.p++;
			continue;
		}
		ps.p++;
		long long v = expr(&ps);
		skip(&ps);
		if (!ps.failed && *ps.p != '}')
			fail(&ps, "expected '}'");
		if (ps.failed)
			break;
		ps.p++;
		at += (size_t)snprintf(text + at, cap - at, "%lld", v);
	}
	if (ps.failed) {
		free(text);
		return -1;
	}
	text[at] = 0;
	int argc = 0;
	char **v = xcalloc(strlen(text) / 2 + 2, sizeof *v);
	for (char *s = strtok(text, " \t"); s; s = strtok(NULL, " \t"))
		v[argc++] = xstrdup(s);
	v[argc] = NULL;
	free(text);
	*argv = v;
	return argc;
}

void recipe_free(char **argv)
{
	if (!argv)
		return;
	for (char **a = argv; *a; a++)
		free(*a);
	free(argv);
}
