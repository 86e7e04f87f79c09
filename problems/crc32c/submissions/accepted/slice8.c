/*
 * CRC-32C by slicing-by-8: eight bytes per step through eight 256-entry
 * tables (slice_table[k][b]: the byte b followed by k zero bytes).
 * Time: O(n), eight independent look-ups per 8 bytes. Memory: 8 KiB of
 * tables besides a 1 MiB read buffer (the input is streamed).
 * Status: accepted (reference: portable C, needs no CPU feature, and runs
 * at about 1.5 GB/s here); equals bitwise.c on every length 0..4096 at every
 * alignment (tests/test_crc32c.c) and python3-crc32c on every hand-made test.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define CRC32C_POLY 0x82f63b78u /* 0x1edc6f41 with its bits reversed */

static uint32_t slice_table[8][256];

__attribute__((constructor)) static void slice_init(void)
{
	for (uint32_t b = 0; b < 256; b++) {
		uint32_t c = b;
		for (int k = 0; k < 8; k++)
			c = (c >> 1) ^ (CRC32C_POLY & (0u - (c & 1)));
		slice_table[0][b] = c;
	}
	for (int k = 1; k < 8; k++)
		for (int b = 0; b < 256; b++) {
			uint32_t c = slice_table[k - 1][b];
			slice_table[k][b] = (c >> 8) ^ slice_table[0][c & 0xff];
		}
}

/* crc: the CRC-32C of the bytes before p (0 for none); returns the CRC-32C
 * of those bytes followed by p[0..n). Little-endian loads. */
static uint32_t crc32c_update(uint32_t crc, const unsigned char *p, size_t n)
{
	crc = ~crc;
	while (n >= 8) {
		uint32_t lo, hi;
		memcpy(&lo, p, 4);
		memcpy(&hi, p + 4, 4);
		lo ^= crc;
		crc = slice_table[7][lo & 0xff] ^ slice_table[6][(lo >> 8) & 0xff] ^
		      slice_table[5][(lo >> 16) & 0xff] ^ slice_table[4][lo >> 24] ^
		      slice_table[3][hi & 0xff] ^ slice_table[2][(hi >> 8) & 0xff] ^
		      slice_table[1][(hi >> 16) & 0xff] ^ slice_table[0][hi >> 24];
		p += 8;
		n -= 8;
	}
	while (n--)
		crc = (crc >> 8) ^ slice_table[0][(crc ^ *p++) & 0xff];
	return ~crc;
}

int main(void)
{
	static unsigned char buf[1 << 20];
	uint32_t crc = 0;
	size_t len;

	do {
		len = 0;
		while (len < sizeof buf) {
			ssize_t r = read(0, buf + len, sizeof buf - len);
			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0) {
				perror("read");
				return 1;
			}
			if (r == 0)
				break;
			len += (size_t)r;
		}
		crc = crc32c_update(crc, buf, len);
	} while (len == sizeof buf);
	printf("%08x %08x\n", crc, ((crc >> 15) | (crc << 17)) + 0xa282ead8u);
	return 0;
}
