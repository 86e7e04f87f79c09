/*
 * Pitfall: an invalid layer is reported but the program goes on and prints
 * the rf line of the layers before it.
 * Time: O(L). Memory: O(L).
 * Status: wrong_answer on sample/2 (fc is invalid: the output must end with
 * "fc invalid").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* n_out of a layer, or 0 when the output would be empty */
static long long out_size(long long n, long long kp, long long s, long long p, int ceil_mode)
{
	long long num = n + 2 * p - kp;
	if (!ceil_mode)
		return num < 0 ? 0 : num / s + 1;
	if (num < 0) /* ceil(num / s) + 1 for a negative num */
		return 1 - (-num) / s > 0 ? 1 - (-num) / s : 0;
	long long m = (num + s - 1) / s + 1;
	if ((m - 1) * s >= n + p) /* the last window would start in the right padding */
		m--;
	return m;
}

static void print_half(long long twice)
{
	if (twice % 2 == 0)
		printf("%lld", twice / 2);
	else
		printf("%s%lld.5", twice < 0 ? "-" : "", (twice < 0 ? -twice : twice) / 2);
}

int main(void)
{
	long long n;
	int L;
	if (scanf("%lld %d", &n, &L) != 2)
		return 1;
	long long *S = malloc(sizeof *S * L), *KP = malloc(sizeof *KP * L);
	long long j = 1, r = 1, start2 = 0;
	for (int l = 0; l < L; l++) {
		char name[64], mode[8];
		long long k, s, p, d;
		if (scanf("%63s %lld %lld %lld %lld %7s", name, &k, &s, &p, &d, mode) != 6)
			return 1;
		long long kp = d * (k - 1) + 1;
		n = out_size(n, kp, s, p, !strcmp(mode, "ceil"));
		if (n < 1) {
			printf("%s invalid\n", name);
			L = l;
			break;
		}
		r += (kp - 1) * j;
		start2 += (kp - 1 - 2 * p) * j;
		j *= s;
		S[l] = s, KP[l] = kp;
		printf("%s %lld %lld %lld ", name, n, j, r);
		print_half(start2);
		printf("\n");
	}
	long long R = 1;
	for (int l = L - 1; l >= 0; l--)
		R = (R - 1) * S[l] + KP[l];
	printf("rf %lld\n", R);
	return 0;
}
