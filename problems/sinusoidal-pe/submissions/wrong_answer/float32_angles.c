/*
 * Sinusoidal position encoding in single precision, as a float32 model
 * builds its table: the frequencies with powf / expf / logf, the angle
 * (float)p * inv in float, sinf / cosf.
 * Time: O(L d). Memory: O(d).
 * Status: wrong_answer on secret/07-base-2, the first test it fails (4e-6
 * off at p <= 99); secret/10-medium-interleaved (p <= 599) is 8.4e-6 off and
 * secret/21-L-max-interleaved (p < 10^5) 4e-3: the float angle's relative
 * error ~6e-8 grows with p. It passes the samples and the d = 4, L = 50 tests.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void pe_freqs(float *inv, int d, double base, int concat)
{
	for (int i = 0; i < d / 2; i++)
		inv[i] = concat ? expf((float)-i * logf((float)base) / (float)(d / 2 - 1))
				: powf((float)base, -2.0f * (float)i / (float)d);
}

/* row[0..d-1] = the encoding of position p */
static void pe_row(double *row, int d, long p, const float *inv, int concat)
{
	int h = d / 2;
	for (int i = 0; i < h; i++) {
		float angle = (float)p * inv[i];
		double s = sinf(angle), c = cosf(angle);
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
	float *inv = malloc(sizeof *inv * (size_t)(d / 2));
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
