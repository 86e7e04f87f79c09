/*
 * Input validator for tfrecord-read: any bytes are a valid input (a reader
 * must cope with every corruption), up to 16 MiB of them. Exit 42 when
 * valid, 43 (with a message) when too long.
 */
#include <stdio.h>

#define MAX_BYTES (16u << 20)

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
	if (total > MAX_BYTES) {
		printf("line 1: %llu bytes, more than 16 MiB\n", total);
		return 43;
	}
	return 42;
}
