/*
 * Sliding window maximum by a sparse table: row j holds the max of every
 * run of 2^j values (row j from row j-1 in one pass); a window of k is
 * covered by two overlapping runs of 2^p with p = floor(log2 k), so its
 * max is max(t[p][i], t[p][i+k-2^p]). Only rows 0..p are built, p <= 20.
 * Time: O(n log k) to build, O(1) per window; O(n log n) at worst.
 * Memory: O(n log k): row j has n-2^j+1 ints, all rows in one block; about
 * 20n ints = 160 MB at n = 2*10^6, k >= 2^19 (peak 153 MiB measured at
 * k = n). It needs the 256 MiB limit and is the slowest accepted one (page
 * faults: 0.11-0.17 s CPU, spikes to 0.43 s under load); an O(n)-memory
 * variant would keep only row p.
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
	int n = rd_int(), k = rd_int(), p = 0;
	while ((2 << p) <= k)
		p++;
	int **t = malloc((size_t)(p + 1) * sizeof *t);
	size_t cells = 0;
	for (int j = 0; j <= p; j++)
		cells += (size_t)(n - (1 << j) + 1);
	int *block = malloc(cells * sizeof *block);
	if (!t || !block)
		return 1;
	t[0] = block;
	for (int j = 1; j <= p; j++)
		t[j] = t[j - 1] + (n - (1 << (j - 1)) + 1);
	for (int i = 0; i < n; i++)
		t[0][i] = rd_int();
	for (int j = 1; j <= p; j++) {
		const int *prev = t[j - 1], h = 1 << (j - 1);
		int *row = t[j], len = n - (1 << j) + 1;
		for (int i = 0; i < len; i++)
			row[i] = prev[i] > prev[i + h] ? prev[i] : prev[i + h];
	}
	const int *row = t[p], off = k - (1 << p);
	for (int i = 0; i + k <= n; i++) {
		int l = row[i], r = row[i + off];
		wr_int(l > r ? l : r, i + k < n ? ' ' : '\n');
	}
	fwrite(obuf, 1, olen, stdout);
	free(block);
	free(t);
	return 0;
}
