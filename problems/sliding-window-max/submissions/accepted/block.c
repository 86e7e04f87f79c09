/*
 * Sliding window maximum by blocks (van Herk / Gil-Werman): cut the array
 * into blocks of k; pre[i] is the max from the start of i's block to i,
 * suf[i] the max from i to the end of its block. The window [i, i+k-1]
 * spans at most two blocks, so its max is max(suf[i], pre[i+k-1]).
 * Time: O(n), about 3 comparisons per element, no data-dependent branches
 * in the inner loops. Memory: O(n) (values, pre, suf: 24 MB at n = 2*10^6).
 * Status: accepted; agrees with the deque reference on every test and with
 * a brute force on 10^4 random cases with n <= 12 (stress.py).
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
	int *a = malloc((size_t)n * sizeof *a), *pre = malloc((size_t)n * sizeof *pre),
	    *suf = malloc((size_t)n * sizeof *suf);
	if (!a || !pre || !suf)
		return 1;
	for (int i = 0; i < n; i++)
		a[i] = rd_int();
	for (int i = 0; i < n; i++)
		pre[i] = (i % k == 0 || a[i] > pre[i - 1]) ? a[i] : pre[i - 1];
	for (int i = n - 1; i >= 0; i--)
		suf[i] = (i == n - 1 || (i + 1) % k == 0 || a[i] > suf[i + 1]) ? a[i] : suf[i + 1];
	for (int i = 0; i + k <= n; i++) {
		int l = suf[i], r = pre[i + k - 1];
		wr_int(l > r ? l : r, i + k < n ? ' ' : '\n');
	}
	fwrite(obuf, 1, olen, stdout);
	free(a);
	free(pre);
	free(suf);
	return 0;
}
