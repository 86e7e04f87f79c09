/*
 * Sweep helper for hf_bucket.py: for every configuration line
 * "bidirectional num_buckets max_distance" on stdin, writes the buckets of
 * rel = -n, n = 0..max_distance+5, as int16 in two binary files: the accepted
 * reference (t5_bucket, single precision) and the same expression evaluated
 * in double (the pitfall).
 * Build: gcc -std=gnu17 -O2 -o sweep sweep.c -lm   (hf_bucket.py does it)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int t5_main(void);
#define main t5_main
#include "../../../problems/t5-relative-bucket/submissions/accepted/float_ref.c"
#undef main

static long bucket_double(long n, int bidirectional, int num_buckets, int max_distance)
{
	long nb = bidirectional ? num_buckets / 2 : num_buckets, me = nb / 2;
	if (n < me)
		return n;
	long large = me + (long)(log((double)n / me) / log((double)max_distance / me) * (nb - me));
	return large < nb - 1 ? large : nb - 1;
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: sweep FLOAT.bin DOUBLE.bin\n");
		return 2;
	}
	FILE *ff = fopen(argv[1], "wb"), *fd = fopen(argv[2], "wb");
	if (!ff || !fd) {
		perror("sweep: fopen");
		return 2;
	}
	int bi, nbk, md;
	while (scanf("%d %d %d", &bi, &nbk, &md) == 3)
		for (long n = 0; n <= md + 5; n++) {
			short a = (short)t5_bucket(-n, bi, nbk, md);
			short b = (short)bucket_double(n, bi, nbk, md);
			fwrite(&a, sizeof a, 1, ff);
			fwrite(&b, sizeof b, 1, fd);
		}
	fclose(ff);
	fclose(fd);
	return 0;
}
