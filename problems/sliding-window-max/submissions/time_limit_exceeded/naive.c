/*
 * Sliding window maximum by brute force: scan all k values of every window.
 * Time: O((n-k+1) k), 10^12 steps at n = 2*10^6, k = 10^6.
 * Memory: O(n).
 * Status: time_limit_exceeded, first on secret/20-large-random-half (k = n/2:
 * 5.4 s at n = 2*10^5, so ~500 s at n = 2*10^6, over 100 times the 4 s
 * limit; killed after 20 s in a check); also 24, 25, 26, 28. Correct: accepted
 * on every hand-made test and agrees with the brute force.
 */
#include <stdio.h>
#include <stdlib.h>

static char ibuf[1 << 16], obuf[1 << 16];
static size_t ilen, ipos, olen;

static inline int rd_byte(void)
{
	if (ipos == ilen) {
		ilen = fread(ibuf, 1, sizeof ibuf, stdin);
		ipos = 0;
		if (ilen == 0)
			return -1;
	}
	return (unsigned char)ibuf[ipos++];
}

static int rd_int(void)
{
	int c = rd_byte(), neg = 0, v = 0;
	while (c == ' ' || c == '\n' || c == '\r' || c == '\t')
		c = rd_byte();
	if (c == '-') {
		neg = 1;
		c = rd_byte();
	}
	for (; c >= '0' && c <= '9'; c = rd_byte())
		v = v * 10 + (c - '0');
	return neg ? -v : v;
}

static void wr_int(int v, char sep)
{
	char tmp[12];
	int t = 0;
	unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
	if (olen + 13 > sizeof obuf) {
		fwrite(obuf, 1, olen, stdout);
		olen = 0;
	}
	if (v < 0)
		obuf[olen++] = '-';
	do
		tmp[t++] = (char)('0' + u % 10);
	while (u /= 10);
	while (t)
		obuf[olen++] = tmp[--t];
	obuf[olen++] = sep;
}
int main(void)
{
	int n = rd_int(), k = rd_int();
	int *a = malloc((size_t)n * sizeof *a);
	if (!a)
		return 1;
	for (int i = 0; i < n; i++)
		a[i] = rd_int();
	for (int i = 0; i + k <= n; i++) {
		int m = a[i];
		for (int j = i + 1; j < i + k; j++)
			if (a[j] > m)
				m = a[j];
		wr_int(m, i + k < n ? ' ' : '\n');
	}
	fwrite(obuf, 1, olen, stdout);
	free(a);
	return 0;
}
