/* bare-loop: the baseline of scripts/bench-overhead.sh. Runs PROGRAM once
 * per input file (stdin from the file, stdout to OUT), with nothing but
 * fork, exec and wait, and prints the seconds it took.
 * Usage: bare-loop PROGRAM OUT INPUT... */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: bare-loop PROGRAM OUT INPUT...\n");
		return 2;
	}
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (int i = 3; i < argc; i++) {
		int in = open(argv[i], O_RDONLY | O_CLOEXEC);
		int out = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
		if (in < 0 || out < 0)
			return 1;
		pid_t pid = fork();
		if (pid == 0) {
			dup2(in, 0);
			dup2(out, 1);
			execl(argv[1], argv[1], (char *)NULL);
			_exit(127);
		}
		int st;
		waitpid(pid, &st, 0);
		close(in);
		close(out);
		if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
			return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.6f\n", (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9);
	return 0;
}
