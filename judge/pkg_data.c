/* pkg_data: a package's tests: the hand-made files of data/sample and
 * data/secret (with their .desc lines), the generated tests listed in
 * data/secret/gen.txt and where they are cached, in judging order. */
#define _GNU_SOURCE
#include "pkg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recipe.h"
#include "util.h"

static struct pkg_test *add_test(struct pkg *p)
{
	p->tests = xrealloc(p->tests, (size_t)(p->ntests + 1) * sizeof *p->tests);
	struct pkg_test *t = &p->tests[p->ntests++];
	memset(t, 0, sizeof *t);
	return t;
}

static char *read_desc(const char *path)
{
	if (!file_exists(path))
		return NULL;
	char *s = file_head(path, 300, NULL);
	s[strcspn(s, "\n")] = 0;
	return s;
}

/* The hand-made tests of one data directory, recursively; `prefix` is the
 * test name so far ("secret"). */
static int scan_tests(struct pkg *p, const char *dir, const char *prefix, bool sample, char *err)
{
	char **names;
	int n = dir_list(dir, &names, err);
	if (n < 0)
		return -1;
	int rc = 0;
	for (int i = 0; i < n && rc == 0; i++) {
		char *path = path_join(dir, names[i]);
		char *name = xasprintf("%s/%s", prefix, names[i]);
		if (dir_exists(path)) {
			rc = scan_tests(p, path, name, sample, err);
		} else if (str_ends_with(names[i], ".in")) {
			size_t base = strlen(path) - 3;
			char *ans = xasprintf("%.*s.ans", (int)base, path);
			char *desc = xasprintf("%.*s.desc", (int)base, path);
			if (!file_exists(ans)) {
				rc = err_set(err, "'%s' has no answer file '%s'", path, ans);
				free(ans);
			} else {
				struct pkg_test *t = add_test(p);
				t->name = xasprintf("%.*s", (int)strlen(name) - 3, name);
				t->in_path = xstrdup(path);
				t->ans_path = ans;
				t->desc = read_desc(desc);
				t->sample = sample;
			}
			free(desc);
		} else if (str_ends_with(names[i], ".ans")) {
			char *in = xasprintf("%.*s.in", (int)strlen(path) - 4, path);
			if (!file_exists(in))
				rc = err_set(err, "'%s' has no input file '%s'", path, in);
			free(in);
		}
		free(name);
		free(path);
	}
	strv_free(names, n);
	return rc;
}

static bool valid_test_name(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!(('a' <= *s && *s <= 'z') || ('A' <= *s && *s <= 'Z') ||
		      ('0' <= *s && *s <= '9') || *s == '-' || *s == '_' || *s == '.'))
			return false;
	return true;
}

static void hash_file(struct hash128 *h, const char *path)
{
	struct filebuf fb;
	if (file_load(path, &fb, NULL) == 0) {
		hash_update(h, fb.data, fb.len);
		file_release(&fb);
	}
}

void pkg_input_key(const struct pkg *p, const char *generator, const char *const *args,
		   const char *salt, char hex[33])
{
	struct hash128 h;
	hash_init(&h);
	hash_update(&h, salt, strlen(salt));
	hash_file(&h, generator);
	hash_file(&h, p->reference);
	for (int i = 0; args[i]; i++)
		hash_update(&h, args[i], strlen(args[i]) + 1);
	hash_hex(&h, hex);
}

/* data/secret/gen.txt: lines "NAME PROGRAM ARGS..." */
static int load_gen(struct pkg *p, const char *cache_dir, char *err)
{
	char *path = path_join(p->dir, "data/secret/gen.txt");
	if (!file_exists(path)) {
		free(path);
		return 0;
	}
	FILE *f = fopen(path, "r");
	if (!f) {
		err_sys(err, "cannot open '%s'", path);
		free(path);
		return -1;
	}
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, rc = 0;
	int handmade = p->ntests;
	while (rc == 0 && getline(&line, &cap, f) > 0) {
		lineno++;
		char *hash = strchr(line, '#');
		if (hash)
			*hash = 0;
		char *save, *name = strtok_r(line, " \t\r\n", &save);
		if (!name)
			continue;
		char *program = strtok_r(NULL, " \t\r\n", &save);
		if (!valid_test_name(name)) {
			rc = err_set(err, "%s:%d: bad test name '%s' (letters, digits, '-', '_', '.')", path, lineno, name);
			break;
		}
		if (!program) {
			rc = err_set(err, "%s:%d: expected 'NAME PROGRAM ARGS...'", path, lineno);
			break;
		}
		char *source = pkg_program_source(p, "generator", program);
		if (!file_exists(source)) {
			rc = err_set(err, "%s:%d: no generator '%s'", path, lineno, source);
			free(source);
			break;
		}
		if (!p->reference) {
			rc = err_set(err, "%s:%d: generated tests need 'reference' in problem.yaml", path, lineno);
			free(source);
			break;
		}
		char *tname = xasprintf("secret/%s", name);
		for (int i = 0; i < p->ntests && rc == 0; i++)
			if (!strcmp(p->tests[i].name, tname))
				rc = err_set(err, "%s:%d: test '%s' is %s", path, lineno, name,
					     i < handmade ? "also a hand-made file" : "listed twice");
		if (rc) {
			free(tname);
			free(source);
			break;
		}
		struct pkg_test *t = add_test(p);
		t->name = tname;
		t->generated = true;
		t->program = source;
		t->gen_line = lineno;
		int argc = 0;
		char **args = xcalloc(strlen(save ? save : "") / 2 + 2, sizeof *args);
		for (char *a = strtok_r(NULL, " \t\r\n", &save); a; a = strtok_r(NULL, " \t\r\n", &save))
			args[argc++] = xstrdup(a);
		t->args = args;
		char hex[33];
		pkg_input_key(p, source, (const char *const *)args, "test", hex);
		t->in_path = xasprintf("%s/tests/%s.in", cache_dir, hex);
		t->ans_path = xasprintf("%s/tests/%s.ans", cache_dir, hex);
		char *desc = xasprintf("%s/data/secret/%s.desc", p->dir, name);
		t->desc = read_desc(desc);
		free(desc);
	}
	free(line);
	fclose(f);
	free(path);
	return rc;
}

static int cmp_test(const void *a, const void *b)
{
	const struct pkg_test *x = a, *y = b;
	if (x->sample != y->sample)
		return x->sample ? -1 : 1;
	return strcmp(x->name, y->name);
}


int pkg_load_tests(struct pkg *p, const char *cache_dir, char *err)
{
	char *data = path_join(p->dir, "data");
	char *sample = path_join(data, "sample"), *secret = path_join(data, "secret");
	int rc = 0;
	if (!dir_exists(data))
		rc = err_set(err, "'%s' has no data/ folder", p->dir);
	if (rc == 0 && dir_exists(sample))
		rc = scan_tests(p, sample, "sample", true, err);
	if (rc == 0 && dir_exists(secret))
		rc = scan_tests(p, secret, "secret", false, err);
	free(data);
	free(sample);
	free(secret);
	if (rc < 0 || load_gen(p, cache_dir, err) < 0)
		return -1;
	if (p->ntests == 0)
		return err_set(err, "'%s' has no tests in data/sample or data/secret", p->dir);
	qsort(p->tests, (size_t)p->ntests, sizeof *p->tests, cmp_test);
	return 0;
}
