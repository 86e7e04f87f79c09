/*
 * Input validator for crc32c: any bytes are a valid input, up to 2^31 of
 * them. Exit 42 when valid, 43 (with a message) when too long.
 */
#include <stdio.h>

int main(void)
{
	static unsigned char buf[1 << 16];
	unsigned long long total = 0;
	size_t r;
	while ((r = fread(buf, 1, sizeof buf, stdin)) > 0)
		total += r;
	if (ferror(stdin)) {
		printf("line 1: read error\n");
		return 43;
	}
	if (total > (1ull << 31)) {
		printf("line 1: %llu bytes, more than 2^31\n", total);
		return 43;
	}
	return 42;
}
