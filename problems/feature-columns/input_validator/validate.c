/*
 * Input validator for feature-columns: the column definitions, the embedding
 * tables, the rows and every limit of the statement (formats, ranges, name
 * rules, float32 rules of bucketized columns, size budgets).
 * Exit 42 if valid, 43 with "line L: ..." on stdout otherwise.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXC 100
#define MAXR 100000L
#define MAXNAME 32
#define MAXVAL 64

static char *in;
static size_t len, pos;
static long line;

static void fail(const char *fmt, const char *arg)
{
	printf("line %ld: ", line);
	printf(fmt, arg);
	printf("\n");
	exit(43);
}

/* ---- lines and tokens ---- */

static const char *lp, *le; /* the current line [lp, le) */

static void next_line(void)
{
	line++;
	if (pos >= len)
		fail("unexpected end of input%s", "");
	const char *nl = memchr(in + pos, '\n', len - pos);
	if (!nl)
		fail("missing newline at the end of the line%s", "");
	lp = in + pos;
	le = nl;
	pos = (size_t)(nl - in) + 1;
}

static char tok[1 << 22];
static int tokn;

/* The next token, which must exist; tokens are separated by one space. */
static const char *next_tok(const char *what)
{
	if (lp >= le)
		fail("missing %s", what);
	const char *s = lp;
	while (lp < le && *lp != ' ')
		lp++;
	tokn = (int)(lp - s);
	if (tokn == 0)
		fail("empty token (double or leading space) where %s was expected", what);
	if (tokn >= (int)sizeof tok)
		fail("%s too long", what);
	memcpy(tok, s, (size_t)tokn);
	tok[tokn] = 0;
	if (lp < le) {
		lp++; /* the single space */
		if (lp == le)
			fail("trailing space after %s", what);
	}
	return tok;
}

static int more(void)
{
	return lp < le;
}

static void end_of_line(void)
{
	if (lp < le)
		fail("unexpected data at the end of the line: '%s'", next_tok("data"));
}

static long int_in(const char *what, long lo, long hi)
{
	const char *t = next_tok(what);
	int i = 0;
	long v = 0;
	if (t[0] == '-')
		i = 1;
	if (!t[i] || (t[i] == '0' && t[i + 1]) || (t[0] == '-' && t[1] == '0'))
		fail("%s must be an integer without leading zeros", what);
	for (; t[i]; i++) {
		if (t[i] < '0' || t[i] > '9' || v > 1000000000L)
			fail("%s must be a (small) integer", what);
		v = v * 10 + (t[i] - '0');
	}
	if (t[0] == '-')
		v = -v;
	if (v < lo || v > hi)
		fail("%s out of range", what);
	return v;
}

/* -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][-+]?[0-9]{1,3})? */
static int is_number(const char *t)
{
	int i = 0;
	if (t[i] == '-')
		i++;
	if (t[i] == '0')
		i++;
	else if (t[i] >= '1' && t[i] <= '9')
		while (t[i] >= '0' && t[i] <= '9')
			i++;
	else
		return 0;
	if (t[i] == '.') {
		i++;
		if (t[i] < '0' || t[i] > '9')
			return 0;
		while (t[i] >= '0' && t[i] <= '9')
			i++;
	}
	if (t[i] == 'e' || t[i] == 'E') {
		i++;
		if (t[i] == '+' || t[i] == '-')
			i++;
		int d = 0;
		while (t[i] >= '0' && t[i] <= '9')
			i++, d++;
		if (d < 1 || d > 3)
			return 0;
	}
	return t[i] == 0;
}

static double number_of(const char *t, const char *what, double maxabs)
{
	if (!is_number(t))
		fail("%s is not a decimal number", what);
	double v = strtod(t, NULL);
	if (!isfinite(v) || fabs(v) > maxabs)
		fail("%s out of range", what);
	return v;
}

/* A float32 value must be the same whether parsed directly (strtof) or
 * through double: the statement's inputs avoid double-rounding cases. */
static float float_of(const char *t, const char *what)
{
	double d = number_of(t, what, 1e9);
	float f = strtof(t, NULL);
	if (f != (float)d)
		fail("%s rounds differently to float32 directly and through double", what);
	return f;
}

static int is_ident(const char *t)
{
	int n = 0;
	for (; t[n]; n++)
		if (!((t[n] >= 'a' && t[n] <= 'z') || (t[n] >= 'A' && t[n] <= 'Z') ||
		      (t[n] >= '0' && t[n] <= '9') || t[n] == '_'))
			return 0;
	return n >= 1 && n <= MAXNAME;
}

static int is_value(const char *s, int n)
{
	if (n < 1 || n > MAXVAL)
		return 0;
	for (int i = 0; i < n; i++)
		if (s[i] < '!' || s[i] > '~' || s[i] == '=' || s[i] == '|')
			return 0;
	return 1;
}

/* ---- columns ---- */

enum { NUMERIC, BUCKETIZED, VOCAB, HASH, CROSS, INDICATOR, EMBEDDING };

struct col {
	int type;
	char name[MAXNAME + 1];
	int key;
	int keys[5], nkeys;
	long buckets;
};

static struct col cols[MAXC];
static int ncols;
static char keys[MAXC * 6][MAXNAME + 1];
static int nkeys;
static int key_kind[MAXC * 6]; /* 1: numeric/bucketized (one number), 2: bucketized */

static int key_index(const char *t)
{
	if (!is_ident(t))
		fail("'%s' is not a key (1..32 of A-Z a-z 0-9 _)", t);
	for (int i = 0; i < nkeys; i++)
		if (strcmp(keys[i], t) == 0)
			return i;
	strcpy(keys[nkeys], t);
	return nkeys++;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void)
{
	size_t cap = 1 << 20;
	in = malloc(cap);
	for (size_t n; in && (n = fread(in + len, 1, cap - len, stdin)) > 0;) {
		len += n;
		if (len == cap)
			in = realloc(in, cap *= 2);
	}
	if (!in)
		fail("out of memory%s", "");

	next_line();
	if (strcmp(next_tok("'columns'"), "columns"))
		fail("expected 'columns'%s", "");
	int c = (int)int_in("C", 1, MAXC);
	end_of_line();
	long width = 0, table_total = 0;
	int ndense = 0;
	for (ncols = 0; ncols < c; ncols++) {
		struct col *cl = &cols[ncols];
		next_line();
		const char *type = next_tok("a column type");
		static const char *types[] = { "numeric", "bucketized", "vocab", "hash", "cross", "indicator", "embedding" };
		cl->type = -1;
		for (int t = 0; t < 7; t++)
			if (strcmp(type, types[t]) == 0)
				cl->type = t;
		if (cl->type < 0)
			fail("unknown column type '%s'", type);
		const char *name = next_tok("NAME");
		if (!is_ident(name))
			fail("'%s' is not a column name (1..32 of A-Z a-z 0-9 _)", name);
		for (int i = 0; i < ncols; i++)
			if (strcmp(cols[i].name, name) == 0)
				fail("duplicate column name '%s'", name);
		strcpy(cl->name, name);
		if (cl->type == NUMERIC) {
			cl->key = key_index(next_tok("KEY"));
			key_kind[cl->key] |= 1;
			number_of(next_tok("MEAN"), "MEAN", 1e9);
			double sd = number_of(next_tok("STD"), "STD", 1e9);
			if (sd < 1e-3)
				fail("STD must be at least 0.001%s", "");
			width += 1, ndense++;
		} else if (cl->type == BUCKETIZED) {
			cl->key = key_index(next_tok("KEY"));
			key_kind[cl->key] |= 3;
			int m = 0;
			float prev = 0;
			while (more()) {
				float b = float_of(next_tok("a boundary"), "a boundary");
				if (m > 0 && !(prev < b))
					fail("boundaries must be strictly increasing as float32 (at '%s')", tok);
				prev = b;
				if (++m > 1000)
					fail("more than 1000 boundaries%s", "");
			}
			if (m < 1)
				fail("a bucketized column needs at least one boundary%s", "");
			width += m + 1, ndense++;
		} else if (cl->type == VOCAB) {
			cl->key = key_index(next_tok("KEY"));
			long oov = int_in("OOV", 0, 10000);
			int m = 0;
			char **words = malloc(10001 * sizeof *words);
			while (more()) {
				const char *w = next_tok("a word");
				if (!is_value(w, tokn))
					fail("word '%s' must be 1..64 bytes of '!'..'~' other than '=' and '|'", w);
				if (m == 10000)
					fail("more than 10000 words%s", "");
				words[m++] = strdup(w);
			}
			if (m < 1)
				fail("a vocabulary needs at least one word%s", "");
			qsort(words, (size_t)m, sizeof *words, cmp_str);
			for (int i = 1; i < m; i++)
				if (strcmp(words[i - 1], words[i]) == 0)
					fail("duplicate word '%s'", words[i]);
			for (int i = 0; i < m; i++)
				free(words[i]);
			free(words);
			cl->buckets = m + oov;
		} else if (cl->type == HASH) {
			cl->key = key_index(next_tok("KEY"));
			cl->buckets = int_in("BUCKETS", 1, 100000);
		} else if (cl->type == CROSS) {
			cl->buckets = int_in("BUCKETS", 1, 100000);
			while (more()) {
				if (cl->nkeys == 5)
					fail("a cross has at most 5 keys%s", "");
				int k = key_index(next_tok("KEY"));
				for (int i = 0; i < cl->nkeys; i++)
					if (cl->keys[i] == k)
						fail("key '%s' twice in a cross", keys[k]);
				cl->keys[cl->nkeys++] = k;
			}
			if (cl->nkeys < 2)
				fail("a cross needs at least 2 keys%s", "");
		} else {
			const char *cat = next_tok("CAT");
			int ci = -1;
			for (int i = 0; i < ncols; i++)
				if (strcmp(cols[i].name, cat) == 0)
					ci = i;
			if (ci < 0)
				fail("CAT '%s' is not a column defined on an earlier line", cat);
			if (cols[ci].type != VOCAB && cols[ci].type != HASH && cols[ci].type != CROSS)
				fail("CAT '%s' is not a categorical column (vocab, hash, cross)", cat);
			long b = cols[ci].buckets;
			ndense++;
			if (cl->type == INDICATOR) {
				width += b;
			} else {
				int dim = (int)int_in("DIM", 1, 64);
				const char *comb = next_tok("COMBINER");
				if (strcmp(comb, "sum") && strcmp(comb, "mean") && strcmp(comb, "sqrtn"))
					fail("COMBINER '%s' is not sum, mean or sqrtn", comb);
				end_of_line();
				width += dim;
				table_total += b * dim;
				if (table_total > 1000000)
					fail("more than 10^6 embedding table entries in all%s", "");
				for (long r = 0; r < b; r++) {
					next_line();
					for (int d = 0; d < dim; d++)
						number_of(next_tok("a table entry"), "a table entry", 1000);
					end_of_line();
				}
				continue;
			}
		}
		end_of_line();
	}
	if (ndense == 0)
		fail("no dense column (numeric, bucketized, indicator, embedding)%s", "");
	if (width > 200000)
		fail("the dense width exceeds 2*10^5%s", "");

	next_line();
	if (strcmp(next_tok("'rows'"), "rows"))
		fail("expected 'rows'%s", "");
	long r = int_in("R", 1, MAXR);
	end_of_line();
	if (r * width > 10000000L)
		fail("R times the dense width exceeds 10^7%s", "");

	long *seen = calloc((size_t)nkeys + 1, sizeof *seen);
	int *count = calloc((size_t)nkeys + 1, sizeof *count);
	long total_values = 0, total_cross = 0;
	for (long i = 1; i <= r; i++) {
		next_line();
		while (more()) {
			const char *t = next_tok("KEY=VALUES");
			char *eq = strchr(t, '=');
			if (!eq)
				fail("'%s' is not KEY=VALUES", t);
			*eq = 0;
			if (!is_ident(t))
				fail("'%s' is not a key (1..32 of A-Z a-z 0-9 _)", t);
			int k = -1;
			for (int j = 0; j < nkeys; j++)
				if (strcmp(keys[j], t) == 0)
					k = j;
			if (k >= 0) {
				if (seen[k] == i)
					fail("key '%s' twice in a row", t);
				seen[k] = i;
				count[k] = 0;
			}
			const char *p = eq + 1, *end = tok + tokn;
			int nv = 0;
			for (;;) {
				const char *bar = memchr(p, '|', (size_t)(end - p));
				if (!bar)
					bar = end;
				if (!is_value(p, (int)(bar - p)))
					fail("a value of '%s' must be 1..64 bytes of '!'..'~' other than '=' and '|'", t);
				if (k >= 0 && key_kind[k]) {
					char num[MAXVAL + 1];
					memcpy(num, p, (size_t)(bar - p));
					num[bar - p] = 0;
					if (key_kind[k] & 2)
						float_of(num, "a bucketized value");
					else
						number_of(num, "a numeric value", 1e9);
				}
				if (k >= 0)
					count[k]++;
				if (++nv > 1000)
					fail("key '%s' has more than 1000 values in a row", t);
				total_values++;
				if (bar == end)
					break;
				p = bar + 1;
			}
			if (k >= 0 && key_kind[k] && count[k] != 1)
				fail("key '%s' of a numeric or bucketized column needs exactly one value", t);
		}
		for (int k = 0; k < nkeys; k++)
			if (key_kind[k] && seen[k] != i)
				fail("key '%s' of a numeric or bucketized column is missing", keys[k]);
		for (int j = 0; j < ncols; j++) {
			if (cols[j].type != CROSS)
				continue;
			long prod = 1;
			for (int q = 0; q < cols[j].nkeys; q++) {
				int k = cols[j].keys[q];
				prod *= seen[k] == i ? count[k] : 0;
			}
			if (prod > 1000)
				fail("a cross has more than 1000 combinations in this row%s", "");
			total_cross += prod;
		}
	}
	line++;
	if (total_values > 2000000)
		fail("more than 2*10^6 values in all rows%s", "");
	if (total_cross > 5000000)
		fail("more than 5*10^6 cross combinations in all%s", "");
	if (pos != len)
		fail("extra data after the last row%s", "");
	return 42;
}
