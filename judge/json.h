/* json: a small streaming JSON writer (objects, arrays, escaped strings). */
#ifndef JUDGE_JSON_H
#define JUDGE_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct json {
	FILE *f;
	int depth;
	bool first[32];   /* no comma needed yet at this depth */
	bool after_key;
};

void json_init(struct json *j, FILE *f);
void json_begin_object(struct json *j);
void json_end_object(struct json *j);
void json_begin_array(struct json *j);
void json_end_array(struct json *j);
void json_key(struct json *j, const char *key);
void json_string(struct json *j, const char *s);   /* NULL writes null */
void json_string_n(struct json *j, const char *s, size_t n);
void json_int(struct json *j, long long v);
void json_double(struct json *j, double v);        /* non-finite writes null */
void json_bool(struct json *j, bool v);
void json_null(struct json *j);
/* Finish with a newline. */
void json_end(struct json *j);

#endif
