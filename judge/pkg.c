/* pkg: find a problem package by slug or path and load it: problem.yaml
 * (pkg_yaml.c), its tests (pkg_data.c), its programs and its submissions
 * by expected verdict. */
#define _GNU_SOURCE
#include "pkg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "recipe.h"
#include "util.h"

const char *pkg_problems_dir(void)
{
	static char *dir;
	if (!dir) {
		const char *env = getenv("JUDGE_PROBLEMS");
		dir = env && *env ? xstrdup(env) : path_join(judge_root(), "problems");
	}
	return dir;
}

/* ---- programs and submissions ------------------------------------------ */

char *pkg_program_source(const struct pkg *p, const char *folder, const char *name)
{
	char *rel = xasprintf("%s/%s.c", folder, name);
	char *path = path_join(p->dir, rel);
	free(rel);
	return path;
}

/* The one .c file of a program folder; NULL (and no error) if the folder is
 * absent. */
static int find_program(const struct pkg *p, const char *folder, char **out, char *err)
{
	char *dir = path_join(p->dir, folder);
	*out = NULL;
	if (!dir_exists(dir)) {
		free(dir);
		return 0;
	}
	char **names;
	int n = dir_list(dir, &names, err), rc = 0;
	for (int i = 0; i < n && rc == 0; i++) {
		if (!str_ends_with(names[i], ".c"))
			continue;
		if (*out)
			rc = err_set(err, "'%s' holds more than one .c file", dir);
		else
			*out = path_join(dir, names[i]);
	}
	if (rc == 0 && !*out && n >= 0)
		rc = err_set(err, "'%s' holds no .c file", dir);
	strv_free(names, n);
	free(dir);
	return n < 0 ? -1 : rc;
}

static int load_submissions(struct pkg *p, char *err)
{
	char *dir = path_join(p->dir, "submissions");
	if (!dir_exists(dir)) {
		free(dir);
		return 0;
	}
	char **folders;
	int nf = dir_list(dir, &folders, err), rc = nf < 0 ? -1 : 0;
	for (int i = 0; i < nf && rc == 0; i++) {
		char *sub = path_join(dir, folders[i]);
		if (!dir_exists(sub)) {
			free(sub);
			continue;
		}
		int v = verdict_parse(folders[i]);
		if (v < 0 || !verdict_info(v)->folder || strcmp(verdict_info(v)->folder, folders[i])) {
			rc = err_set(err, "'%s': unknown verdict folder (accepted, wrong_answer, "
				     "time_limit_exceeded, memory_limit_exceeded, output_limit_exceeded, "
				     "run_time_error, compile_error)", sub);
			free(sub);
			break;
		}
		char **files;
		int n = dir_list(sub, &files, err);
		if (n < 0)
			rc = -1;
		for (int j = 0; j < n; j++) {
			if (!str_ends_with(files[j], ".c"))
				continue;
			p->subs = xrealloc(p->subs, (size_t)(p->nsubs + 1) * sizeof *p->subs);
			struct pkg_submission *s = &p->subs[p->nsubs++];
			s->path = path_join(sub, files[j]);
			s->name = xasprintf("%s/%.*s", folders[i], (int)strlen(files[j]) - 2, files[j]);
			s->expected = (enum verdict)v;
		}
		strv_free(files, n);
		free(sub);
	}
	strv_free(folders, nf);
	free(dir);
	return rc;
}

/* ---- the package ------------------------------------------------------- */

static int locate(const char *problem, struct pkg *p, char *err)
{
	bool is_path = strchr(problem, '/') || !strcmp(problem, ".") || !strcmp(problem, "..");
	char *dir = is_path ? xstrdup(problem) : path_join(pkg_problems_dir(), problem);
	if (!is_path && !dir_exists(dir) && dir_exists(problem)) {
		free(dir);
		dir = xstrdup(problem);
	}
	if (!dir_exists(dir)) {
		if (is_path)
			err_set(err, "no problem package at '%s'", dir);
		else
			err_set(err, "no problem '%s' (looked in '%s'); 'judge list' shows the problems",
				problem, pkg_problems_dir());
		free(dir);
		return -1;
	}
	/* Absolute, because package programs get paths as arguments and run in
	 * directories of their own. */
	char *abs = realpath(dir, NULL);
	if (abs) {
		free(dir);
		dir = abs;
	}
	p->dir = dir;
	const char *slash = strrchr(dir, '/');
	p->slug = xstrdup(slash ? slash + 1 : dir);
	p->yaml_path = path_join(dir, "problem.yaml");
	if (!file_exists(p->yaml_path))
		return err_set(err, "'%s' is not a problem package: no problem.yaml", dir);
	return 0;
}

/* A recipe's generator: generator/NAME.c, "gen" unless it says. */
static int resolve_recipe(struct pkg *p, struct pkg_bench *r, const char *what, char *err)
{
	if (!r->args)
		return 0;
	char *g = pkg_program_source(p, "generator", r->generator ? r->generator : "gen");
	free(r->generator);
	r->generator = g;
	if (!file_exists(g))
		return err_set(err, "%s:%d: the %s generator '%s' does not exist", p->yaml_path, r->line,
			       what, g);
	return 0;
}

int pkg_load(const char *problem, const char *cache_dir, struct pkg *p, char *err)
{
	memset(p, 0, sizeof *p);
	p->limits = (struct pkg_limits){
		PKG_DEFAULT_TIME_LIMIT, PKG_DEFAULT_MEMORY_MIB, PKG_DEFAULT_OUTPUT_MIB,
		PKG_DEFAULT_COMPILE_TIME, PKG_DEFAULT_COMPILE_MEMORY_MIB,
		PKG_DEFAULT_VALIDATION_TIME, PKG_DEFAULT_VALIDATION_MEMORY_MIB,
	};
	if (locate(problem, p, err) < 0 || pkg_load_yaml(p, err) < 0)
		goto fail;
	if (!p->name)
		p->name = xstrdup(p->slug);
	if (resolve_recipe(p, &p->bench, "bench", err) < 0 ||
	    resolve_recipe(p, &p->stress, "stress", err) < 0)
		goto fail;
	if (find_program(p, "input_validator", &p->input_validator, err) < 0)
		goto fail;
	if (p->output_validator) {
		free(p->output_validator);
		if (find_program(p, "output_validator", &p->output_validator, err) < 0)
			goto fail;
		if (!p->output_validator) {
			err_set(err, "%s: 'validation: custom' needs an output_validator/ folder", p->yaml_path);
			goto fail;
		}
	}
	if (pkg_load_tests(p, cache_dir, err) < 0)
		goto fail;
	if (load_submissions(p, err) < 0)
		goto fail;
	return 0;
fail:
	pkg_free(p);
	return -1;
}

void pkg_free(struct pkg *p)
{
	for (int i = 0; i < p->ntests; i++) {
		struct pkg_test *t = &p->tests[i];
		free(t->name);
		free(t->in_path);
		free(t->ans_path);
		free(t->desc);
		free(t->program);
		if (t->args)
			recipe_free(t->args);
	}
	free(p->tests);
	for (int i = 0; i < p->nsubs; i++) {
		free(p->subs[i].path);
		free(p->subs[i].name);
	}
	free(p->subs);
	free(p->dir);
	free(p->slug);
	free(p->name);
	free(p->yaml_path);
	free(p->validator_flags);
	free(p->output_validator);
	free(p->input_validator);
	free(p->reference);
	free(p->bench.args);
	free(p->bench.generator);
	free(p->bench.sizes);
	free(p->stress.args);
	free(p->stress.generator);
	free(p->stress.sizes);
	memset(p, 0, sizeof *p);
}

int pkg_list(char ***slugs, char *err)
{
	char **names;
	int n = dir_list(pkg_problems_dir(), &names, err), k = 0;
	if (n < 0)
		return -1;
	for (int i = 0; i < n; i++) {
		char *dir = path_join(pkg_problems_dir(), names[i]);
		char *yaml = path_join(dir, "problem.yaml");
		if (file_exists(yaml))
			names[k++] = names[i];
		else
			free(names[i]);
		free(yaml);
		free(dir);
	}
	*slugs = names;
	return k;
}
