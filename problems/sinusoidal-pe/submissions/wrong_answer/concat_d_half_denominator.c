/*
 * Sinusoidal position encoding with Vaswani's frequencies in the concat
 * layout: inv_i = exp(-i ln(base) / (d/2)) = base^(-2i/d), where
 * tensor2tensor divides by d/2 - 1 (so its slowest frequency is exactly
 * 1/base).
 * Time: O(L d). Memory: O(d).
 * Status: wrong_answer on sample/2 (secret/03-d4-concat shows it most: with
 * d = 4, inv_1 is 1/base, not 1/sqrt(base)). Interleaved tests pass.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void pe_freqs(double *inv, int d, double base, int concat)
{
	for (int i = 0; i < d / 2; i++)
		inv[i] = concat ? exp(-i * log(base) / (d / 2)) : pow(base, -2.0 * i / d);
}

/* row[0..d-1] = the encoding of position p */
static void pe_row(double *row, int d, long p, const double *inv, int concat)
{
	int h = d / 2;
	for (int i = 0; i < h; i++) {
		double s, c;
		sincos((double)p * inv[i], &s, &c);
		if (concat) {
			row[i] = s;
			row[i + h] = c;
		} else {
			row[2 * i] = s;
			row[2 * i + 1] = c;
		}
	}
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
	long L;
	int d;
	double base;
	char layout[16];
	if (scanf("%ld %d %lf %15s", &L, &d, &base, layout) != 4)
		return 1;
	int concat = layout[0] == 'c';
	double *inv = malloc(sizeof *inv * (size_t)(d / 2));
	double *row = malloc(sizeof *row * (size_t)d);
	pe_freqs(inv, d, base, concat);
	for (long p = 0; p < L; p++) {
		pe_row(row, d, p, inv, concat);
		for (int j = 0; j < d; j++) {
			if (out_len + 32 > sizeof out)
				flush_out();
			char *o = put_real(out + out_len, row[j]);
			*o++ = j + 1 < d ? ' ' : '\n';
			out_len = (size_t)(o - out);
		}
	}
	flush_out();
	free(row);
	free(inv);
	return 0;
}
