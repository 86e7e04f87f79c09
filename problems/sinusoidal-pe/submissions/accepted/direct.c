/*
 * Sinusoidal position encoding straight from the formulas: the frequency
 * table inv_i once (base^(-2i/d) interleaved, exp(-i ln(base) / (d/2 - 1))
 * concat), then one sincos per (position, frequency).
 * Time: O(L d) (d/2 sincos per position). Memory: O(d) and one output chunk.
 * Status: accepted (reference); agrees with the float64 oracles
 * (scripts/oracles/sinusoidal-pe: the PyTorch PositionalEncoding of Vaswani's
 * formula, numpy tensor2tensor get_timing_signal_1d) on every test.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void pe_freqs(double *inv, int d, double base, int concat)
{
	for (int i = 0; i < d / 2; i++)
		inv[i] = concat ? exp(-i * log(base) / (d / 2 - 1)) : pow(base, -2.0 * i / d);
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
