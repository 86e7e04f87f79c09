/*
 * Measures the drift of the angle-addition recurrence used by
 * problems/rope/submissions/accepted/recurrence.c: (cos, sin)(p theta_i) is
 * advanced from p to p+1 by one complex multiplication, p = 0..10^6, and
 * compared with sincos(p theta_i) every 97 steps and at the end.
 * Re-run: gcc -std=gnu17 -O2 -o /tmp/drift scripts/oracles/rope/drift.c -lm && /tmp/drift
 * Prints, for each (base, d), the largest |error| of cos or sin seen.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double drift(double base, int d, long steps)
{
	int h = d / 2;
	double worst = 0;
	for (int i = 0; i < h; i++) {
		double th = pow(base, -2.0 * i / d), sc, ss, c = 1, s = 0;
		sincos(th, &ss, &sc);
		for (long p = 1; p <= steps; p++) {
			double cn = c * sc - s * ss;
			s = s * sc + c * ss;
			c = cn;
			if (p % 97 == 0 || p == steps) {
				double tc, ts;
				sincos((double)p * th, &ts, &tc);
				double e = fmax(fabs(tc - c), fabs(ts - s));
				if (e > worst)
					worst = e;
			}
		}
	}
	return worst;
}

int main(void)
{
	static const double bases[] = {2, 10, 10000, 500000, 1000000};
	static const int dims[] = {2, 4, 64, 1024};
	double all = 0;
	for (int b = 0; b < 5; b++)
		for (int k = 0; k < 4; k++) {
			double e = drift(bases[b], dims[k], 1000000);
			printf("base %7.0f d %4d: max drift %.3g over 10^6 steps\n", bases[b], dims[k], e);
			if (e > all)
				all = e;
		}
	printf("overall max drift %.3g (x 141.5, the largest output: %.3g)\n", all, all * 141.5);
	return 0;
}
