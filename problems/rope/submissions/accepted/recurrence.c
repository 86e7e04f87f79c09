/*
 * RoPE by the angle-addition recurrence along consecutive positions:
 * rows are visited in increasing p (counting sort); (cos, sin)(p theta_i) is
 * carried from one position to the next by one complex multiplication by
 * (cos, sin)(theta_i) per step, stepping through gaps of up to 32 positions
 * and reseeding with sincos across larger gaps.
 * Time: O(L d + P d) steps, P <= 32 L the positions walked, plus O(10^6) for
 * the sort. Memory: O(L d) doubles (all rows are rotated before printing).
 * Status: accepted. Drift measured by scripts/oracles/rope/drift.c over
 * 10^6 consecutive steps (p = 0..10^6; bases 2..10^6, d = 2..1024): at most
 * 1.3e-10 against sincos, i.e. 1.9e-8 on an output of magnitude 141.5, far
 * inside the 1e-6 tolerance. Against the PyTorch float64 oracles on every
 * test (printed with %.17g): at most 2.7e-8.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PMAX 1000000
#define MAX_STEP 32

static char *in;
static size_t in_pos;

static void read_all(void)
{
	size_t cap = 1 << 22, len = 0, n;
	in = malloc(cap + 1);
	while ((n = fread(in + len, 1, cap - len, stdin)) > 0) {
		len += n;
		if (len == cap)
			in = realloc(in, (cap *= 2) + 1);
	}
	in[len] = 0;
}

static void skip_space(void)
{
	while (in[in_pos] == ' ' || in[in_pos] == '\n' || in[in_pos] == '\r' || in[in_pos] == '\t')
		in_pos++;
}

static long read_long(void)
{
	skip_space();
	long v = 0;
	while (in[in_pos] >= '0' && in[in_pos] <= '9')
		v = v * 10 + (in[in_pos++] - '0');
	return v;
}

/* the input's plain decimals: mantissa / 10^k is exact to one rounding */
static double read_real(void)
{
	static const double p10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
				     1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
	skip_space();
	int neg = in[in_pos] == '-';
	if (neg)
		in_pos++;
	long long m = 0;
	int k = 0;
	while (in[in_pos] >= '0' && in[in_pos] <= '9')
		m = m * 10 + (in[in_pos++] - '0');
	if (in[in_pos] == '.') {
		in_pos++;
		while (in[in_pos] >= '0' && in[in_pos] <= '9') {
			m = m * 10 + (in[in_pos++] - '0');
			k++;
		}
	}
	double v = (double)m / p10[k];
	return neg ? -v : v;
}

static char out[1 << 16];
static size_t out_len;

static void flush_out(void)
{
	fwrite(out, 1, out_len, stdout);
	out_len = 0;
}

/* v rounded to 7 decimals, without trailing zeros (|v| < 2^63 / 10^7) */
static char *put_real(char *o, double v)
{
	long long q = (long long)(v * 1e7 + (v < 0 ? -0.5 : 0.5));
	if (q == 0) {
		*o++ = '0';
		return o;
	}
	if (q < 0) {
		*o++ = '-';
		q = -q;
	}
	long long ip = q / 10000000;
	int fp = (int)(q % 10000000);
	char t[24];
	int n = 0;
	do {
		t[n++] = (char)('0' + ip % 10);
		ip /= 10;
	} while (ip);
	while (n)
		*o++ = t[--n];
	if (fp) {
		int e = 7;
		while (fp % 10 == 0) {
			fp /= 10;
			e--;
		}
		*o++ = '.';
		for (int j = e - 1; j >= 0; j--) {
			o[j] = (char)('0' + fp % 10);
			fp /= 10;
		}
		o += e;
	}
	return o;
}

int main(void)
{
	read_all();
	long L = read_long();
	int d = (int)read_long();
	double base = (double)read_long();
	skip_space();
	int half = in[in_pos] == 'h';
	while (in[in_pos] >= 'a' && in[in_pos] <= 'z')
		in_pos++;
	int h = d / 2;
	double *x = malloc(sizeof *x * (size_t)L * (size_t)d);
	long *pos = malloc(sizeof *pos * (size_t)L);
	for (long r = 0; r < L; r++) {
		pos[r] = read_long();
		for (int j = 0; j < d; j++)
			x[r * d + j] = read_real();
	}

	/* counting sort of the rows by position */
	long *start = calloc(PMAX + 2, sizeof *start);
	long *order = malloc(sizeof *order * (size_t)L);
	for (long r = 0; r < L; r++)
		start[pos[r] + 1]++;
	for (long q = 0; q <= PMAX; q++)
		start[q + 1] += start[q];
	for (long r = 0; r < L; r++)
		order[start[pos[r]]++] = r;

	double *theta = malloc(sizeof *theta * (size_t)h);
	double *sc = malloc(sizeof *sc * (size_t)h), *ss = malloc(sizeof *ss * (size_t)h);
	double *c = malloc(sizeof *c * (size_t)h), *s = malloc(sizeof *s * (size_t)h);
	for (int i = 0; i < h; i++) {
		theta[i] = pow(base, -2.0 * i / d);
		sincos(theta[i], &ss[i], &sc[i]);
		c[i] = 1;
		s[i] = 0;
	}
	long q = 0; /* (c, s) = (cos, sin)(q theta) */
	for (long k = 0; k < L; k++) {
		long r = order[k], p = pos[r];
		if (p - q > MAX_STEP) {
			for (int i = 0; i < h; i++)
				sincos((double)p * theta[i], &s[i], &c[i]);
			q = p;
		}
		for (; q < p; q++)
			for (int i = 0; i < h; i++) {
				double cn = c[i] * sc[i] - s[i] * ss[i];
				s[i] = s[i] * sc[i] + c[i] * ss[i];
				c[i] = cn;
			}
		double *v = x + r * d;
		for (int i = 0; i < h; i++) {
			double *a = half ? &v[i] : &v[2 * i];
			double *b = half ? &v[i + h] : &v[2 * i + 1];
			double u = *a, w = *b;
			*a = u * c[i] - w * s[i];
			*b = u * s[i] + w * c[i];
		}
	}

	for (long r = 0; r < L; r++)
		for (int j = 0; j < d; j++) {
			if (out_len + 32 > sizeof out)
				flush_out();
			char *o = put_real(out + out_len, x[r * d + j]);
			*o++ = j + 1 < d ? ' ' : '\n';
			out_len = (size_t)(o - out);
		}
	flush_out();
	return 0;
}
