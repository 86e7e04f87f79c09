/*
 * Sliding window maximum with a binary max-heap of (value, index) and lazy
 * deletion: push each value, then pop the top while its index is <= i-k.
 * Stale entries below the top stay until they surface; when the heap holds
 * more than 2k entries it is rebuilt from its live entries (at most k, by
 * Floyd's heapify), so it never exceeds 2k+1 entries.
 * Time: O(n log k) (a rebuild costs O(k) and follows at least k pushes).
 * Memory: O(n) for the values, O(k) for the heap (24 MB peak measured at
 * n = 2*10^6, k = 10^6).
 * Ties on value break by index, so the order is total.
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
typedef struct {
	int v, i;
} Ent;

static Ent *h;
static int hn;

static inline int above(Ent x, Ent y)
{
	return x.v > y.v || (x.v == y.v && x.i > y.i);
}

static void sift_down(int p)
{
	Ent e = h[p];
	for (;;) {
		int c = 2 * p + 1;
		if (c >= hn)
			break;
		if (c + 1 < hn && above(h[c + 1], h[c]))
			c++;
		if (!above(h[c], e))
			break;
		h[p] = h[c];
		p = c;
	}
	h[p] = e;
}

static void push(Ent e)
{
	int p = hn++;
	while (p > 0 && above(e, h[(p - 1) / 2])) {
		h[p] = h[(p - 1) / 2];
		p = (p - 1) / 2;
	}
	h[p] = e;
}

int main(void)
{
	int n = rd_int(), k = rd_int();
	int *a = malloc((size_t)n * sizeof *a);
	h = malloc(((size_t)2 * k + 2) * sizeof *h);
	if (!a || !h)
		return 1;
	for (int i = 0; i < n; i++)
		a[i] = rd_int();
	for (int i = 0; i < n; i++) {
		if (hn > 2 * k) {
			int m = 0;
			for (int j = 0; j < hn; j++)
				if (h[j].i > i - k)
					h[m++] = h[j];
			hn = m;
			for (int j = hn / 2 - 1; j >= 0; j--)
				sift_down(j);
		}
		push((Ent){a[i], i});
		while (h[0].i <= i - k) {
			h[0] = h[--hn];
			sift_down(0);
		}
		if (i >= k - 1)
			wr_int(h[0].v, i + 1 < n ? ' ' : '\n');
	}
	fwrite(obuf, 1, olen, stdout);
	free(a);
	free(h);
	return 0;
}
