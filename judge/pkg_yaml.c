/* pkg_yaml: problem.yaml, read with libyaml against a table of rules per
 * key: metadata, limits, checker flags, the reference and the bench and
 * stress recipes.
 * Unknown and duplicate keys are errors naming the file and line. */
#define _GNU_SOURCE
#include "pkg.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "recipe.h"
#include "util.h"

struct yaml_ctx {
	yaml_document_t *doc;
	struct pkg *p;
	struct pkg_bench *recipe;   /* the recipe being read: bench or stress */
	const char *recipe_name;
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

static int k_recipe_args(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	char msg[ERR_LEN], **argv;
	if (want_string(c, key, v, &c->recipe->args) < 0)
		return -1;
	c->recipe->line = line_of(v);
	if (recipe_expand(c->recipe->args, 1000, 1, &argv, msg) < 0)
		return err_set(c->err, "%s:%d: bad %s recipe: %.400s", c->file, line_of(v),
			       c->recipe_name, msg);
	recipe_free(argv);
	return 0;
}

static int k_recipe_generator(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	return want_string(c, key, v, &c->recipe->generator);
}

static int k_recipe_sizes(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	(void)key;
	if (v->type != YAML_SEQUENCE_NODE)
		return yerr(c, v, "'%s' must be a list of sizes", "sizes");
	struct pkg_bench *b = c->recipe;
	for (yaml_node_item_t *i = v->data.sequence.items.start; i < v->data.sequence.items.top; i++) {
		yaml_node_t *item = yaml_document_get_node(c->doc, *i);
		const char *s = scalar(item);
		char *end;
		double x = s ? strtod(s, &end) : 0;
		if (!s || !*s || *end || !(x >= 1 && x <= 1e12) || x != floor(x))
			return err_set(c->err, "%s:%d: a %s size must be a whole number from 1 to 10^12, "
				       "not '%s'", c->file, line_of(item), c->recipe_name, s ? s : "a list");
		b->sizes = xrealloc(b->sizes, (size_t)(b->nsizes + 1) * sizeof *b->sizes);
		b->sizes[b->nsizes++] = (long long)x;
	}
	return 0;
}

static const struct key_rule recipe_rules[] = {
	{ "args", k_recipe_args },
	{ "sizes", k_recipe_sizes },
	{ "generator", k_recipe_generator },
	{ NULL, NULL },
};

/* bench: and stress: are recipes: generator arguments as a function of n. */
static int k_recipe(struct yaml_ctx *c, const char *key, const yaml_node_t *v)
{
	c->recipe = !strcmp(key, "bench") ? &c->p->bench : &c->p->stress;
	c->recipe_name = key;
	char what[32];
	snprintf(what, sizeof what, "'%s'", key);
	if (walk_map(c, v, what, recipe_rules) < 0)
		return -1;
	if (!c->recipe->args)
		return yerr(c, v, "'%s' needs 'args', the generator's arguments", key);
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
	{ "bench", k_recipe },
	{ "stress", k_recipe },
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
	struct yaml_ctx c = { &doc, p, NULL, NULL, p->yaml_path, err };
	if (root && !(root->type == YAML_SCALAR_NODE && !root->data.scalar.length))
		rc = walk_map(&c, root, "problem.yaml", top_rules);
	yaml_document_delete(&doc);
	yaml_parser_delete(&parser);
	return rc;
}

int pkg_load_yaml(struct pkg *p, char *err)
{
	struct filebuf fb;
	if (file_load(p->yaml_path, &fb, err) < 0)
		return -1;
	int rc = pkg_parse_yaml(fb.data, fb.len, p, err);
	file_release(&fb);
	return rc;
}
