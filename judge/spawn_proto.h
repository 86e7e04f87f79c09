/* spawn_proto: the messages between the judge (run.c) and the spawner. */
#ifndef JUDGE_SPAWN_PROTO_H
#define JUDGE_SPAWN_PROTO_H

#include <stddef.h>
#include "run.h"

#define SPAWN_MAX_MSG (256 * 1024)
#define SPAWN_MAX_ARGS 256
#define SPAWN_FD 3 /* the spawner's end of the socket */

/* A request decoded in place: strings point into the message buffer. */
struct spawn_request {
	struct run_spec spec;
	const char *argv[SPAWN_MAX_ARGS + 1];
};

struct spawn_reply {
	int ok;                     /* 1: rec is valid; 0: error holds the message */
	struct run_record rec;
	char error[512];
};

/* Returns the message length, or -1 when it does not fit. */
long spawn_encode(const struct run_spec *spec, char *buf, size_t cap);
/* Returns 0, or -1 when the message is malformed. */
int spawn_decode(char *buf, size_t len, struct spawn_request *req);

#endif
