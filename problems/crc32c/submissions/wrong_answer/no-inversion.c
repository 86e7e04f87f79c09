/*
 * CRC-32C register without the initial and final inversion (init 0, no xorout).
 * Time: O(n). Memory: 1 KiB table besides a 1 MiB read buffer.
 * Status: wrong_answer on sample/1 (CRC-32C starts from ~0 and inverts at the
 * end; secret/01-empty still passes, with 00000000).
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>

#define CRC32C_POLY 0x82f63b78u

static uint32_t table_crc[256];

static void table_init(void)
{
	for (uint32_t b = 0; b < 256; b++) {
		uint32_t c = b;
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (CRC32C_POLY & (0u - (c & 1)));
		table_crc[b] = c;
	}
}

static uint32_t crc32c_update(uint32_t crc, const unsigned char *p, size_t n)
{
	/* BUG: no crc = ~crc here */
	while (n--)
		crc = (crc >> 8) ^ table_crc[(crc ^ *p++) & 0xff];
	return crc; /* BUG: nor here */
}

int main(void)
{
	static unsigned char buf[1 << 20];
	uint32_t crc = 0;
	ssize_t r;

	table_init();
	while ((r = read(0, buf, sizeof buf)) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return 1;
		crc = crc32c_update(crc, buf, (size_t)r);
	}
	printf("%08x %08x\n", crc, ((crc >> 15) | (crc << 17)) + 0xa282ead8u);
	return 0;
}
