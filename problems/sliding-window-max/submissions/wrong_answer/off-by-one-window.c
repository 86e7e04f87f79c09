/*
 * Sliding window maximum with a monotonic deque of indices (as
 * accepted/deque.c), but the front is dropped only when it is < i-k: the
 * author took the window to start at i-k instead of i-k+1, so each window
 * keeps one extra value on its left and reports it when it is the largest.
 * Time: O(n). Memory: O(n).
 * Status: wrong_answer on sample/3 ([1, -1], k = 1 gives "1 1"), and on
 * secret/06-strictly-decreasing and secret/11-off-by-one-window (i-k vs
 * i-k+1); accepted on increasing or equal values.
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
	int *a = malloc((size_t)n * sizeof *a), *dq = malloc((size_t)n * sizeof *dq);
	if (!a || !dq)
		return 1;
	for (int i = 0; i < n; i++)
		a[i] = rd_int();
	int head = 0, tail = 0;
	for (int i = 0; i < n; i++) {
		while (tail > head && a[dq[tail - 1]] <= a[i])
			tail--;
		dq[tail++] = i;
		if (dq[head] < i - k) /* BUG: should be <= i - k */
			head++;
		if (i >= k - 1)
			wr_int(a[dq[head]], i + 1 < n ? ' ' : '\n');
	}
	fwrite(obuf, 1, olen, stdout);
	free(a);
	free(dq);
	return 0;
}
