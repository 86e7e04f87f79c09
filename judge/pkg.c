/* pkg: find a problem package by slug or path and load it: problem.yaml
 * (libyaml), limits, checker flags, tests in order, generated tests,
 * submissions by expected verdict, programs, bench recipe. */
#define _GNU_SOURCE
#include "pkg.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

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

/* ---- problem.yaml ------------------------------------------------------ */

struct yaml_ctx {
	yaml_document_t *doc;
	struct pkg *p;
	const char *file;
	char *err;
};

static int line_of(const yaml_node_t *n)
{
	return (int)n->start_mark.line + 1;
}

static int yerr(struct yaml_ctx *c, const yaml_node_t *n, const char *fmt, const char *a)
{
	char msg[ERR_LEN];
	snprintf(msg, sizeof msg, fmt, a);
	return err_set(c->err, "%s:%d: %.700s", c->file, line_of(n), msg);
}

static const char *scalar(const yaml_node_t *n)
{
	return n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static int want_string(struct yaml_ctx *c, const char *key, const yaml_node_t *v, char **out)
{
	const char *s = scalar(v);
	if (!s)
		return yerr(c, v, "'%s' must be a string", key);
	if (out) {
		free(*out);
		*out = xstrdup(s);
	}
	return 0;
}

static int want_number(struct yaml_ctx *c, const char *key, const yaml_node_t *v, double *out)
{
	const char *s = scalar(v);
	char *end;
	double x = s ? strtod(s, &end) : 0;
	if (!s || !*s || *end || !isfinite(x) || x <= 0 || x > 1e6)
		return yerr(c, v, "'%s' must be a positive number", key);
	*out = x;
	return 0;
}

static int want_mib(struct yaml_ctx *c, const char *key, const yaml_node_t *v, uint64_t *out)
{
	double x;
	if (want_number(c, key, v, &x) < 0 || x != floor(x))
		return yerr(c, v, "'%s' must be a positive whole number of MiB", key);
	*out = (uint64_t)x;
	return 0;
}

typedef int (*key_fn)(struct yaml_ctx *c, const char *key, const yaml_node_t *v);

struct key_rule {
	const char *name;
	key_fn fn;
};

/* Walk a mapping, dispatching each key through its rule; unknown and
 * duplicate keys are errors. */
static int walk_map(struct yaml_ctx *c, const yaml_node_t *map, const char *what,
		    const struct key_rule *rules)
{
	if (map->type != YAML_MAPPING_NODE)
		return yerr(c, map, "%s must be a mapping of keys to values", what);
	for (yaml_node_pair_t *a = map->data.mapping.pairs.start; a < map->data.mapping.pairs.top; a++) {
		yaml_node_t *k = yaml_document_get_node(c->doc, a->key);
		yaml_node_t *v = yaml_document_get_node(c->doc, a->value);
		const char *name = scalar(k);
		if (!name)
			return yerr(c, k, "a key of %s is not a string", what);
		for (yaml_node_pair_t *b = map->data.mapping.pairs.start; b < a; b++) {
			const char *prev = scalar(yaml_document_get_node(c->doc, b->key));
			if (prev && !strcmp(prev, name))
				return yerr(c, k, "duplicate key '%s'", name);
		}
		const struct key_rule *r = rules;
		while (r->name && strcmp(r->name, name))
			r++;
		if (!r->name)
			return yerr(c, k, "unknown key '%s'", name);
		if (r->fn(c, name, v) < 0)
			return -1;
	}
	return 0;
}

static int k_ignore_string(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	return want_string(c, key, v, NULL);
}

static int k_keywords(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	if (v->type == YAML_SEQUENCE_NODE)
		return 0;
	return want_string(c, key, v, NULL);
}

static int k_name(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	return want_string(c, key, v, &c->p->name);
}

static int k_type(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	if (want_string(c, key, v, NULL) < 0)
		return -1;
	if (strcmp(scalar(v), "pass-fail"))
		return yerr(c, v, "only 'pass-fail' problems are supported, not '%s'", scalar(v));
	return 0;
}

static int k_validation(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	if (want_string(c, key, v, NULL) < 0)
		return -1;
	const char *s = scalar(v);
	if (!strcmp(s, "default"))
		return 0;
	if (!strcmp(s, "custom")) {
		c->p->output_validator = xstrdup(""); /* found below */
		return 0;
	}
	return yerr(c, v, "'validation' must be 'default' or 'custom', not '%s'", s);
}

static int k_validator_flags(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	char msg[ERR_LEN];
	if (want_string(c, key, v, &c->p->validator_flags) < 0)
		return -1;
	if (check_flags_parse(c->p->validator_flags, &c->p->flags, msg) < 0)
		return yerr(c, v, "%.400s", msg);
	return 0;
}

static int k_reference(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	if (want_string(c, key, v, &c->p->reference) < 0)
		return -1;
	char *rel = xasprintf("submissions/accepted/%s.c", c->p->reference);
	char *path = path_join(c->p->dir, rel);
	free(rel);
	free(c->p->reference);
	c->p->reference = path;
	if (!file_exists(path))
		return yerr(c, v, "the reference '%s' does not exist", path);
	return 0;
}

#define LIMIT_NUM(fn, field)                                                   \
	static int fn(struct yaml_ctx *c, const char *key, const yaml_node_t *v) \
	{                                                                        \
		return want_number(c, key, v, &c->p->limits.field);               \
	}
#define LIMIT_MIB(fn, field)                                                   \
	static int fn(struct yaml_ctx *c, const char *key, const yaml_node_t *v) \
	{                                                                        \
		return want_mib(c, key, v, &c->p->limits.field);                  \
	}
LIMIT_NUM(k_time_limit, time_limit)
LIMIT_MIB(k_memory, memory_mib)
LIMIT_MIB(k_output, output_mib)
LIMIT_NUM(k_compilation_time, compilation_time)
LIMIT_MIB(k_compilation_memory, compilation_memory_mib)
LIMIT_NUM(k_validation_time, validation_time)
LIMIT_MIB(k_validation_memory, validation_memory_mib)

static const struct key_rule limit_rules[] = {
	{ "time_limit", k_time_limit },
	{ "memory", k_memory },
	{ "output", k_output },
	{ "compilation_time", k_compilation_time },
	{ "compilation_memory", k_compilation_memory },
	{ "validation_time", k_validation_time },
	{ "validation_memory", k_validation_memory },
	{ NULL, NULL },
};

static int k_limits(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	(void)key;
	return walk_map(c, v, "'limits'", limit_rules);
}

static int k_bench_args(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	char msg[ERR_LEN], **argv;
	if (want_string(c, key, v, &c->p->bench.args) < 0)
		return -1;
	c->p->bench.line = line_of(v);
	if (recipe_expand(c->p->bench.args, 1000, 1, &argv, msg) < 0)
		return yerr(c, v, "bad bench recipe: %.400s", msg);
	recipe_free(argv);
	return 0;
}

static int k_bench_generator(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	return want_string(c, key, v, &c->p->bench.generator);
}

static int k_bench_sizes(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	(void)key;
	if (v->type != YAML_SEQUENCE_NODE)
		return yerr(c, v, "'%s' must be a list of sizes", "sizes");
	struct pkg_bench *b = &c->p->bench;
	for (yaml_node_item_t *i = v->data.sequence.items.start; i < v->data.sequence.items.top; i++) {
		yaml_node_t *item = yaml_document_get_node(c->doc, *i);
		const char *s = scalar(item);
		char *end;
		double x = s ? strtod(s, &end) : 0;
		if (!s || !*s || *end || !(x >= 1 && x <= 1e12) || x != floor(x))
			return yerr(c, item, "a bench size must be a whole number from 1 to 10^12, not '%s'",
				    s ? s : "a list");
		b->sizes = xrealloc(b->sizes, (size_t)(b->nsizes + 1) * sizeof *b->sizes);
		b->sizes[b->nsizes++] = (long long)x;
	}
	return 0;
}

static const struct key_rule bench_rules[] = {
	{ "args", k_bench_args },
	{ "sizes", k_bench_sizes },
	{ "generator", k_bench_generator },
	{ NULL, NULL },
};

static int k_bench(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	(void)key;
	if (walk_map(c, v, "'bench'", bench_rules) < 0)
		return -1;
	if (!c->p->bench.args)
		return yerr(c, v, "'bench' needs 'args', the generator's arguments%s", "");
	return 0;
}

static const struct key_rule top_rules[] = {
	{ "problem_format_version", k_ignore_string },
	{ "name", k_name },
	{ "uuid", k_ignore_string },
	{ "type", k_type },
	{ "source", k_ignore_string },
	{ "source_url", k_ignore_string },
	{ "author", k_ignore_string },
	{ "license", k_ignore_string },
	{ "rights_owner", k_ignore_string },
	{ "keywords", k_keywords },
	{ "limits", k_limits },
	{ "validation", k_validation },
	{ "validator_flags", k_validator_flags },
	{ "reference", k_reference },
	{ "bench", k_bench },
	{ NULL, NULL },
};

int pkg_parse_yaml(const char *data, size_t len, struct pkg *p, char *err)
{
	yaml_parser_t parser;
	yaml_document_t doc;
	int rc = 0;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)(data ? data : ""), len);
	if (!yaml_parser_load(&parser, &doc)) {
		rc = err_set(err, "%s:%d: %s%s%s", p->yaml_path, (int)parser.problem_mark.line + 1,
			     parser.problem ? parser.problem : "malformed YAML",
			     parser.context ? " " : "", parser.context ? parser.context : "");
		yaml_parser_delete(&parser);
		return rc;
	}
	yaml_node_t *root = yaml_document_get_root_node(&doc);
	struct yaml_ctx c = { &doc, p, p->yaml_path, err };
	if (root && !(root->type == YAML_SCALAR_NODE && !root->data.scalar.length))
		rc = walk_map(&c, root, "problem.yaml", top_rules);
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	return rc;
}

static int load_yaml(struct pkg *p, char *err)
{
	struct filebuf fb;
	if (file_load(p->yaml_path, &fb, err) < 0)
		return -1;
	int rc = pkg_parse_yaml(fb.data, fb.len, p, err);
	file_release(&fb);
	return rc;
}

/* ---- tests ------------------------------------------------------------- */

static bool ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && !strcmp(s + a - b, suffix);
}

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
		} else if (ends_with(names[i], ".in")) {
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
		} else if (ends_with(names[i], ".ans")) {
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
		if (!ends_with(names[i], ".c"))
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
			if (!ends_with(files[j], ".c"))
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

int pkg_load(const char *problem, const char *cache_dir, struct pkg *p, char *err)
{
	memset(p, 0, sizeof *p);
	p->limits = (struct pkg_limits){
		PKG_DEFAULT_TIME_LIMIT, PKG_DEFAULT_MEMORY_MIB, PKG_DEFAULT_OUTPUT_MIB,
		PKG_DEFAULT_COMPILE_TIME, PKG_DEFAULT_COMPILE_MEMORY_MIB,
		PKG_DEFAULT_VALIDATION_TIME, PKG_DEFAULT_VALIDATION_MEMORY_MIB,
	};
	if (locate(problem, p, err) < 0 || load_yaml(p, err) < 0)
		goto fail;
	if (!p->name)
		p->name = xstrdup(p->slug);
	if (p->bench.args && !p->bench.generator)
		p->bench.generator = xstrdup("gen");
	if (p->bench.args) {
		char *g = pkg_program_source(p, "generator", p->bench.generator);
		free(p->bench.generator);
		p->bench.generator = g;
		if (!file_exists(g)) {
			err_set(err, "%s:%d: the bench generator '%s' does not exist", p->yaml_path,
				p->bench.line, g);
			goto fail;
		}
	}
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
		goto fail;
	if (p->ntests == 0) {
		err_set(err, "'%s' has no tests in data/sample or data/secret", p->dir);
		goto fail;
	}
	qsort(p->tests, (size_t)p->ntests, sizeof *p->tests, cmp_test);
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
