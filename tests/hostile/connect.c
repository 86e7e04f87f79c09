/* Connects to a TCP port on localhost that the test listens on. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/socket.h>
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
int main(void)
{
	struct hostile_input in = hostile_read();
	int s = socket(AF_INET, SOCK_STREAM, 0);
	if (s < 0)
		return blocked(&in);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((unsigned short)in.port) };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (connect(s, (struct sockaddr *)&a, sizeof a) < 0)
		return blocked(&in);
	return escaped("connected");
}
