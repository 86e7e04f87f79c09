/*
 * Sliding window maximum by blocks (as accepted/block.c), but every running
 * max restarts at 0 at a block boundary instead of at the block's first
 * value, so a window whose values are all negative reports 0.
 * Time: O(n). Memory: O(n).
 * Status: wrong_answer on sample/3 ([1, -1], k = 1 gives "1 0"), and on
 * secret/07-all-negative and secret/09-negative-window-max (the running max
 * starts at 0); accepted wherever every window holds a value >= 0.
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
	int m = 0;
	for (int i = 0; i < n; i++) {
		if (i % k == 0)
			m = 0; /* BUG: should restart at a[i] */
		if (a[i] > m)
			m = a[i];
		pre[i] = m;
	}
	for (int i = n - 1; i >= 0; i--) {
		if (i == n - 1 || (i + 1) % k == 0)
			m = 0; /* BUG: same */
		if (a[i] > m)
			m = a[i];
		suf[i] = m;
	}
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
