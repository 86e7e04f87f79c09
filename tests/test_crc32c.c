/*
 * The five accepted CRC-32C solutions of problems/crc32c agree with the
 * bitwise one on every length and alignment, and chain across calls.
 * Each solution is one file with a main and a static crc32c_update; it is
 * included here under its own names (its other statics carry a prefix of
 * their own), so the algorithms are tested exactly as submitted.
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#define main bitwise_main
#define crc32c_update bitwise_update
int main(void);
#include "../problems/crc32c/submissions/accepted/bitwise.c"
#undef main
#undef crc32c_update

#define main table_main
#define crc32c_update table_update
int main(void);
#include "../problems/crc32c/submissions/accepted/table.c"
#undef main
#undef crc32c_update

#define main slice8_main
#define crc32c_update slice8_update
int main(void);
#include "../problems/crc32c/submissions/accepted/slice8.c"
#undef main
#undef crc32c_update

#define main hw_main
#define crc32c_update hw_update
int main(void);
#include "../problems/crc32c/submissions/accepted/hw.c"
#undef main
#undef crc32c_update

#define main hw3_main
#define crc32c_update hw3_update
int main(void);
#include "../problems/crc32c/submissions/accepted/hw3.c"
#include "testing.h"
#undef main
#undef crc32c_update

typedef uint32_t update_fn(uint32_t, const unsigned char *, size_t);

static const struct {
	const char *name;
	update_fn *fn;
} impls[] = {
	{"bitwise", bitwise_update}, {"table", table_update},
	{"slice8", slice8_update},   {"hw", hw_update},
	{"hw3", hw3_update},
};
#define NIMPLS (sizeof impls / sizeof impls[0])

/* Long enough for two long blocks of hw3.c (2 * 3 * 8192) plus change. */
#define BUF_LEN (2 * 3 * 8192 + 3 * 256 + 64)
static unsigned char data[BUF_LEN + 8];

static void fill_random(void)
{
	uint64_t s = 0x9e3779b97f4a7c15u;
	for (size_t i = 0; i < sizeof data; i++) {
		s ^= s << 13;
		s ^= s >> 7;
		s ^= s << 17;
		data[i] = (unsigned char)(s >> 24);
	}
}

/* Checks every implementation against bitwise on data[off..off+len). */
static void check_against_bitwise(size_t off, size_t len)
{
	uint32_t want = bitwise_update(0, data + off, len);
	for (size_t k = 1; k < NIMPLS; k++) {
		uint32_t got = impls[k].fn(0, data + off, len);
		cr_assert_eq(got, want, "%s: length %zu at offset %zu: %08x, bitwise %08x",
			     impls[k].name, len, off, got, want);
	}
}

Test(crc32c, gives_the_check_value)
{
	for (size_t k = 0; k < NIMPLS; k++) {
		cr_expect_eq(impls[k].fn(0, (const unsigned char *)"123456789", 9),
			     0xe3069283u, "%s", impls[k].name);
		cr_expect_eq(impls[k].fn(0, (const unsigned char *)"", 0), 0u,
			     "%s on empty input", impls[k].name);
	}
}

Test(crc32c, gives_the_rfc3720_vectors)
{
	unsigned char v[32];
	for (size_t k = 0; k < NIMPLS; k++) {
		memset(v, 0, 32);
		cr_expect_eq(impls[k].fn(0, v, 32), 0x8a9136aau, "%s zeros", impls[k].name);
		memset(v, 0xff, 32);
		cr_expect_eq(impls[k].fn(0, v, 32), 0x62a8ab43u, "%s ones", impls[k].name);
		for (int i = 0; i < 32; i++)
			v[i] = (unsigned char)i;
		cr_expect_eq(impls[k].fn(0, v, 32), 0x46dd794eu, "%s incrementing",
			     impls[k].name);
		for (int i = 0; i < 32; i++)
			v[i] = (unsigned char)(31 - i);
		cr_expect_eq(impls[k].fn(0, v, 32), 0x113fdb5cu, "%s decrementing",
			     impls[k].name);
	}
}

Test(crc32c, agrees_with_bitwise_on_every_length_to_4096_at_every_offset)
{
	fill_random();
	for (size_t off = 0; off < 8; off++)
		for (size_t len = 0; len <= 4096; len++)
			check_against_bitwise(off, len);
}

Test(crc32c, agrees_with_bitwise_around_three_stream_block_boundaries)
{
	static const size_t lens[] = {
		3 * 8192 - 1, 3 * 8192, 3 * 8192 + 1, 3 * 8192 + 7, 3 * 8192 + 8,
		3 * 8192 + 3 * 256, 3 * 8192 + 3 * 256 + 9, 2 * 3 * 8192 - 1,
		2 * 3 * 8192, 2 * 3 * 8192 + 1, 2 * 3 * 8192 + 3 * 256 + 13, BUF_LEN,
	};
	fill_random();
	for (size_t off = 0; off < 8; off++)
		for (size_t i = 0; i < sizeof lens / sizeof lens[0]; i++)
			check_against_bitwise(off, lens[i]);
}

Test(crc32c, chained_updates_equal_one_pass)
{
	static const size_t cuts[] = {0, 1, 7, 8, 9, 767, 768, 24575, 24577, 49000, BUF_LEN};
	fill_random();
	for (size_t k = 0; k < NIMPLS; k++) {
		uint32_t whole = impls[k].fn(0, data, BUF_LEN);
		for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
			size_t c = cuts[i];
			uint32_t two = impls[k].fn(impls[k].fn(0, data, c), data + c, BUF_LEN - c);
			cr_assert_eq(two, whole, "%s: cut at %zu", impls[k].name, c);
		}
	}
}
