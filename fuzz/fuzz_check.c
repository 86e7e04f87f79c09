/* libFuzzer harness for the output checker: the input is split into flags,
 * answer and output at the first two 0xff bytes; every flag combination is
 * exercised with both tolerance kinds. */
#include <stdint.h>
#include <string.h>

#include "check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	struct check_flags f = { 0 };
	f.case_sensitive = data[0] & 1;
	f.space_change_sensitive = data[0] & 2;
	f.float_abs = data[0] & 4;
	f.float_rel = data[0] & 8;
	f.abs_tol = (data[0] & 16) ? 1e-6 : 0;
	f.rel_tol = (data[0] & 32) ? 1e-9 : 0.5;
	const char *p = (const char *)data + 1;
	size_t n = size - 1;
	const char *sep = memchr(p, 0xff, n);
	size_t alen = sep ? (size_t)(sep - p) : n / 2;
	const char *out = p + alen + (sep ? 1 : 0);
	size_t olen = n - alen - (sep ? 1 : 0);
	struct check_result r;
	check_output(&f, p, alen, out, olen, &r);
	check_output(&f, out, olen, p, alen, &r);
	/* the flags parser on arbitrary text */
	char text[256], err[1024];
	size_t t = n < sizeof text - 1 ? n : sizeof text - 1;
	memcpy(text, p, t);
	text[t] = 0;
	check_flags_parse(text, &f, err);
	return 0;
}
