/* "ANSWER PID PORT PATH PATH" on one line. */
#include <stdio.h>
int main(void)
{
	long a, pid, port;
	char p[4096], q[4096], c;
	if (scanf("%ld %ld %ld %4095s %4095s%c", &a, &pid, &port, p, q, &c) != 6 || c != '\n')
		return 43;
	return 42;
}
