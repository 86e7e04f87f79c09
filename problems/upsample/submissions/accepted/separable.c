/*
 * Upsampling as PyTorch 1.13's F.interpolate(size=) and pixel (un)shuffle,
 * separably: per axis, a table of source taps and weights (1, 2 or 4 per
 * output index) computed once; each output row combines up to 4 horizontally
 * interpolated input rows, kept in a ring of 4 rows (rows are used in
 * increasing order, so each is interpolated once).
 * Time: O(C*(H'*OW + OH*OW)*T) with H' <= min(H, T*OH) rows used, T taps.
 * Memory: O(C*H*W + (OH + OW)*T + 4*OW): 192 MB of tables for a 4*10^6-wide
 * bicubic row.
 * Status: accepted; the same sums in the same order as the reference
 * (perpixel.c): its output equals the reference's on every test.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CUBIC_A (-0.75)

/* Input: the whole of stdin at once; numbers are -?digits(.digits)?, so an
 * integer mantissa divided by a power of ten is exactly what strtod gives. */
static char *ib;
static size_t ilen, ipos;

static void read_all(void)
{
	size_t cap = 1 << 20;
	ib = malloc(cap + 1);
	for (size_t r; (r = fread(ib + ilen, 1, cap - ilen, stdin)) > 0;)
		if ((ilen += r) == cap)
			ib = realloc(ib, (cap *= 2) + 1);
	ib[ilen] = 0;
}

static void skip_space(void)
{
	while (ipos < ilen && (ib[ipos] == ' ' || ib[ipos] == '\n' || ib[ipos] == '\r'))
		ipos++;
}

static void read_word(char *dst, size_t cap)
{
	size_t n = 0;
	skip_space();
	while (ipos < ilen && ib[ipos] > ' ' && n + 1 < cap)
		dst[n++] = ib[ipos++];
	dst[n] = 0;
}

static long read_long(void)
{
	long v = 0;
	skip_space();
	while (ib[ipos] >= '0' && ib[ipos] <= '9')
		v = v * 10 + (ib[ipos++] - '0');
	return v;
}

static double read_num(void)
{
	static const double p10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
	skip_space();
	int neg = ib[ipos] == '-';
	ipos += neg;
	long m = 0;
	int k = 0;
	while (ib[ipos] >= '0' && ib[ipos] <= '9')
		m = m * 10 + (ib[ipos++] - '0');
	if (ib[ipos] == '.')
		for (ipos++; ib[ipos] >= '0' && ib[ipos] <= '9' && k < 9; k++)
			m = m * 10 + (ib[ipos++] - '0');
	double v = (double)m / p10[k];
	return neg ? -v : v;
}

/* Output: fixed 6 decimals from a rounded integer, through a 1 MiB buffer */
static char ob[1 << 20];
static size_t olen;

static void flush_out(void)
{
	fwrite(ob, 1, olen, stdout);
	olen = 0;
}

static void put_long(long v, char sep)
{
	char t[24];
	int n = 0;
	if (olen + 48 > sizeof ob)
		flush_out();
	if (v < 0) {
		ob[olen++] = '-';
		v = -v;
	}
	do
		t[n++] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	while (n > 0)
		ob[olen++] = t[--n];
	ob[olen++] = sep;
}

static void put(double v, int last)
{
	long q = (long)(v * 1e6 + (v < 0 ? -0.5 : 0.5)), a = q < 0 ? -q : q;
	if (olen + 48 > sizeof ob)
		flush_out();
	if (q < 0)
		ob[olen++] = '-';
	put_long(a / 1000000, '.');
	long f = a % 1000000;
	for (int d = 5; d >= 0; d--, f /= 10)
		ob[olen + d] = (char)('0' + f % 10);
	olen += 6;
	ob[olen++] = last ? '\n' : ' ';
}

enum { NEAREST, NEAREST_EXACT, BILINEAR, BICUBIC };

typedef struct {
	int taps;     /* 1, 2 or 4 */
	int *idx;     /* out * taps source indices, clamped */
	double *w;    /* out * taps weights */
} Table;

static double cubic1(double t) { return ((CUBIC_A + 2) * t - (CUBIC_A + 3)) * t * t + 1; }
static double cubic2(double t) { return ((CUBIC_A * t - 5 * CUBIC_A) * t + 8 * CUBIC_A) * t - 4 * CUBIC_A; }

static long clampl(long v, long lo, long hi) { return v < lo ? lo : v > hi ? hi : v; }

static Table make_table(int mode, long in, long out, int align)
{
	Table t;
	t.taps = mode == BICUBIC ? 4 : mode == BILINEAR ? 2 : 1;
	t.idx = malloc(sizeof *t.idx * out * t.taps);
	t.w = malloc(sizeof *t.w * out * t.taps);
	float scale = (float)in / (float)out;
	double ac = out > 1 ? (double)(in - 1) / (double)(out - 1) : 0.0;
	for (long i = 0; i < out; i++) {
		int *ix = t.idx + i * t.taps;
		double *w = t.w + i * t.taps, src;
		long s;
		switch (mode) {
		case NEAREST:
			s = out == in ? i : out == 2 * in ? i >> 1 : (long)floorf((float)i * scale);
			ix[0] = (int)(s < in - 1 ? s : in - 1);
			w[0] = 1;
			break;
		case NEAREST_EXACT:
			s = (long)floorf((float)((i + 0.5) * (double)scale));
			ix[0] = (int)(s < in - 1 ? s : in - 1);
			w[0] = 1;
			break;
		case BILINEAR:
			src = align ? ac * (double)i : (double)scale * ((double)i + 0.5) - 0.5;
			if (src < 0)
				src = 0;
			s = clampl((long)src, 0, in - 1);
			ix[0] = (int)s;
			ix[1] = (int)(s < in - 1 ? s + 1 : s);
			w[1] = src - (double)s;
			w[0] = 1 - w[1];
			break;
		default: {
			src = align ? ac * (double)i : (double)scale * ((double)i + 0.5) - 0.5;
			double f = floor(src), u = src - f;
			for (int k = 0; k < 4; k++)
				ix[k] = (int)clampl((long)f - 1 + k, 0, in - 1);
			w[0] = cubic2(u + 1), w[1] = cubic1(u), w[2] = cubic1(1 - u), w[3] = cubic2(2 - u);
		}
		}
	}
	return t;
}

static void shuffle(const double *x, long C, long H, long W, long R, int inverse)
{
	long R2 = R * R;
	if (!inverse) {
		long OC = C / R2, OH = H * R, OW = W * R;
		put_long(OC, ' '), put_long(OH, ' '), put_long(OW, '\n');
		for (long c = 0; c < OC; c++)
			for (long y = 0; y < OH; y++) {
				const double *base = x + (c * R2 + y % R * R) * H * W + y / R * W;
				for (long xx = 0; xx < OW; xx++)
					put(base[xx % R * H * W + xx / R], xx == OW - 1);
			}
	} else {
		long OC = C * R2, OH = H / R, OW = W / R;
		put_long(OC, ' '), put_long(OH, ' '), put_long(OW, '\n');
		for (long oc = 0; oc < OC; oc++) {
			long c = oc / R2, i = oc % R2 / R, j = oc % R;
			for (long y = 0; y < OH; y++) {
				const double *row = x + (c * H + y * R + i) * W + j;
				for (long xx = 0; xx < OW; xx++)
					put(row[xx * R], xx == OW - 1);
			}
		}
	}
}

int main(void)
{
	char name[32];
	read_all();
	read_word(name, sizeof name);
	long C = read_long(), H = read_long(), W = read_long(), a = read_long();
	int inverse = !strcmp(name, "pixel-unshuffle");
	int mode = !strcmp(name, "nearest") ? NEAREST : !strcmp(name, "nearest-exact") ? NEAREST_EXACT
		 : !strcmp(name, "bilinear") ? BILINEAR : BICUBIC;
	long OH = a, OW = 0;
	int align = 0;
	if (inverse || !strcmp(name, "pixel-shuffle")) {
		double *x = malloc(sizeof *x * C * H * W);
		for (long i = 0; i < C * H * W; i++)
			x[i] = read_num();
		shuffle(x, C, H, W, a, inverse);
		flush_out();
		return 0;
	}
	OW = read_long();
	if (mode == BILINEAR || mode == BICUBIC)
		align = (int)read_long();
	double *x = malloc(sizeof *x * C * H * W);
	for (long i = 0; i < C * H * W; i++)
		x[i] = read_num();
	free(ib);

	Table ty = make_table(mode, H, OH, align), tx = make_table(mode, W, OW, align);
	double *ring = malloc(sizeof *ring * 4 * OW);
	long tag[4];
	put_long(C, ' '), put_long(OH, ' '), put_long(OW, '\n');
	for (long c = 0; c < C; c++) {
		const double *p = x + c * H * W;
		tag[0] = tag[1] = tag[2] = tag[3] = -1;
		for (long oy = 0; oy < OH; oy++) {
			const double *rows[4];
			for (int k = 0; k < ty.taps; k++) {
				long r = ty.idx[oy * ty.taps + k];
				double *dst = ring + (r & 3) * OW;
				if (tag[r & 3] != r) { /* interpolate input row r horizontally */
					const double *src = p + r * W;
					for (long ox = 0; ox < OW; ox++) {
						const int *ix = tx.idx + ox * tx.taps;
						const double *w = tx.w + ox * tx.taps;
						double s = 0;
						for (int b = 0; b < tx.taps; b++)
							s += w[b] * src[ix[b]];
						dst[ox] = s;
					}
					tag[r & 3] = r;
				}
				rows[k] = dst;
			}
			const double *wy = ty.w + oy * ty.taps;
			for (long ox = 0; ox < OW; ox++) {
				double s = 0;
				for (int k = 0; k < ty.taps; k++)
					s += wy[k] * rows[k][ox];
				put(s, ox == OW - 1);
			}
		}
	}
	flush_out();
	return 0;
}
