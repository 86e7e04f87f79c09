/*
 * Upsampling per output pixel, as perpixel.c (the reference), but with plain
 * scanf("%lf") / printf("%.6f"): the time limit leaves room for plain stdio.
 * Time: O(C*OH*OW*T), T = 1, 4 or 16 taps; about 1.4 s (idle machine) to
 * 2.6 s (loaded) of stdio on 4*10^6 numbers. Memory: O(C*H*W).
 * Status: accepted; prints the reference's values, rounded by printf instead
 * of the reference's own formatter (last digit may differ by 1e-6).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CUBIC_A (-0.75)

static double *x; /* the input, C*H*W, channel-major */
static long C, H, W;

/* nearest: floor of a single-precision product, as PyTorch computes it */
static long nearest_src(long i, long in, long out)
{
	if (out == in)
		return i;
	if (out == 2 * in)
		return i >> 1;
	float scale = (float)in / (float)out;
	long s = (long)floorf((float)i * scale);
	return s < in - 1 ? s : in - 1;
}

/* nearest-exact: the double product (i + 0.5) * scale, rounded to float */
static long nearest_exact_src(long i, long in, long out)
{
	float scale = (float)in / (float)out;
	long s = (long)floorf((float)((i + 0.5) * (double)scale));
	return s < in - 1 ? s : in - 1;
}

/* source coordinate of bilinear / bicubic; only bilinear clamps at 0 */
static double linear_src(long i, long in, long out, int align, int cubic)
{
	if (align)
		return out > 1 ? (double)(in - 1) / (double)(out - 1) * (double)i : 0.0;
	double scale = (float)in / (float)out;
	double s = scale * ((double)i + 0.5) - 0.5;
	return (!cubic && s < 0) ? 0.0 : s;
}

static double cubic1(double t) /* |t| <= 1 */
{
	return ((CUBIC_A + 2) * t - (CUBIC_A + 3)) * t * t + 1;
}

static double cubic2(double t) /* 1 < |t| < 2 */
{
	return ((CUBIC_A * t - 5 * CUBIC_A) * t + 8 * CUBIC_A) * t - 4 * CUBIC_A;
}

static long clampl(long v, long lo, long hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static double bilinear_at(const double *p, long oy, long ox, long OH, long OW, int align)
{
	double sy = linear_src(oy, H, OH, align, 0), sx = linear_src(ox, W, OW, align, 0);
	long y0 = clampl((long)floor(sy), 0, H - 1), x0 = clampl((long)floor(sx), 0, W - 1);
	long y1 = y0 < H - 1 ? y0 + 1 : y0, x1 = x0 < W - 1 ? x0 + 1 : x0;
	double ly = sy - y0, lx = sx - x0;
	return (1 - ly) * ((1 - lx) * p[y0 * W + x0] + lx * p[y0 * W + x1]) +
	       ly * ((1 - lx) * p[y1 * W + x0] + lx * p[y1 * W + x1]);
}

static double bicubic_at(const double *p, long oy, long ox, long OH, long OW, int align)
{
	double sy = linear_src(oy, H, OH, align, 1), sx = linear_src(ox, W, OW, align, 1);
	double fy = floor(sy), fx = floor(sx), ty = sy - fy, tx = sx - fx;
	double wy[4] = {cubic2(ty + 1), cubic1(ty), cubic1(1 - ty), cubic2(2 - ty)};
	double wx[4] = {cubic2(tx + 1), cubic1(tx), cubic1(1 - tx), cubic2(2 - tx)};
	double sum = 0;
	for (int a = 0; a < 4; a++) {
		long yy = clampl((long)fy - 1 + a, 0, H - 1);
		double row = 0;
		for (int b = 0; b < 4; b++)
			row += wx[b] * p[yy * W + clampl((long)fx - 1 + b, 0, W - 1)];
		sum += wy[a] * row;
	}
	return sum;
}

/* Plain stdio: scanf and printf, nothing clever */
static void read_word(char *dst, size_t cap)
{
	char fmt[16];
	snprintf(fmt, sizeof fmt, "%%%zus", cap - 1);
	if (scanf(fmt, dst) != 1)
		exit(1);
}

static long read_long(void)
{
	long v;
	if (scanf("%ld", &v) != 1)
		exit(1);
	return v;
}

static double read_num(void)
{
	double v;
	if (scanf("%lf", &v) != 1)
		exit(1);
	return v;
}

static void put_long(long v, char sep)
{
	printf("%ld%c", v, sep);
}

static void put(double v, int last)
{
	printf("%.6f%c", v, last ? '\n' : ' ');
}

int main(void)
{
	char mode[32];
	read_word(mode, sizeof mode);
	C = read_long(), H = read_long(), W = read_long();
	int shuffle = !strcmp(mode, "pixel-shuffle"), unshuffle = !strcmp(mode, "pixel-unshuffle");
	long a = read_long(), b = 0, align = 0;
	if (!shuffle && !unshuffle)
		b = read_long();
	if (!strcmp(mode, "bilinear") || !strcmp(mode, "bicubic"))
		align = read_long();
	x = malloc(sizeof *x * C * H * W);
	for (long i = 0; i < C * H * W; i++)
		x[i] = read_num();

	if (shuffle || unshuffle) {
		long R = a, R2 = R * R;
		if (shuffle) {
			/* out[c][h*R+i][w*R+j] = in[c*R*R + i*R + j][h][w] */
			long OC = C / R2, OH = H * R, OW = W * R;
			put_long(OC, ' '), put_long(OH, ' '), put_long(OW, '\n');
			for (long c = 0; c < OC; c++)
				for (long y = 0; y < OH; y++)
					for (long xx = 0; xx < OW; xx++)
						put(x[((c * R2 + (y % R) * R + xx % R) * H + y / R) * W + xx / R],
						    xx == OW - 1);
		} else {
			/* out[c*R*R + i*R + j][h][w] = in[c][h*R+i][w*R+j] */
			long OC = C * R2, OH = H / R, OW = W / R;
			put_long(OC, ' '), put_long(OH, ' '), put_long(OW, '\n');
			for (long oc = 0; oc < OC; oc++) {
				long c = oc / R2, i = oc % R2 / R, j = oc % R;
				for (long y = 0; y < OH; y++)
					for (long xx = 0; xx < OW; xx++)
						put(x[(c * H + y * R + i) * W + xx * R + j], xx == OW - 1);
			}
		}
		return 0;
	}

	long OH = a, OW = b;
	int m = !strcmp(mode, "nearest") ? 0 : !strcmp(mode, "nearest-exact") ? 1
	      : !strcmp(mode, "bilinear") ? 2 : 3;
	put_long(C, ' '), put_long(OH, ' '), put_long(OW, '\n');
	for (long c = 0; c < C; c++) {
		const double *p = x + c * H * W;
		for (long y = 0; y < OH; y++)
			for (long xx = 0; xx < OW; xx++) {
				double v;
				if (m == 0)
					v = p[nearest_src(y, H, OH) * W + nearest_src(xx, W, OW)];
				else if (m == 1)
					v = p[nearest_exact_src(y, H, OH) * W + nearest_exact_src(xx, W, OW)];
				else if (m == 2)
					v = bilinear_at(p, y, xx, OH, OW, (int)align);
				else
					v = bicubic_at(p, y, xx, OH, OW, (int)align);
				put(v, xx == OW - 1);
			}
	}
	return 0;
}
