/* A bounded fork bomb: 64 processes that would sleep for a minute. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <unistd.h>

/* The shared part of the attacks: read the test's input, answer right when
 * blocked, name started processes "hostile-child". */
struct hostile_input {
	long answer, victim, port;
	char answer_file[4096], marker_file[4096];
};

static struct hostile_input hostile_read(void)
{
	struct hostile_input in = { 0, 0, 0, "", "" };
	if (scanf("%ld %ld %ld %4095s %4095s", &in.answer, &in.victim, &in.port, in.answer_file,
		  in.marker_file) != 5)
		exit(2);
	return in;
}

/* The attack failed: behave. */
static int blocked(const struct hostile_input *in)
{
	printf("%ld\n", in->answer);
	return 0;
}

/* The attack worked: say so, which is a wrong answer. */
static int escaped(const char *what)
{
	printf("ESCAPED: %s\n", what);
	return 0;
}

static void hostile_name_child(void)
{
	prctl(PR_SET_NAME, "hostile-child");
}
int main(void)
{
	struct hostile_input in = hostile_read();
	int started = 0;
	for (int i = 0; i < 64; i++) {
		pid_t p = fork();
		if (p == 0) {
			hostile_name_child();
			sleep(60);
			_exit(0);
		}
		started += p > 0;
	}
	return started ? escaped("forked") : blocked(&in);
}
