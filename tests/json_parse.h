/* json_parse: a strict JSON reader for tests (RFC 8259: no trailing commas,
 * no comments, strings with escapes checked), so that tests can parse what
 * the judge prints with --json and look values up by path. */
#ifndef JUDGE_JSON_PARSE_H
#define JUDGE_JSON_PARSE_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum jp_type { JP_NULL, JP_BOOL, JP_NUMBER, JP_STRING, JP_ARRAY, JP_OBJECT };

struct jp {
	enum jp_type type;
	bool b;
	double num;
	char *str;            /* JP_STRING: decoded, NUL-terminated (may hold NULs: see len) */
	size_t len;
	int n;                /* JP_ARRAY, JP_OBJECT: number of items */
	char **keys;          /* JP_OBJECT */
	struct jp **items;
};

struct jp_reader {
	const char *s, *end;
	const char *error;
};

static inline void jp_ws(struct jp_reader *r)
{
	while (r->s < r->end && (*r->s == ' ' || *r->s == '\t' || *r->s == '\n' || *r->s == '\r'))
		r->s++;
}

static inline struct jp *jp_value(struct jp_reader *r, int depth);

static inline void jp_put(char **buf, size_t *len, size_t *cap, unsigned c)
{
	if (*len + 5 > *cap) {
		*cap = *cap * 2 + 16;
		*buf = realloc(*buf, *cap);
	}
	if (c < 0x80) {
		(*buf)[(*len)++] = (char)c;
	} else if (c < 0x800) {
		(*buf)[(*len)++] = (char)(0xc0 | c >> 6);
		(*buf)[(*len)++] = (char)(0x80 | (c & 0x3f));
	} else if (c < 0x10000) {
		(*buf)[(*len)++] = (char)(0xe0 | c >> 12);
		(*buf)[(*len)++] = (char)(0x80 | (c >> 6 & 0x3f));
		(*buf)[(*len)++] = (char)(0x80 | (c & 0x3f));
	} else {
		(*buf)[(*len)++] = (char)(0xf0 | c >> 18);
		(*buf)[(*len)++] = (char)(0x80 | (c >> 12 & 0x3f));
		(*buf)[(*len)++] = (char)(0x80 | (c >> 6 & 0x3f));
		(*buf)[(*len)++] = (char)(0x80 | (c & 0x3f));
	}
}

static inline int jp_hex4(struct jp_reader *r, unsigned *out)
{
	*out = 0;
	for (int i = 0; i < 4; i++, r->s++) {
		if (r->s >= r->end)
			return -1;
		char c = *r->s;
		unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
			     : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
			     : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10) : 16u;
		if (d > 15)
			return -1;
		*out = *out * 16 + d;
	}
	return 0;
}

static inline char *jp_string(struct jp_reader *r, size_t *len_out)
{
	size_t len = 0, cap = 16;
	char *buf = malloc(cap);
	r->s++; /* the opening quote */
	while (r->s < r->end && *r->s != '"') {
		unsigned char c = (unsigned char)*r->s++;
		if (c < 0x20) {
			r->error = "raw control character in a string";
			free(buf);
			return NULL;
		}
		if (c != '\\') {
			jp_put(&buf, &len, &cap, 0); /* room */
			buf[len - 1] = (char)c;
			continue;
		}
		if (r->s >= r->end)
			break;
		char e = *r->s++;
		unsigned u;
		switch (e) {
		case '"': case '\\': case '/': jp_put(&buf, &len, &cap, (unsigned)e); break;
		case 'b': jp_put(&buf, &len, &cap, '\b'); break;
		case 'f': jp_put(&buf, &len, &cap, '\f'); break;
		case 'n': jp_put(&buf, &len, &cap, '\n'); break;
		case 'r': jp_put(&buf, &len, &cap, '\r'); break;
		case 't': jp_put(&buf, &len, &cap, '\t'); break;
		case 'u':
			if (jp_hex4(r, &u) < 0) {
				r->error = "bad \\u escape";
				free(buf);
				return NULL;
			}
			if (u >= 0xd800 && u < 0xdc00 && r->s + 6 <= r->end && r->s[0] == '\\' && r->s[1] == 'u') {
				unsigned lo;
				r->s += 2;
				if (jp_hex4(r, &lo) < 0 || lo < 0xdc00 || lo > 0xdfff) {
					r->error = "bad surrogate pair";
					free(buf);
					return NULL;
				}
				u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
			}
			jp_put(&buf, &len, &cap, u);
			break;
		default:
			r->error = "bad escape";
			free(buf);
			return NULL;
		}
	}
	if (r->s >= r->end) {
		r->error = "unterminated string";
		free(buf);
		return NULL;
	}
	r->s++;
	jp_put(&buf, &len, &cap, 0);
	*len_out = len - 1;
	return buf;
}

static inline struct jp *jp_new(enum jp_type t)
{
	struct jp *v = calloc(1, sizeof *v);
	v->type = t;
	return v;
}

static inline void jp_free(struct jp *v)
{
	if (!v)
		return;
	for (int i = 0; i < v->n; i++) {
		jp_free(v->items[i]);
		if (v->keys)
			free(v->keys[i]);
	}
	free(v->items);
	free(v->keys);
	free(v->str);
	free(v);
}

static inline struct jp *jp_container(struct jp_reader *r, int depth, bool object)
{
	struct jp *v = jp_new(object ? JP_OBJECT : JP_ARRAY);
	char close = object ? '}' : ']';
	r->s++;
	jp_ws(r);
	if (r->s < r->end && *r->s == close) {
		r->s++;
		return v;
	}
	for (;;) {
		char *key = NULL;
		size_t klen;
		if (object) {
			jp_ws(r);
			if (r->s >= r->end || *r->s != '"' || !(key = jp_string(r, &klen))) {
				r->error = r->error ? r->error : "expected a key";
				break;
			}
			jp_ws(r);
			if (r->s >= r->end || *r->s++ != ':') {
				r->error = "expected ':'";
				free(key);
				break;
			}
		}
		struct jp *item = jp_value(r, depth + 1);
		if (!item) {
			free(key);
			break;
		}
		v->items = realloc(v->items, (size_t)(v->n + 1) * sizeof *v->items);
		if (object)
			v->keys = realloc(v->keys, (size_t)(v->n + 1) * sizeof *v->keys), v->keys[v->n] = key;
		v->items[v->n++] = item;
		jp_ws(r);
		if (r->s < r->end && *r->s == ',') {
			r->s++;
			continue;
		}
		if (r->s < r->end && *r->s == close) {
			r->s++;
			return v;
		}
		r->error = object ? "expected ',' or '}'" : "expected ',' or ']'";
		break;
	}
	jp_free(v);
	return NULL;
}

static inline struct jp *jp_value(struct jp_reader *r, int depth)
{
	jp_ws(r);
	if (depth > 64) {
		r->error = "nested too deeply";
		return NULL;
	}
	if (r->s >= r->end) {
		r->error = "unexpected end";
		return NULL;
	}
	char c = *r->s;
	if (c == '{' || c == '[')
		return jp_container(r, depth, c == '{');
	if (c == '"') {
		struct jp *v = jp_new(JP_STRING);
		v->str = jp_string(r, &v->len);
		if (!v->str) {
			free(v);
			return NULL;
		}
		return v;
	}
	static const struct { const char *word; enum jp_type t; bool b; } words[] = {
		{ "null", JP_NULL, false }, { "true", JP_BOOL, true }, { "false", JP_BOOL, false },
	};
	for (int i = 0; i < 3; i++) {
		size_t n = strlen(words[i].word);
		if ((size_t)(r->end - r->s) >= n && !memcmp(r->s, words[i].word, n)) {
			r->s += n;
			struct jp *v = jp_new(words[i].t);
			v->b = words[i].b;
			return v;
		}
	}
	/* a number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
	const char *p = r->s;
	if (p < r->end && *p == '-')
		p++;
	if (p < r->end && *p == '0')
		p++;
	else if (p < r->end && *p >= '1' && *p <= '9')
		while (p < r->end && *p >= '0' && *p <= '9')
			p++;
	else {
		r->error = "unexpected character";
		return NULL;
	}
	if (p < r->end && *p == '.') {
		const char *q = ++p;
		while (p < r->end && *p >= '0' && *p <= '9')
			p++;
		if (p == q) {
			r->error = "digits expected after '.'";
			return NULL;
		}
	}
	if (p < r->end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < r->end && (*p == '+' || *p == '-'))
			p++;
		const char *q = p;
		while (p < r->end && *p >= '0' && *p <= '9')
			p++;
		if (p == q) {
			r->error = "digits expected in the exponent";
			return NULL;
		}
	}
	char tmp[64];
	size_t n = (size_t)(p - r->s);
	if (n >= sizeof tmp) {
		r->error = "number too long";
		return NULL;
	}
	memcpy(tmp, r->s, n);
	tmp[n] = 0;
	struct jp *v = jp_new(JP_NUMBER);
	v->num = strtod(tmp, NULL);
	r->s = p;
	return v;
}

/* Parse a whole document (one value and trailing whitespace). NULL with
 * *error set when it is not JSON. */
static inline struct jp *jp_parse(const char *text, size_t len, const char **error)
{
	struct jp_reader r = { text, text + len, NULL };
	struct jp *v = jp_value(&r, 0);
	if (v) {
		jp_ws(&r);
		if (r.s != r.end) {
			r.error = "text after the value";
			jp_free(v);
			v = NULL;
		}
	}
	if (error)
		*error = r.error;
	return v;
}

/* The value at a path of object keys and array indices: "tests.0.verdict". */
static inline const struct jp *jp_get(const struct jp *v, const char *path)
{
	char *copy = strdup(path), *save = NULL;
	for (char *part = strtok_r(copy, ".", &save); part && v; part = strtok_r(NULL, ".", &save)) {
		const struct jp *next = NULL;
		if (v->type == JP_OBJECT) {
			for (int i = 0; i < v->n && !next; i++)
				if (!strcmp(v->keys[i], part))
					next = v->items[i];
		} else if (v->type == JP_ARRAY) {
			char *end;
			long i = strtol(part, &end, 10);
			if (!*end && i >= 0 && i < v->n)
				next = v->items[i];
		}
		v = next;
	}
	free(copy);
	return v;
}

static inline const char *jp_str(const struct jp *v, const char *path)
{
	const struct jp *x = jp_get(v, path);
	return x && x->type == JP_STRING ? x->str : NULL;
}

#endif
