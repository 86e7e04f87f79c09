/* lang: the languages the judge compiles and runs, one table row each. */
#define _GNU_SOURCE
#include "lang.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

/* No -march: solutions must run on any x86-64; intrinsics take
 * __attribute__((target(...))). -static keeps start-up cheap and the
 * sandbox's view of the file system small. */
static const char *const c_exts[] = { ".c", NULL };
static const char *const c_compile[] = { "gcc", "-std=gnu17", "-O2", "-pipe", "-static",
					 "-fmax-errors=20", "-DONLINE_JUDGE", "-o", "prog",
					 "{files}", "-lm", NULL };
static const char *const cpp_exts[] = { ".cc", ".cpp", ".cxx", ".c++", ".C", NULL };
static const char *const cpp_compile[] = { "g++", "-std=gnu++20", "-O2", "-pipe", "-static",
					   "-fmax-errors=20", "-DONLINE_JUDGE", "-o", "prog",
					   "{files}", NULL };
static const char *const native_run[] = { "{prog}", NULL };
/* Python is checked for syntax at "compile" time, as DOMjudge does, so a
 * syntax error is CE rather than a run-time error on the first test. */
static const char *const py_exts[] = { ".py", NULL };
static const char *const py_compile[] = { "python3", "-m", "py_compile", "{files}", NULL };
static const char *const py_run[] = { "/usr/bin/python3", "{main}", NULL };

static const struct lang c_lang = { "c", "C", c_exts, "/usr/bin/gcc", c_compile, native_run, false };
static const struct lang cpp_lang = { "cpp", "C++", cpp_exts, "/usr/bin/g++", cpp_compile,
				      native_run, false };
static const struct lang py_lang = { "python3", "Python 3", py_exts, "/usr/bin/python3",
				     py_compile, py_run, true };

static const struct lang *const langs[] = { &c_lang, &cpp_lang, &py_lang };
#define NLANGS ((int)(sizeof langs / sizeof *langs))

/* Other names the Kattis format and DOMjudge use for the same languages. */
static const struct { const char *alias, *id; } aliases[] = {
	{ "c++", "cpp" }, { "cc", "cpp" }, { "python", "python3" }, { "py", "python3" },
	{ "py3", "python3" },
};

int lang_all(const struct lang *const **out)
{
	*out = langs;
	return NLANGS;
}

const struct lang *lang_by_id(const char *id)
{
	for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
		if (!strcasecmp(id, aliases[i].alias))
			id = aliases[i].id;
	for (int i = 0; i < NLANGS; i++)
		if (!strcasecmp(id, langs[i]->id))
			return langs[i];
	return NULL;
}

const struct lang *lang_of_file(const char *path)
{
	const char *base = strrchr(path, '/');
	const char *dot = strrchr(base ? base + 1 : path, '.');
	if (!dot)
		return NULL;
	for (int i = 0; i < NLANGS; i++)
		for (const char *const *e = langs[i]->exts; *e; e++)
			if (!strcmp(dot, *e))
				return langs[i];
	return NULL;
}

static char **expand(const char *const *tmpl, const char *key, const char *const *values,
		     int nvalues)
{
	int n = 0;
	while (tmpl[n])
		n++;
	char **argv = xcalloc((size_t)(n + nvalues + 1), sizeof *argv);
	int k = 0;
	for (int i = 0; i < n; i++) {
		if (!strcmp(tmpl[i], key))
			for (int j = 0; j < nvalues; j++)
				argv[k++] = xstrdup(values[j]);
		else
			argv[k++] = xstrdup(tmpl[i]);
	}
	return argv;
}

char **lang_compile_argv(const struct lang *l, const char *const *files, int nfiles)
{
	return expand(l->compile, "{files}", files, nfiles);
}

char **lang_run_argv(const struct lang *l, const char *prog, const char *main)
{
	const char *v = l->interpreted ? main : prog;
	return expand(l->run, l->interpreted ? "{main}" : "{prog}", &v, 1);
}

void lang_argv_free(char **argv)
{
	if (!argv)
		return;
	for (char **a = argv; *a; a++)
		free(*a);
	free(argv);
}

static bool shell_safe(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
			    "-_=+./,:@%", *s))
			return false;
	return true;
}

char *lang_command_line(char *const *argv)
{
	size_t cap = 1;
	for (char *const *a = argv; *a; a++)
		cap += 4 * strlen(*a) + 3;
	char *out = xmalloc(cap), *o = out;
	for (char *const *a = argv; *a; a++) {
		if (a != argv)
			*o++ = ' ';
		if (shell_safe(*a)) {
			o = stpcpy(o, *a);
			continue;
		}
		*o++ = '\'';
		for (const char *s = *a; *s; s++) {
			if (*s == '\'')
				o = stpcpy(o, "'\\''");
			else
				*o++ = *s;
		}
		*o++ = '\'';
	}
	*o = 0;
	return out;
}

const char *lang_extensions(void)
{
	static char buf[128];
	if (!buf[0]) {
		char *o = buf;
		for (int i = 0; i < NLANGS; i++)
			for (const char *const *e = langs[i]->exts; *e; e++)
				o += snprintf(o, sizeof buf - (size_t)(o - buf), "%s%s",
					      o == buf ? "" : ", ", *e);
	}
	return buf;
}
