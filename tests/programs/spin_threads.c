/* Two spinning threads. Without arguments they spin forever (TLE; CPU time
 * counts across threads). With argument MS each thread stops after MS ms of
 * its own CPU time, so the process uses 2 * MS ms whatever the load. */
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

static long limit_ms;

static void *spin(void *arg)
{
	struct timespec t;
	for (;;) {
		for (volatile int i = 0; i < 100000; i++)
			;
		clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
		if (limit_ms && t.tv_sec * 1000 + t.tv_nsec / 1000000 >= limit_ms)
			return arg;
	}
}

int main(int argc, char **argv)
{
	pthread_t t;
	limit_ms = argc > 1 ? atol(argv[1]) : 0;
	pthread_create(&t, 0, spin, 0);
	spin(0);
	pthread_join(t, 0);
	return 0;
}
