/*
 * Sliding window maximum with a monotonic deque of values (not indices):
 * a new value pops every back value <= itself, and the front is evicted when
 * it equals the value leaving the window, a[i-k]. Because "<=" pops equal
 * values, the front may be a later copy of a[i-k] that is still inside the
 * window: with [5, 5, 1], k = 2 the second window reports 1, not 5.
 * (Popping only "<" keeps every copy and would make value eviction correct.)
 * Time: O(n). Memory: O(n).
 * Status: wrong_answer, first on secret/08-extreme-values (two adjacent
 * 10^9 then -10^9) and on secret/10-duplicates-evict-by-value, made for it
 * (eviction by value instead of index with duplicates); also 12, 27, 28.
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
	int head = 0, tail = 0; /* values in dq[head..tail) */
	for (int i = 0; i < n; i++) {
		if (i >= k && tail > head && dq[head] == a[i - k])
			head++; /* BUG: may evict a later equal value */
		while (tail > head && dq[tail - 1] <= a[i])
			tail--;
		dq[tail++] = a[i];
		if (i >= k - 1)
			wr_int(dq[head], i + 1 < n ? ' ' : '\n');
	}
	fwrite(obuf, 1, olen, stdout);
	free(a);
	free(dq);
	return 0;
}
