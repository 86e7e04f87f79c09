/*
 * Input validator for tfrecord-write. Exit 42 when valid, 43 with
 * "line L: ..." when not. The format, exactly (single spaces, '\n' line
 * ends, nothing else):
 *   examples N                    0 <= N <= 100000
 *   features F                    1 <= F <= 1000, per example
 *   KEY KIND COUNT v1 ... vCOUNT  F such lines; KEY: 1..64 bytes 0x21..0x7e,
 *                                 distinct within an example; KIND bytes,
 *                                 float or int64; 0 <= COUNT <= 1000000
 * bytes value: "-" or lowercase hex of even length >= 2;
 * float value: -?(0|[1-9][0-9]*)(.[0-9]+)?(e[+-]?[0-9]{1,3})?, at most 100
 *   characters, |value| <= FLT_MAX (3.40282346638528859811704183484516925440e38,
 *   compared after rounding to a double, so every value rounds to a finite
 *   binary32);
 * int64 value: -?(0|[1-9][0-9]*), not -0, within [-2^63, 2^63 - 1].
 * The whole input is at most 16 MiB.
 */
#include <float.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_INPUT (16u << 20)

static char *in;
static size_t len, pos;
static long line = 1;

static void fail(const char *msg, const char *arg)
{
	printf("line %ld: %s%s%s\n", line, msg, arg ? " " : "", arg ? arg : "");
	exit(43);
}

/* The next token: bytes up to a space or a newline (not included). */
static const char *token(size_t *n)
{
	size_t s = pos;
	while (pos < len && in[pos] != ' ' && in[pos] != '\n')
		pos++;
	*n = pos - s;
	if (*n == 0)
		fail("expected a token", NULL);
	return in + s;
}

static void expect(char c)
{
	if (pos >= len || in[pos] != c)
		fail(c == ' ' ? "expected a single space" : "expected the end of the line", NULL);
	pos++;
	if (c == '\n')
		line++;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* An unsigned decimal without leading zeros, at most max. */
static long long number(long long max, const char *what)
{
	size_t n;
	const char *t = token(&n);
	long long v = 0;
	if (n > 1 && t[0] == '0')
		fail("leading zero in", what);
	for (size_t i = 0; i < n; i++) {
		if (!is_digit(t[i]))
			fail("not a number:", what);
		v = v * 10 + (t[i] - '0');
		if (v > max)
			fail("out of range:", what);
	}
	return v;
}

static void word(const char *w)
{
	size_t n;
	const char *t = token(&n);
	if (n != strlen(w) || memcmp(t, w, n) != 0)
		fail("expected", w);
}

static void bytes_value(void)
{
	size_t n;
	const char *t = token(&n);
	if (n == 1 && t[0] == '-')
		return;
	if (n % 2 != 0)
		fail("hex value of odd length", NULL);
	for (size_t i = 0; i < n; i++)
		if (!is_digit(t[i]) && !(t[i] >= 'a' && t[i] <= 'f'))
			fail("not lowercase hex or -", NULL);
}

static void float_value(void)
{
	size_t n, i = 0;
	const char *t = token(&n);
	char b[128];
	if (n > 100)
		fail("float longer than 100 characters", NULL);
	if (t[i] == '-')
		i++;
	if (i >= n || !is_digit(t[i]))
		fail("bad float", NULL);
	if (t[i] == '0' && i + 1 < n && is_digit(t[i + 1]))
		fail("leading zero in a float", NULL);
	while (i < n && is_digit(t[i]))
		i++;
	if (i < n && t[i] == '.') {
		i++;
		if (i >= n || !is_digit(t[i]))
			fail("bad float fraction", NULL);
		while (i < n && is_digit(t[i]))
			i++;
	}
	if (i < n && t[i] == 'e') {
		size_t d = 0;
		i++;
		if (i < n && (t[i] == '+' || t[i] == '-'))
			i++;
		while (i < n && is_digit(t[i]))
			i++, d++;
		if (d < 1 || d > 3)
			fail("bad float exponent", NULL);
	}
	if (i != n)
		fail("bad float", NULL);
	memcpy(b, t, n);
	b[n] = 0;
	double x = strtod(b, NULL);
	if (x > FLT_MAX || x < -FLT_MAX)
		fail("float beyond the largest binary32", NULL);
}

static void int64_value(void)
{
	size_t n, i = 0;
	const char *t = token(&n);
	int neg = t[0] == '-';
	i = (size_t)neg;
	if (i >= n)
		fail("bad int64", NULL);
	if (t[i] == '0' && (n > i + 1 || neg))
		fail("leading zero or -0 in an int64", NULL);
	for (size_t k = i; k < n; k++)
		if (!is_digit(t[k]))
			fail("bad int64", NULL);
	const char *lim = neg ? "9223372036854775808" : "9223372036854775807";
	size_t dn = n - i;
	if (dn > 19 || (dn == 19 && memcmp(t + i, lim, 19) > 0))
		fail("int64 out of range", NULL);
}

typedef struct {
	const char *p;
	size_t n;
	long line;
} key;

static int cmp_key(const void *a, const void *b)
{
	const key *x = a, *y = b;
	size_t n = x->n < y->n ? x->n : y->n;
	int r = memcmp(x->p, y->p, n);
	if (r == 0)
		r = (x->n > y->n) - (x->n < y->n);
	return r ? r : (x->line > y->line) - (x->line < y->line);
}

int main(void)
{
	size_t cap = 1 << 16, r;
	in = malloc(cap);
	while ((r = fread(in + len, 1, cap - len, stdin)) > 0) {
		len += r;
		if (len > MAX_INPUT) {
			printf("line 1: input longer than 16 MiB\n");
			return 43;
		}
		if (len == cap)
			in = realloc(in, cap *= 2);
	}
	for (size_t i = 0; i < len; i++)
		if (in[i] == '\0' || in[i] == '\r' || in[i] == '\t')
			fail("NUL, CR or tab in the input", NULL);

	static key keys[1000];
	word("examples");
	expect(' ');
	long long ex = number(100000, "N");
	expect('\n');
	for (long long e = 0; e < ex; e++) {
		word("features");
		expect(' ');
		long long f = number(1000, "F");
		if (f < 1)
			fail("F must be at least 1", NULL);
		expect('\n');
		for (long long k = 0; k < f; k++) {
			size_t n;
			const char *t = token(&n);
			if (n > 64)
				fail("key longer than 64 bytes", NULL);
			for (size_t i = 0; i < n; i++)
				if ((unsigned char)t[i] < 0x21 || (unsigned char)t[i] > 0x7e)
					fail("key byte outside 0x21..0x7e", NULL);
			keys[k] = (key){t, n, line};
			expect(' ');
			const char *kind = token(&n);
			int kd = n == 5 && !memcmp(kind, "bytes", 5) ? 1 :
				 n == 5 && !memcmp(kind, "float", 5) ? 2 :
				 n == 5 && !memcmp(kind, "int64", 5) ? 3 : 0;
			if (!kd)
				fail("KIND must be bytes, float or int64", NULL);
			expect(' ');
			long long count = number(1000000, "COUNT");
			for (long long v = 0; v < count; v++) {
				expect(' ');
				if (kd == 1)
					bytes_value();
				else if (kd == 2)
					float_value();
				else
					int64_value();
			}
			expect('\n');
		}
		qsort(keys, (size_t)f, sizeof *keys, cmp_key);
		for (long long k = 1; k < f; k++)
			if (keys[k - 1].n == keys[k].n && !memcmp(keys[k - 1].p, keys[k].p, keys[k].n)) {
				line = keys[k].line;
				fail("duplicate key in this example", NULL);
			}
	}
	if (pos != len)
		fail("extra data after the last example", NULL);
	return 42;
}
