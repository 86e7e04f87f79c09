/* gen SEED MAX: two numbers below MAX, from the seed. */
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	unsigned long long s = strtoull(argv[1], 0, 10), m = strtoull(argv[2], 0, 10);
	s = s * 6364136223846793005ull + 1442695040888963407ull;
	printf("%llu %llu\n", (s >> 33) % m, (s >> 13) % m);
	return 0;
}
