/*
 * Input validator for sinusoidal-pe: the single line "L d base layout",
 * single spaces, one final newline. 1 <= L <= 10^5, 4 <= d <= 2048 even,
 * L*d <= 4*10^6, 2 <= base <= 10^6, layout interleaved or concat.
 * Exit 42 if valid, 43 with "line L: ..." on stdout otherwise.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char buf[256];
static size_t len, pos;
static long line = 1;

static void fail(const char *msg)
{
	printf("line %ld: %s\n", line, msg);
	exit(43);
}

/* a positive integer without leading zeros, at most lim */
static long read_uint(const char *what, long lim)
{
	char msg[128];
	size_t s = pos;
	long v = 0;
	while (pos < len && buf[pos] >= '0' && buf[pos] <= '9') {
		v = v * 10 + (buf[pos] - '0');
		if (v > lim) {
			snprintf(msg, sizeof msg, "%s exceeds %ld", what, lim);
			fail(msg);
		}
		pos++;
	}
	if (pos == s) {
		snprintf(msg, sizeof msg, "expected %s (a non-negative integer)", what);
		fail(msg);
	}
	if (buf[s] == '0') {
		snprintf(msg, sizeof msg, "%s has a leading zero or is 0", what);
		fail(msg);
	}
	return v;
}

static void expect_space(void)
{
	if (pos >= len || buf[pos] != ' ')
		fail("expected a single space");
	pos++;
}

int main(void)
{
	len = fread(buf, 1, sizeof buf - 1, stdin);
	if (len == sizeof buf - 1)
		fail("input too long");
	buf[len] = 0;
	if (strlen(buf) != len)
		fail("NUL byte in the input");
	long L = read_uint("L", 100000);
	expect_space();
	long d = read_uint("d", 2048);
	expect_space();
	long base = read_uint("base", 1000000);
	expect_space();
	if (d < 4 || d % 2)
		fail("d must be even and at least 4");
	if (L * d > 4000000)
		fail("L*d exceeds 4*10^6");
	if (base < 2)
		fail("base must be at least 2");
	if (!strcmp(buf + pos, "interleaved\n") || !strcmp(buf + pos, "concat\n"))
		return 42;
	if (!strncmp(buf + pos, "interleaved", 11) || !strncmp(buf + pos, "concat", 6))
		fail(strchr(buf + pos, '\n') ? "extra data after the layout" : "missing newline at end of line");
	fail("layout must be 'interleaved' or 'concat'");
	return 43;
}
