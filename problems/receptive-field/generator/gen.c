/*
 * Generator for receptive-field: a chain of L layers on an input of n pixels.
 *   gen SEED L N KIND
 * KIND: random   convolutions and pools as in real networks (k <= 7, s <= 3,
 *                d <= 4, floor and ceil), every layer valid;
 *       invalid  the same, with an invalid layer in the middle (the layers
 *                after it are random and never computed);
 *       dilated  large kernels and dilations (k' up to 10^6) with padding;
 *       big      a stride of 10^9 and one of 1000..5000, padded by 10^9, so
 *                that j is about 10^12..10^13; then layers whose kernels
 *                spend part of what is left of r's 64-bit budget each, so
 *                r ends at about 10^18.
 * Outside big, strides are 1 once j reaches 2^20. Every layer is simulated with 128-bit integers; a proposed layer that would
 * be invalid (except the planted one) or break the statement's 64-bit
 * guarantee is replaced by the identity layer 1 1 0 1.
 * Deterministic: splitmix64.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef __int128 i128;

static const i128 LIM = (i128)1 << 63;
static uint64_t rng;

static uint64_t next(void)
{
	uint64_t z = (rng += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static long long uniform(long long lo, long long hi) /* inclusive */
{
	return lo + (long long)(next() % (uint64_t)(hi - lo + 1));
}

typedef struct {
	long long k, s, p, d;
	int ceil_mode;
} Layer;

/* the state after the layers so far */
static i128 n, j = 1, r = 1, start2;

static i128 out_size(const Layer *l)
{
	i128 kp = (i128)l->d * (l->k - 1) + 1, num = n + 2 * (i128)l->p - kp, m;
	if (!l->ceil_mode)
		return num < 0 ? 0 : num / l->s + 1;
	if (num < 0)
		return 1 - (-num) / l->s;
	m = (num + l->s - 1) / l->s + 1;
	if ((m - 1) * l->s >= n + l->p)
		m--;
	return m;
}

static i128 abs128(i128 v) { return v < 0 ? -v : v; }

/* apply l if it is valid and keeps every value in 64 bits */
static int apply(const Layer *l)
{
	i128 m = out_size(l), kp = (i128)l->d * (l->k - 1) + 1;
	if (m < 1 || 2 * (i128)l->p * j >= LIM)
		return 0;
	i128 nr = r + (kp - 1) * j, ns = start2 + (kp - 1 - 2 * (i128)l->p) * j, nj = j * l->s;
	if (nr >= LIM || nj >= LIM || abs128(ns) >= LIM)
		return 0;
	n = m, r = nr, start2 = ns, j = nj;
	return 1;
}

static Layer random_layer(void)
{
	Layer l;
	if (uniform(0, 3) == 0) { /* a pool */
		l.k = uniform(2, 3), l.s = uniform(1, 3) == 1 ? l.k : 2;
		l.p = uniform(0, l.k / 2), l.d = uniform(1, 8) == 1 ? 2 : 1;
		l.ceil_mode = (int)uniform(0, 1);
	} else { /* a convolution, mostly "same" padded, stride 1 */
		l.k = uniform(1, 7), l.d = uniform(1, 4) == 1 ? uniform(2, 4) : 1;
		l.s = uniform(1, 12) == 1 ? 2 : 1;
		long long kp = l.d * (l.k - 1) + 1;
		l.p = uniform(1, 5) == 1 ? uniform(0, kp) : (kp - 1) / 2;
		l.ceil_mode = 0;
	}
	return l;
}

static Layer dilated_layer(void)
{
	Layer l;
	l.k = uniform(1, 1000), l.d = uniform(1, 1000), l.s = uniform(1, 2);
	long long kp = l.d * (l.k - 1) + 1;
	l.p = uniform(kp / 4, kp);
	l.ceil_mode = (int)uniform(0, 1);
	return l;
}

/* layers that spend part of what is left of r's 64-bit budget */
static Layer big_layer(long long left)
{
	Layer l = {1, 1, 0, 1, (int)uniform(0, 1)};
	i128 budget = (LIM / 2 - r) / j / (left + 1);
	if (budget > 2)
		l.k = uniform(2, budget > 1000000 ? 1000000 : (long long)budget);
	long long kp = l.k;
	if ((i128)(kp + 1) * j < LIM / 4)
		l.p = uniform(0, kp);
	else
		l.p = (kp - 1) / 2;
	return l;
}

int main(int argc, char **argv)
{
	if (argc != 5) {
		fprintf(stderr, "usage: gen SEED L N random|invalid|dilated|big\n");
		return 2;
	}
	rng = strtoull(argv[1], NULL, 10);
	long long L = atoll(argv[2]);
	n = atoll(argv[3]);
	const char *kind = argv[4];
	printf("%lld %lld\n", (long long)n, L);
	int dead = 0;
	for (long long i = 0; i < L; i++) {
		Layer l;
		if (!strcmp(kind, "big") && i == 0)
			l = (Layer){1, 1000000000, 1000000000, 1, 0};
		else if (!strcmp(kind, "big") && i == 1)
			l = (Layer){1, uniform(1000, 5000), 1000000000, 1, 0};
		else if (!strcmp(kind, "big"))
			l = big_layer(L - i);
		else if (!strcmp(kind, "dilated"))
			l = dilated_layer();
		else
			l = random_layer();
		if (strcmp(kind, "big") && j >= (1 << 20) && l.s > 1) /* keep j realistic */
			l.s = 1, l.ceil_mode = 0;
		if (!strcmp(kind, "invalid") && i == L / 2) {
			/* a kernel wider than the padded input by at least s */
			l.ceil_mode = (int)uniform(0, 1), l.s = uniform(1, 3), l.d = 1, l.p = uniform(0, 2);
			l.k = (long long)(n + 2 * l.p + l.s + uniform(1, 5));
			if (l.k > 1000000000) /* k' = 3*10^9 - 2 > n + 2p + s */
				l.k = 1000000000, l.d = 3;
			dead = 1;
		} else if (!dead && !apply(&l)) {
			l = (Layer){1, 1, 0, 1, 0};
			apply(&l);
		}
		printf("%s%lld %lld %lld %lld %lld %s\n", l.s > 1 ? "down" : "layer", i, l.k, l.s,
		       l.p, l.d, l.ceil_mode ? "ceil" : "floor");
	}
	return 0;
}
