/* json: a small streaming JSON writer (objects, arrays, escaped strings). */
#include "json.h"

#include <math.h>

void json_init(struct json *j, FILE *f)
{
	j->f = f;
	j->depth = 0;
	j->first[0] = true;
	j->after_key = false;
}

static void value_start(struct json *j)
{
	if (j->after_key) {
		j->after_key = false;
		return;
	}
	if (!j->first[j->depth])
		fputc(',', j->f);
	j->first[j->depth] = false;
}

static void open_container(struct json *j, char c)
{
	value_start(j);
	fputc(c, j->f);
	if (j->depth < 31)
		j->depth++;
	j->first[j->depth] = true;
}

static void close_container(struct json *j, char c)
{
	if (j->depth > 0)
		j->depth--;
	fputc(c, j->f);
}

void json_begin_object(struct json *j)
{
	open_container(j, '{');
}

void json_end_object(struct json *j)
{
	close_container(j, '}');
}

void json_begin_array(struct json *j)
{
	open_container(j, '[');
}

void json_end_array(struct json *j)
{
	close_container(j, ']');
}

/* Length of a valid UTF-8 sequence starting at s[0], or 0. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	size_t len = s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
	if (len == 0 || len > n)
		return 0;
	for (size_t i = 1; i < len; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	return len;
}

void json_string_n(struct json *j, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	value_start(j);
	fputc('"', j->f);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = u[i];
		size_t len;
		if (c == '"' || c == '\\')
			fprintf(j->f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", j->f);
		else if (c < 0x20 || c == 0x7f)
			fprintf(j->f, "\\u%04x", c);
		else if (c < 0x80)
			fputc(c, j->f);
		else if ((len = utf8_len(u + i, n - i)) > 0) {
			fwrite(u + i, 1, len, j->f);
			i += len - 1;
		} else {
			/* Not UTF-8 (binary output): the byte as a code point. */
			fprintf(j->f, "\\u%04x", c);
		}
	}
	fputc('"', j->f);
}

void json_string(struct json *j, const char *s)
{
	if (!s) {
		json_null(j);
		return;
	}
	size_t n = 0;
	while (s[n])
		n++;
	json_string_n(j, s, n);
}

void json_key(struct json *j, const char *key)
{
	json_string(j, key);
	fputc(':', j->f);
	j->after_key = true;
}

void json_int(struct json *j, long long v)
{
	value_start(j);
	fprintf(j->f, "%lld", v);
}

void json_double(struct json *j, double v)
{
	if (!isfinite(v)) {
		json_null(j);
		return;
	}
	value_start(j);
	fprintf(j->f, "%.6g", v);
}

void json_bool(struct json *j, bool v)
{
	value_start(j);
	fputs(v ? "true" : "false", j->f);
}

void json_null(struct json *j)
{
	value_start(j);
	fputs("null", j->f);
}

void json_end(struct json *j)
{
	fputc('\n', j->f);
	fflush(j->f);
}
