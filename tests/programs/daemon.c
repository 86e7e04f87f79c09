/* Leaves a daemon behind: forks, the child calls setsid() and forks again,
 * the grandchild writes its pid to argv[1] and sleeps. The judge must find
 * and kill it although it left the process group. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	pid_t a = fork();
	if (a < 0)
		return 1; /* forking is denied: nothing to leave behind */
	if (a == 0) {
		setsid();
		if (fork() == 0) {
			FILE *f = fopen(argv[1], "w");
			if (f) {
				fprintf(f, "%d\n", (int)getpid());
				fclose(f);
			}
			sleep(60);
			_exit(0);
		}
		_exit(0);
	}
	sleep(1); /* let the daemon start */
	return 0;
}
