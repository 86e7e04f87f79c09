/*
 * Generator for feature-columns: gen SEED R PROFILE
 *   R        rows wanted (fewer if a budget of the statement would be exceeded)
 *   PROFILE  tiny  one column of each kind, small tables
 *            mix   two or three of each kind, dense width about 100 (bench)
 *            wide  wide indicators and embeddings (width in the thousands)
 *            vocab one vocabulary of 10^4 words, 20 values per row (lookups)
 *            cross crosses of 3..5 keys with many combinations per row
 *            edge  bucketized columns fed boundary values, exactly and
 *                  within float32 rounding below them
 * Deterministic (splitmix64); names mix upper and lower case, digits and '_'.
 */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng;

static uint64_t next(void)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static long range(long lo, long hi)
{
	return lo + (long)(next() % (uint64_t)(hi - lo + 1));
}

static int chance(int pct)
{
	return (int)(next() % 100) < pct;
}

/* ---- output buffer ---- */

static char *out;
static size_t olen, ocap;

static void put(const char *fmt, ...)
{
	char tmp[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (olen + (size_t)n + 1 > ocap) {
		while (olen + (size_t)n + 1 > ocap)
			ocap = ocap ? 2 * ocap : 1 << 20;
		out = realloc(out, ocap);
		if (!out)
			exit(1);
	}
	memcpy(out + olen, tmp, (size_t)n);
	olen += (size_t)n;
}

/* ---- profiles ---- */

struct prof {
	const char *name;
	int nnum, nbuck, nvocab, nhash, ncross, nind, nemb;
	int maxbounds, maxwords, maxoov, maxhb, maxcb, maxdim;
	int ncat;      /* categorical keys */
	int pool;      /* distinct values per categorical key */
	int maxv;      /* values per key and row */
	int presence;  /* % of rows holding a categorical key */
	int crosskeys; /* keys per cross, at most */
	int edge;      /* % of bucketized values at or just below a boundary */
};

static const struct prof profs[] = {
	{ "tiny", 1, 1, 1, 1, 1, 2, 2, 4, 6, 2, 8, 8, 3, 3, 10, 3, 70, 2, 40 },
	{ "mix", 2, 2, 2, 2, 2, 3, 3, 8, 20, 3, 20, 30, 8, 5, 40, 4, 80, 3, 30 },
	{ "wide", 1, 2, 2, 2, 2, 4, 4, 100, 800, 50, 1000, 2000, 64, 5, 3000, 8, 90, 3, 30 },
	{ "vocab", 1, 0, 1, 0, 0, 0, 1, 1, 10000, 100, 1, 1, 4, 1, 20000, 20, 100, 2, 0 },
	{ "cross", 1, 0, 0, 1, 3, 1, 2, 1, 1, 1, 50, 100000, 2, 5, 30, 5, 95, 5, 0 },
	{ "edge", 1, 5, 1, 0, 0, 1, 0, 30, 5, 1, 1, 1, 1, 1, 5, 2, 50, 2, 70 },
};

enum { NUMERIC, BUCKETIZED, VOCAB, HASH, CROSS, INDICATOR, EMBEDDING };

struct col {
	int type;
	char name[40];
	int key; /* numeric keys 0..ncat-1 are "n<i>", categorical "c<i>" */
	int nb;
	double bounds[1000];
	int nwords, oov;
	long buckets;
	int keys[5], nkeys;
	int cat, dim;
};

static struct col cols[64];
static int ncols;
static const struct prof *P;

static char **pool[8]; /* value strings of each categorical key */

static void random_name(char *s)
{
	static const char first[] = "aAbBcCzZ_09xXmM";
	static const char rest[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
	for (;;) {
		int n = (int)range(1, 6);
		s[0] = first[next() % (sizeof first - 1)];
		for (int i = 1; i < n; i++)
			s[i] = rest[next() % (sizeof rest - 1)];
		s[n] = 0;
		int dup = 0;
		for (int i = 0; i < ncols; i++)
			dup |= strcmp(cols[i].name, s) == 0;
		if (!dup)
			return;
	}
}

/* A value: printable, no space, '=' or '|'; mostly short, now and then up
 * to 64 bytes (other Fingerprint64 length classes). */
static char *random_value(void)
{
	static const char cs[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:/@#";
	int n = chance(10) ? (int)range(17, 64) : (int)range(1, 12);
	char *s = malloc((size_t)n + 1);
	for (int i = 0; i < n; i++)
		s[i] = cs[next() % (sizeof cs - 1)];
	s[n] = 0;
	return s;
}

static double dec2(double lo, double hi)
{
	return (double)range((long)llround(lo * 100), (long)llround(hi * 100)) / 100;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* A categorical column for an indicator or embedding; indicators prefer
 * the ones of at most 5000 buckets (the row budget is R * width). */
static int pick_cat(int small)
{
	int idx[64], n = 0;
	for (int pass = small ? 0 : 1; pass < 2 && n == 0; pass++)
		for (int i = 0; i < ncols; i++)
			if ((cols[i].type == VOCAB || cols[i].type == HASH || cols[i].type == CROSS) &&
			    (pass == 1 || cols[i].buckets <= 5000))
				idx[n++] = i;
	return idx[next() % (uint64_t)n];
}

static void add(int type)
{
	struct col *c = &cols[ncols];
	memset(c, 0, sizeof *c);
	c->type = type;
	random_name(c->name);
	switch (type) {
	case NUMERIC:
	case BUCKETIZED:
		c->key = (int)range(0, P->nnum + P->nbuck > 1 ? 1 : 0);
		if (type == BUCKETIZED) {
			int m = (int)range(1, P->maxbounds);
			for (int i = 0; i < m; i++) {
				double b;
				do
					b = dec2(-100, 100);
				while (b == 0);
				int dup = 0;
				for (int j = 0; j < c->nb; j++)
					dup |= c->bounds[j] == b;
				if (!dup)
					c->bounds[c->nb++] = b;
			}
			qsort(c->bounds, (size_t)c->nb, sizeof(double), cmp_double);
		}
		break;
	case VOCAB:
		c->key = (int)range(0, P->ncat - 1);
		c->nwords = (int)range(P->maxwords / 2 + 1, P->maxwords < P->pool ? P->maxwords : P->pool);
		c->oov = (int)range(0, P->maxoov);
		c->buckets = c->nwords + c->oov;
		break;
	case HASH:
		c->key = (int)range(0, P->ncat - 1);
		c->buckets = range(1, P->maxhb);
		break;
	case CROSS:
		c->buckets = range(1, P->maxcb);
		c->nkeys = (int)range(2, P->crosskeys < P->ncat ? P->crosskeys : P->ncat);
		for (int i = 0; i < c->nkeys; i++) {
			int k, dup;
			do {
				k = (int)range(0, P->ncat - 1);
				dup = 0;
				for (int j = 0; j < i; j++)
					dup |= c->keys[j] == k;
			} while (dup);
			c->keys[i] = k;
		}
		break;
	case INDICATOR:
		c->cat = pick_cat(1);
		break;
	case EMBEDDING:
		c->cat = pick_cat(0);
		c->dim = (int)range(1, P->maxdim);
		break;
	}
	ncols++;
}

static long width(void)
{
	long w = 0;
	for (int i = 0; i < ncols; i++) {
		struct col *c = &cols[i];
		w += c->type == NUMERIC ? 1 : c->type == BUCKETIZED ? c->nb + 1 :
		     c->type == INDICATOR ? cols[c->cat].buckets : c->type == EMBEDDING ? c->dim : 0;
	}
	return w;
}

static void print_number(double v)
{
	char s[64];
	snprintf(s, sizeof s, "%.15g", v);
	if (strcmp(s, "-0") == 0)
		strcpy(s, "0");
	put("%s", s);
}

static void print_columns(void)
{
	static const char *types[] = { "numeric", "bucketized", "vocab", "hash", "cross", "indicator", "embedding" };
	static const char *combs[] = { "sum", "mean", "sqrtn" };
	put("columns %d\n", ncols);
	for (int i = 0; i < ncols; i++) {
		struct col *c = &cols[i];
		put("%s %s", types[c->type], c->name);
		switch (c->type) {
		case NUMERIC:
			put(" n%d %.2f %.2f", c->key, dec2(-50, 50), dec2(0.5, 20));
			break;
		case BUCKETIZED:
			put(" n%d", c->key);
			for (int j = 0; j < c->nb; j++)
				put(" %.2f", c->bounds[j]);
			break;
		case VOCAB: {
			/* the words: a random subset of the key's pool, in random order */
			int n = P->pool, *perm = malloc((size_t)n * sizeof *perm);
			for (int j = 0; j < n; j++)
				perm[j] = j;
			for (int j = 0; j < c->nwords; j++) {
				int r = (int)range(j, n - 1), t = perm[j];
				perm[j] = perm[r], perm[r] = t;
			}
			put(" c%d %d", c->key, c->oov);
			for (int j = 0; j < c->nwords; j++)
				put(" %s", pool[c->key][perm[j]]);
			free(perm);
			break;
		}
		case HASH:
			put(" c%d %ld", c->key, c->buckets);
			break;
		case CROSS:
			put(" %ld", c->buckets);
			for (int j = 0; j < c->nkeys; j++)
				put(" c%d", c->keys[j]);
			break;
		case INDICATOR:
			put(" %s", cols[c->cat].name);
			break;
		case EMBEDDING:
			put(" %s %d %s\n", cols[c->cat].name, c->dim, combs[next() % 3]);
			for (long r = 0; r < cols[c->cat].buckets; r++)
				for (int d = 0; d < c->dim; d++)
					put("%.3f%s", (double)range(-1000, 1000) / 1000, d + 1 < c->dim ? " " : "\n");
			continue;
		}
		put("\n");
	}
}

/* A value for a numeric key: random, or (for keys feeding a bucketized
 * column) a boundary's exact text or a decimal just below it that float32
 * cannot tell from the boundary. */
static void print_numeric_value(int key)
{
	int b[64], nb = 0;
	for (int i = 0; i < ncols; i++)
		if (cols[i].type == BUCKETIZED && cols[i].key == key)
			b[nb++] = i;
	if (nb && chance(P->edge)) {
		struct col *c = &cols[b[next() % (uint64_t)nb]];
		double v = c->bounds[next() % (uint64_t)c->nb];
		if (chance(50))
			put("%.2f", v);
		else
			print_number(v - fabs(v) * 1e-9);
		return;
	}
	put("%.*f", (int)range(0, 4), (double)range(-1200000, 1200000) / 10000);
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: gen SEED R PROFILE\n");
		return 2;
	}
	rng = strtoull(argv[1], NULL, 10);
	long want = atol(argv[2]);
	for (size_t i = 0; i < sizeof profs / sizeof profs[0]; i++)
		if (strcmp(profs[i].name, argv[3]) == 0)
			P = &profs[i];
	if (!P || want < 1 || want > 100000) {
		fprintf(stderr, "gen: bad arguments\n");
		return 2;
	}
	for (int k = 0; k < P->ncat; k++) {
		pool[k] = malloc((size_t)P->pool * sizeof *pool[k]);
		for (int i = 0; i < P->pool; i++) {
			int dup;
			do {
				pool[k][i] = random_value();
				dup = 0;
				for (int j = 0; j < i && P->pool <= 3000; j++)
					dup |= strcmp(pool[k][i], pool[k][j]) == 0;
				if (P->pool > 3000) {
					/* big pools: a unique prefix instead of a quadratic check */
					char *v = malloc(80);
					snprintf(v, 80, "w%d%s", i, pool[k][i]);
					v[64] = 0;
					free(pool[k][i]);
					pool[k][i] = v;
				}
			} while (dup);
		}
	}
	for (int i = 0; i < P->nnum; i++)
		add(NUMERIC);
	for (int i = 0; i < P->nbuck; i++)
		add(BUCKETIZED);
	for (int i = 0; i < P->nvocab; i++)
		add(VOCAB);
	for (int i = 0; i < P->nhash; i++)
		add(HASH);
	for (int i = 0; i < P->ncross; i++)
		add(CROSS);
	for (int i = 0; i < P->nind; i++)
		add(INDICATOR);
	for (int i = 0; i < P->nemb; i++)
		add(EMBEDDING);
	print_columns();

	long w = width(), rows = 0, total_values = 0, total_cross = 0;
	size_t rows_at = olen;
	put("rows %ld\n", want); /* rewritten below */
	size_t body_at = olen;
	int nnumkeys = P->nnum + P->nbuck > 1 ? 2 : (P->nnum + P->nbuck ? 1 : 0);
	int cnt[8], idx[8][1000];
	while (rows < want && (rows + 1) * w <= 10000000L) {
		for (int k = 0; k < P->ncat; k++) {
			cnt[k] = chance(P->presence) ? (int)range(1, P->maxv) : 0;
			for (int i = 0; i < cnt[k]; i++)
				idx[k][i] = (int)(next() % (uint64_t)P->pool);
		}
		/* at most 1000 combinations per cross and row */
		long combos = 0;
		for (int i = 0; i < ncols; i++) {
			if (cols[i].type != CROSS)
				continue;
			for (;;) {
				long prod = 1;
				int big = cols[i].keys[0];
				for (int j = 0; j < cols[i].nkeys; j++) {
					prod *= cnt[cols[i].keys[j]];
					if (cnt[cols[i].keys[j]] > cnt[big])
						big = cols[i].keys[j];
				}
				if (prod <= 1000) {
					combos += prod;
					break;
				}
				cnt[big]--;
			}
		}
		long nv = nnumkeys + 1;
		for (int k = 0; k < P->ncat; k++)
			nv += cnt[k];
		if (total_values + nv > 2000000 || total_cross + combos > 5000000)
			break;
		total_values += nv;
		total_cross += combos;
		/* tokens in a random order: numeric keys, categorical keys, an unused key */
		int order[16], n = 0;
		for (int k = 0; k < nnumkeys; k++)
			order[n++] = k;
		for (int k = 0; k < P->ncat; k++)
			if (cnt[k])
				order[n++] = 100 + k;
		if (chance(20))
			order[n++] = 200;
		for (int i = n - 1; i > 0; i--) {
			int r = (int)range(0, i), t = order[i];
			order[i] = order[r], order[r] = t;
		}
		for (int i = 0; i < n; i++) {
			if (i)
				put(" ");
			if (order[i] < 100) {
				put("n%d=", order[i]);
				print_numeric_value(order[i]);
			} else if (order[i] < 200) {
				int k = order[i] - 100;
				put("c%d=", k);
				for (int j = 0; j < cnt[k]; j++)
					put("%s%s", j ? "|" : "", pool[k][idx[k][j]]);
			} else {
				put("unused=%s", pool[0][next() % (uint64_t)P->pool]);
			}
		}
		put("\n");
		rows++;
	}
	fwrite(out, 1, rows_at, stdout);
	printf("rows %ld\n", rows);
	fwrite(out + body_at, 1, olen - body_at, stdout);
	return 0;
}
