/* Two threads spinning: CPU time is counted across threads, so TLE comes
 * after about half the limit in wall-clock time. */
#include <pthread.h>
static void *spin(void *arg)
{
	for (volatile unsigned long i = 0;; i++)
		;
	return arg;
}
int main(void)
{
	pthread_t t;
	pthread_create(&t, 0, spin, 0);
	spin(0);
	return 0;
}
