/*
 * The mathematics of RoPE, checked on the reference's rotation
 * (problems/rope/submissions/accepted/freq_table.c, rope_rotate): position 0
 * is the identity, dot products depend only on position differences, the two
 * layouts are one rotation up to a permutation of coordinates.
 */
#define _GNU_SOURCE
#include <criterion/criterion.h>
#include <math.h>

int rope_main(void);
#define main rope_main
#include "../problems/rope/submissions/accepted/freq_table.c"
#include "testing.h"
#undef main

#define DMAX 1024

static unsigned long long prng = 0x243f6a8885a308d3ULL;

/* a deterministic uniform real in [-100, 100] (splitmix64) */
static double rnd_coord(void)
{
	unsigned long long z = (prng += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	z ^= z >> 31;
	return (double)(z >> 11) / 9007199254740992.0 * 200.0 - 100.0;
}

static void rnd_vec(double *x, int d)
{
	for (int j = 0; j < d; j++)
		x[j] = rnd_coord();
}

static double dot(const double *a, const double *b, int d)
{
	double s = 0;
	for (int j = 0; j < d; j++)
		s += a[j] * b[j];
	return s;
}

static const int dims[] = {2, 4, 6, 64, 1024};
static const double bases[] = {2, 10000, 1000000};

Test(rope, position_zero_is_identity)
{
	double x[DMAX], y[DMAX];
	for (size_t k = 0; k < sizeof dims / sizeof *dims; k++)
		for (size_t b = 0; b < sizeof bases / sizeof *bases; b++)
			for (int half = 0; half <= 1; half++) {
				int d = dims[k];
				rnd_vec(x, d);
				memcpy(y, x, sizeof(double) * (size_t)d);
				rope_rotate(y, d, 0, bases[b], half);
				for (int j = 0; j < d; j++)
					cr_assert_eq(y[j], x[j], "d=%d base=%g half=%d: x[%d] moved from %.17g to %.17g",
						     d, bases[b], half, j, x[j], y[j]);
			}
}

Test(rope, dot_product_depends_only_on_position_difference)
{
	static const long shifts[][3] = {
		/* m, n, s: <R_m q, R_n k> == <R_{m+s} q, R_{n+s} k> */
		{0, 0, 1}, {3, 7, 10}, {100, 5, 1000}, {0, 65535, 934465}, {12345, 12345, 500000},
	};
	double q[DMAX], k[DMAX], a[DMAX], b[DMAX];
	for (size_t t = 0; t < sizeof shifts / sizeof *shifts; t++)
		for (size_t di = 0; di < sizeof dims / sizeof *dims; di++)
			for (int half = 0; half <= 1; half++) {
				int d = dims[di];
				long m = shifts[t][0], n = shifts[t][1], s = shifts[t][2];
				rnd_vec(q, d);
				rnd_vec(k, d);
				memcpy(a, q, sizeof(double) * (size_t)d);
				memcpy(b, k, sizeof(double) * (size_t)d);
				rope_rotate(a, d, m, 10000, half);
				rope_rotate(b, d, n, 10000, half);
				double before = dot(a, b, d);
				memcpy(a, q, sizeof(double) * (size_t)d);
				memcpy(b, k, sizeof(double) * (size_t)d);
				rope_rotate(a, d, m + s, 10000, half);
				rope_rotate(b, d, n + s, 10000, half);
				double after = dot(a, b, d);
				/* the angle p * theta is rounded to ~p * 1.1e-16 radians, and the
				 * terms of the dot products reach |q| |k|: allow a few such errors */
				double scale = sqrt(dot(q, q, d) * dot(k, k, d));
				double tol = scale * 4.4e-16 * (double)(1000 + (m > n ? m : n) + s);
				cr_assert(fabs(before - after) <= tol,
					  "d=%d half=%d m=%ld n=%ld shift=%ld: %.17g vs %.17g", d, half, m, n, s, before, after);
			}
}

Test(rope, dot_product_of_same_position_is_unchanged)
{
	double q[DMAX], k[DMAX];
	for (size_t di = 0; di < sizeof dims / sizeof *dims; di++) {
		int d = dims[di];
		rnd_vec(q, d);
		rnd_vec(k, d);
		double want = dot(q, k, d), scale = sqrt(dot(q, q, d) * dot(k, k, d));
		rope_rotate(q, d, 999999, 10000, 1);
		rope_rotate(k, d, 999999, 10000, 1);
		cr_assert(fabs(dot(q, k, d) - want) <= 1e-12 * scale, "d=%d: %.17g vs %.17g", d, dot(q, k, d), want);
	}
}

Test(rope, layouts_are_one_rotation_up_to_a_permutation)
{
	/* coordinate j of the interleaved vector is coordinate perm[j] of the half one:
	 * (x_0, x_h, x_1, x_h+1, ...) */
	double x[DMAX], inter[DMAX], half[DMAX];
	int perm[DMAX];
	for (size_t di = 0; di < sizeof dims / sizeof *dims; di++)
		for (size_t b = 0; b < sizeof bases / sizeof *bases; b++) {
			int d = dims[di], h = d / 2;
			long p = 1 + (long)(di * 7919 + b * 104729) % 1000000;
			for (int j = 0; j < d; j++)
				perm[j] = j / 2 + (j % 2) * h;
			rnd_vec(x, d);
			for (int j = 0; j < d; j++)
				inter[j] = x[perm[j]];
			memcpy(half, x, sizeof(double) * (size_t)d);
			rope_rotate(inter, d, p, bases[b], 0);
			rope_rotate(half, d, p, bases[b], 1);
			for (int j = 0; j < d; j++)
				cr_assert_eq(inter[j], half[perm[j]], "d=%d base=%g p=%ld: coordinate %d: %.17g vs %.17g",
					     d, bases[b], p, j, inter[j], half[perm[j]]);
		}
}

Test(rope, rotation_keeps_the_norm)
{
	double x[DMAX];
	for (size_t di = 0; di < sizeof dims / sizeof *dims; di++)
		for (int half = 0; half <= 1; half++) {
			int d = dims[di];
			rnd_vec(x, d);
			double before = dot(x, x, d);
			rope_rotate(x, d, 1000000, 10000, half);
			cr_assert(fabs(dot(x, x, d) - before) <= 1e-13 * before, "d=%d half=%d", d, half);
		}
}

Test(rope, pair_zero_turns_by_p_radians)
{
	/* theta_0 = 1 for every base: (1, 0) at position p is (cos p, sin p) */
	double x[4] = {1, 0, 1, 0};
	rope_rotate(x, 4, 1, 100, 0);
	cr_assert_float_eq(x[0], cos(1.0), 1e-15);
	cr_assert_float_eq(x[1], sin(1.0), 1e-15);
	cr_assert_float_eq(x[2], cos(0.1), 1e-15); /* theta_1 = 100^(-1/2) */
	cr_assert_float_eq(x[3], sin(0.1), 1e-15);
}
