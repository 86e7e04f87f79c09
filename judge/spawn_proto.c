/* spawn_proto: the messages between the judge (run.c) and the spawner. */
#include "spawn_proto.h"

#include <string.h>

/* Layout: the numeric fields of run_spec, then strings, each a one-byte
 * presence flag followed by the NUL-terminated text: path, stdin, stdout,
 * stderr, workdir, then argc and the arguments. */
struct numbers {
	double cpu_limit, wall_limit;
	uint64_t memory_limit, output_limit, address_limit;
	int32_t profile, argc;
};

static int put_str(char *buf, size_t cap, size_t *at, const char *s)
{
	size_t n = s ? strlen(s) + 1 : 0;
	if (*at + 1 + n > cap)
		return -1;
	buf[(*at)++] = s != NULL;
	if (s) {
		memcpy(buf + *at, s, n);
		*at += n;
	}
	return 0;
}

long spawn_encode(const struct run_spec *spec, char *buf, size_t cap)
{
	struct numbers num = {
		spec->cpu_limit, spec->wall_limit, spec->memory_limit,
		spec->output_limit, spec->address_limit, spec->profile, 0,
	};
	while (spec->argv && spec->argv[num.argc])
		num.argc++;
	if (num.argc > SPAWN_MAX_ARGS || cap < sizeof num)
		return -1;
	memcpy(buf, &num, sizeof num);
	size_t at = sizeof num;
	const char *strs[] = { spec->path, spec->stdin_path, spec->stdout_path,
			       spec->stderr_path, spec->workdir };
	for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
		if (put_str(buf, cap, &at, strs[i]) < 0)
			return -1;
	for (int i = 0; i < num.argc; i++)
		if (put_str(buf, cap, &at, spec->argv[i]) < 0)
			return -1;
	return (long)at;
}

static int get_str(char *buf, size_t len, size_t *at, const char **out)
{
	if (*at >= len)
		return -1;
	char present = buf[(*at)++];
	if (!present) {
		*out = NULL;
		return 0;
	}
	char *end = memchr(buf + *at, 0, len - *at);
	if (!end)
		return -1;
	*out = buf + *at;
	*at = (size_t)(end - buf) + 1;
	return 0;
}

int spawn_decode(char *buf, size_t len, struct spawn_request *req)
{
	struct numbers num;
	if (len < sizeof num)
		return -1;
	memcpy(&num, buf, sizeof num);
	if (num.argc < 0 || num.argc > SPAWN_MAX_ARGS)
		return -1;
	memset(req, 0, sizeof *req);
	struct run_spec *s = &req->spec;
	s->cpu_limit = num.cpu_limit;
	s->wall_limit = num.wall_limit;
	s->memory_limit = num.memory_limit;
	s->output_limit = num.output_limit;
	s->address_limit = num.address_limit;
	s->profile = (enum run_profile)num.profile;
	size_t at = sizeof num;
	const char **strs[] = { &s->path, &s->stdin_path, &s->stdout_path,
				&s->stderr_path, &s->workdir };
	for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
		if (get_str(buf, len, &at, strs[i]) < 0)
			return -1;
	for (int i = 0; i < num.argc; i++)
		if (get_str(buf, len, &at, &req->argv[i]) < 0 || !req->argv[i])
			return -1;
	req->argv[num.argc] = NULL;
	s->argv = req->argv;
	return s->path ? 0 : -1;
}
