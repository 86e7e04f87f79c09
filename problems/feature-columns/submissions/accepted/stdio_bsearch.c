/*
 * Feature columns with plain stdio and no hash maps: getline and strtok_r,
 * vocabulary words sorted and found by binary search, keys found by a linear
 * scan of the (few) keys, every id list rebuilt per row, printf for output.
 * Crosses enumerate combinations with an odometer (last key fastest) and
 * hash every combination from 0xDECAFCAFFE.
 * Time: O(input + ids * log m + R * W) (stdio output dominates).
 * Memory: O(input line + tables).
 * Status: accepted; same answers as the reference on every test (the slow
 * but simple way: checks that the limit leaves room for stdio).
 */
#define _GNU_SOURCE
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t le64(const unsigned char *p)
{
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static uint64_t le32(const unsigned char *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 | (uint64_t)p[3] << 24;
}

static uint64_t ror(uint64_t v, int s)
{
	return (v >> s) | (v << (64 - s));
}

static uint64_t smix(uint64_t v)
{
	return v ^ (v >> 47);
}

static uint64_t h16(uint64_t u, uint64_t v, uint64_t mul)
{
	uint64_t a = smix((u ^ v) * mul);
	uint64_t b = smix((v ^ a) * mul);
	return b * mul;
}

#define C0 0xc3a5c85c97cb3127ULL
#define C1 0xb492b66fbe98f273ULL
#define C2 0x9ae16a3b2f90404fULL

static void weak(const unsigned char *p, uint64_t a, uint64_t b, uint64_t out[2])
{
	a += le64(p);
	b = ror(b + a + le64(p + 24), 21);
	uint64_t c = a;
	a += le64(p + 8) + le64(p + 16);
	b += ror(a, 44);
	out[0] = a + le64(p + 24);
	out[1] = b + c;
}

static uint64_t fp64(const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	uint64_t mul = C2 + 2 * n;
	if (n == 0)
		return C2;
	if (n < 4) {
		uint64_t y = s[0] + 256u * s[n / 2], z = n + 4u * s[n - 1];
		return smix(y * C2 ^ z * C0) * C2;
	}
	if (n < 8)
		return h16(n + 8 * le32(s), le32(s + n - 4), mul);
	if (n <= 16) {
		uint64_t a = le64(s) + C2, b = le64(s + n - 8);
		return h16(ror(b, 37) * mul + a, (ror(a, 25) + b) * mul, mul);
	}
	if (n <= 32) {
		uint64_t a = le64(s) * C1, b = le64(s + 8), c = le64(s + n - 8) * mul, d = le64(s + n - 16) * C2;
		return h16(ror(a + b, 43) + ror(c, 30) + d, a + ror(b + C2, 18) + c, mul);
	}
	if (n <= 64) {
		uint64_t a = le64(s) * C2, b = le64(s + 8), c = le64(s + n - 8) * mul, d = le64(s + n - 16) * C2;
		uint64_t y = ror(a + b, 43) + ror(c, 30) + d, z = h16(y, a + ror(b + C2, 18) + c, mul);
		uint64_t e = le64(s + 16) * mul, f = le64(s + 24);
		uint64_t g = (y + le64(s + n - 32)) * mul, h = (z + le64(s + n - 24)) * mul;
		return h16(ror(e + f, 43) + ror(g, 30) + h, e + ror(f + a, 18) + g, mul);
	}
	uint64_t x = 81 * C2 + le64(s), y = 81 * C1 + 113, z = smix(y * C2 + 113) * C2, t;
	uint64_t v[2] = { 0, 0 }, w[2] = { 0, 0 };
	size_t blocks = (n - 1) / 64;
	for (size_t i = 0; i < blocks; i++, s += 64) {
		x = ror(x + y + v[0] + le64(s + 8), 37) * C1;
		y = ror(y + v[1] + le64(s + 48), 42) * C1;
		x ^= w[1];
		y += v[0] + le64(s + 40);
		z = ror(z + w[0], 33) * C1;
		weak(s, v[1] * C1, x + w[0], v);
		weak(s + 32, z + w[1], y + le64(s + 16), w);
		t = z, z = x, x = t;
	}
	s = (const unsigned char *)str + n - 64;
	mul = C1 + ((z & 0xff) << 1);
	w[0] += (n - 1) & 63;
	v[0] += w[0];
	w[0] += v[0];
	x = ror(x + y + v[0] + le64(s + 8), 37) * mul;
	y = ror(y + v[1] + le64(s + 48), 42) * mul;
	x ^= w[1] * 9;
	y += v[0] * 9 + le64(s + 40);
	z = ror(z + w[0], 33) * mul;
	weak(s, v[1] * mul, x + w[0], v);
	weak(s + 32, z + w[1], y + le64(s + 16), w);
	t = z, z = x, x = t;
	return h16(h16(v[0], w[0], mul) + smix(y) * C0 + z, h16(v[1], w[1], mul) + x, mul);
}

static uint64_t cat64(uint64_t a, uint64_t b)
{
	const uint64_t k = 0xc6a4a7935bd1e995ULL;
	uint64_t r = (a ^ k) ^ (smix(b * k) * k);
	r = smix(r * k) * k;
	return smix(r);
}

/* ---- the model ---- */

struct word {
	char *s;
	long id;
};

struct column {
	char kind[12], name[40];
	int key;
	double mean, std;
	float *bounds;
	int nbounds;
	struct word *words;
	long nwords, oov, size;
	int ckeys[8], nckeys;
	int cat, dim;
	char comb[8];
	double *table;
	long *ids;
	long nids;
};

static struct column col[128];
static int ncol;
static char keyname[1024][40];
static int nkey;

static int key_of(const char *k)
{
	for (int i = 0; i < nkey; i++)
		if (strcmp(keyname[i], k) == 0)
			return i;
	strcpy(keyname[nkey], k);
	return nkey++;
}

static int cmp_word(const void *a, const void *b)
{
	return strcmp(((const struct word *)a)->s, ((const struct word *)b)->s);
}

static char *line;
static size_t line_cap;

static char *read_line(void)
{
	ssize_t n = getline(&line, &line_cap, stdin);
	if (n < 0)
		exit(1);
	if (n > 0 && line[n - 1] == '\n')
		line[n - 1] = 0;
	return line;
}

/* Row features: for every key, its values (pointers into the line). */
static char **fval[1024];
static int fcount[1024], fcap[1024];

static void push_id(struct column *c, long id)
{
	c->ids = realloc(c->ids, (size_t)(c->nids + 1) * sizeof *c->ids);
	if (!c->ids)
		exit(1);
	c->ids[c->nids++] = id;
}

static void make_ids(struct column *c)
{
	c->nids = 0;
	if (strcmp(c->kind, "cross") == 0) {
		int digit[8] = { 0 };
		for (int j = 0; j < c->nckeys; j++)
			if (fcount[c->ckeys[j]] == 0)
				return;
		for (;;) {
			uint64_t h = 0xDECAFCAFFEULL;
			for (int j = 0; j < c->nckeys; j++) {
				const char *v = fval[c->ckeys[j]][digit[j]];
				h = cat64(h, fp64(v, strlen(v)));
			}
			push_id(c, (long)(h % (uint64_t)c->size));
			int j = c->nckeys - 1; /* odometer: the last key turns fastest */
			while (j >= 0 && ++digit[j] == fcount[c->ckeys[j]])
				digit[j--] = 0;
			if (j < 0)
				return;
		}
	}
	for (int i = 0; i < fcount[c->key]; i++) {
		const char *v = fval[c->key][i];
		uint64_t h = fp64(v, strlen(v));
		if (strcmp(c->kind, "hash") == 0) {
			push_id(c, (long)(h % (uint64_t)c->size));
			continue;
		}
		struct word probe = { (char *)v, 0 };
		struct word *w = bsearch(&probe, c->words, (size_t)c->nwords, sizeof *w, cmp_word);
		if (w)
			push_id(c, w->id);
		else if (c->oov > 0)
			push_id(c, c->nwords + (long)(h % (uint64_t)c->oov));
	}
}

static int cmp_col(const void *a, const void *b)
{
	return strcmp(col[*(const int *)a].name, col[*(const int *)b].name);
}

static int is_dense(const struct column *c)
{
	return strcmp(c->kind, "numeric") == 0 || strcmp(c->kind, "bucketized") == 0 ||
	       strcmp(c->kind, "indicator") == 0 || strcmp(c->kind, "embedding") == 0;
}

int main(void)
{
	char *save, *t;
	strtok_r(read_line(), " ", &save);
	ncol = atoi(strtok_r(NULL, " ", &save));
	for (int i = 0; i < ncol; i++) {
		struct column *c = &col[i];
		strcpy(c->kind, strtok_r(read_line(), " ", &save));
		strcpy(c->name, strtok_r(NULL, " ", &save));
		if (strcmp(c->kind, "numeric") == 0) {
			c->key = key_of(strtok_r(NULL, " ", &save));
			c->mean = strtod(strtok_r(NULL, " ", &save), NULL);
			c->std = strtod(strtok_r(NULL, " ", &save), NULL);
		} else if (strcmp(c->kind, "bucketized") == 0) {
			c->key = key_of(strtok_r(NULL, " ", &save));
			c->bounds = malloc(1000 * sizeof(float));
			while ((t = strtok_r(NULL, " ", &save)))
				c->bounds[c->nbounds++] = strtof(t, NULL);
		} else if (strcmp(c->kind, "vocab") == 0) {
			c->key = key_of(strtok_r(NULL, " ", &save));
			c->oov = atol(strtok_r(NULL, " ", &save));
			c->words = malloc(10000 * sizeof *c->words);
			while ((t = strtok_r(NULL, " ", &save))) {
				c->words[c->nwords].s = strdup(t);
				c->words[c->nwords].id = c->nwords;
				c->nwords++;
			}
			qsort(c->words, (size_t)c->nwords, sizeof *c->words, cmp_word);
			c->size = c->nwords + c->oov;
		} else if (strcmp(c->kind, "hash") == 0) {
			c->key = key_of(strtok_r(NULL, " ", &save));
			c->size = atol(strtok_r(NULL, " ", &save));
		} else if (strcmp(c->kind, "cross") == 0) {
			c->size = atol(strtok_r(NULL, " ", &save));
			while ((t = strtok_r(NULL, " ", &save)))
				c->ckeys[c->nckeys++] = key_of(t);
		} else {
			const char *cat = strtok_r(NULL, " ", &save);
			for (int j = 0; j < i; j++)
				if (strcmp(col[j].name, cat) == 0)
					c->cat = j;
			if (strcmp(c->kind, "embedding") == 0) {
				c->dim = atoi(strtok_r(NULL, " ", &save));
				strcpy(c->comb, strtok_r(NULL, " ", &save));
				long n = col[c->cat].size;
				c->table = malloc((size_t)(n * c->dim) * sizeof(double));
				for (long r = 0; r < n; r++) {
					t = strtok_r(read_line(), " ", &save);
					for (int d = 0; d < c->dim; d++, t = strtok_r(NULL, " ", &save))
						c->table[r * c->dim + d] = strtod(t, NULL);
				}
			}
		}
	}
	strtok_r(read_line(), " ", &save);
	long rows = atol(strtok_r(NULL, " ", &save));
	int order[128], nd = 0;
	for (int i = 0; i < ncol; i++)
		if (is_dense(&col[i]))
			order[nd++] = i;
	qsort(order, (size_t)nd, sizeof *order, cmp_col);
	long *counts = NULL;
	double acc[64];

	for (long r = 0; r < rows; r++) {
		for (int k = 0; k < nkey; k++)
			fcount[k] = 0;
		char *tsave;
		for (t = strtok_r(read_line(), " ", &tsave); t; t = strtok_r(NULL, " ", &tsave)) {
			char *eq = strchr(t, '=');
			*eq = 0;
			int k = -1;
			for (int i = 0; i < nkey; i++)
				if (strcmp(keyname[i], t) == 0)
					k = i;
			if (k < 0)
				continue;
			char *vsave;
			for (char *v = strtok_r(eq + 1, "|", &vsave); v; v = strtok_r(NULL, "|", &vsave)) {
				if (fcount[k] == fcap[k]) {
					fcap[k] = fcap[k] ? 2 * fcap[k] : 8;
					fval[k] = realloc(fval[k], (size_t)fcap[k] * sizeof *fval[k]);
				}
				fval[k][fcount[k]++] = v;
			}
		}
		for (int i = 0; i < ncol; i++)
			if (col[i].size && (strcmp(col[i].kind, "vocab") == 0 || strcmp(col[i].kind, "hash") == 0 ||
					    strcmp(col[i].kind, "cross") == 0))
				make_ids(&col[i]);
		for (int o = 0; o < nd; o++) {
			struct column *c = &col[order[o]];
			const char *sep = o ? " " : "";
			if (strcmp(c->kind, "numeric") == 0) {
				printf("%s%.9g", sep, (strtod(fval[c->key][0], NULL) - c->mean) / c->std);
			} else if (strcmp(c->kind, "bucketized") == 0) {
				float x = strtof(fval[c->key][0], NULL);
				int b = 0;
				while (b < c->nbounds && c->bounds[b] <= x)
					b++;
				for (int i = 0; i <= c->nbounds; i++) {
					fputs(i ? " " : sep, stdout);
					putchar(i == b ? '1' : '0');
				}
			} else if (strcmp(c->kind, "indicator") == 0) {
				struct column *k = &col[c->cat];
				counts = realloc(counts, (size_t)k->size * sizeof *counts);
				memset(counts, 0, (size_t)k->size * sizeof *counts);
				for (long i = 0; i < k->nids; i++)
					counts[k->ids[i]]++;
				for (long i = 0; i < k->size; i++) {
					fputs(i ? " " : sep, stdout);
					if (counts[i]) /* mostly zeros: printf only for the others */
						printf("%ld", counts[i]);
					else
						putchar('0');
				}
			} else {
				struct column *k = &col[c->cat];
				for (int d = 0; d < c->dim; d++)
					acc[d] = 0;
				for (long i = 0; i < k->nids; i++)
					for (int d = 0; d < c->dim; d++)
						acc[d] += c->table[k->ids[i] * c->dim + d];
				double div = 1;
				if (k->nids && strcmp(c->comb, "mean") == 0)
					div = (double)k->nids;
				if (k->nids && strcmp(c->comb, "sqrtn") == 0)
					div = sqrt((double)k->nids);
				for (int d = 0; d < c->dim; d++)
					printf("%s%.9g", d ? " " : sep, acc[d] / div);
			}
		}
		printf("\n");
	}
	return 0;
}
