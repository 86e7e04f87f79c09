/*
 * Measures the drift of the angle-addition recurrence used by
 * problems/sinusoidal-pe/submissions/accepted/recurrence.c: (cos, sin)(p inv_i) is
 * advanced from p to p+1 by one complex multiplication, p = 0..10^5, with the
 * frequencies of both layouts, and compared with sincos(p inv_i) every 97
 * steps and at the end.
 * Re-run: gcc -std=gnu17 -O2 -o /tmp/drift scripts/oracles/sinusoidal-pe/drift.c -lm && /tmp/drift
 * Prints, for each (base, d, layout), the largest |error| of cos or sin seen.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double drift(double base, int d, long steps, int concat)
{
	int h = d / 2;
	double worst = 0;
	for (int i = 0; i < h; i++) {
		double th = concat ? exp(-i * log(base) / (h - 1)) : pow(base, -2.0 * i / d);
		double sc, ss, c = 1, s = 0;
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
	static const int dims[] = {4, 64, 2048};
	double all = 0;
	for (int b = 0; b < 5; b++)
		for (int k = 0; k < 3; k++)
			for (int concat = 0; concat <= 1; concat++) {
				double e = drift(bases[b], dims[k], 100000, concat);
				printf("base %7.0f d %4d %-11s: max drift %.3g over 10^5 steps\n", bases[b], dims[k],
				       concat ? "concat" : "interleaved", e);
				if (e > all)
					all = e;
			}
	printf("overall max drift %.3g\n", all);
	return 0;
}
