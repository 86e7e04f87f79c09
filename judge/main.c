/* main: bin/judge's entry point: signals, the command table, dispatch.
 * Exit status: 0 accepted / all checks passed, 1 another verdict / a check
 * failed, 2 a usage error, a broken package or a judge error, 130
 * interrupted. The commands themselves are in cmd_*.c. */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "run.h"

static const struct cli_command *const commands[] = {
	&cmd_submit, &cmd_compile, &cmd_verify, &cmd_generate, &cmd_statement,
	&cmd_list, &cmd_show, &cmd_bench, &cmd_doctor,
};
#define NCOMMANDS (sizeof commands / sizeof *commands)

static void usage(FILE *f)
{
	fprintf(f, "usage: judge COMMAND [OPTIONS] [ARGS]\n\ncommands:\n");
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(f, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
	fprintf(f, "  %-10s %s\n",  "help", "this text; 'judge COMMAND --help' for a command's own");
	fprintf(f, "\n"
		"PROBLEM is a slug under problems/ or the path of a package directory.\n"
		"Languages: C (.c), C++ (.cc .cpp .cxx .c++ .C), Python 3 (.py); 'judge doctor'\n"
		"shows the compile commands.\n"
		"Exit status: 0 accepted (or every check passed), 1 any other verdict (or a\n"
		"failed check), 2 usage error, broken package or judge error (JE), 130 interrupted.\n"
		"Environment: NO_COLOR, JUDGE_CACHE (default build/cache), JUDGE_PROBLEMS,\n"
		"JUDGE_ROOT, JUDGE_SPAWNER, JUDGE_SANDBOX=0 (no confinement), TMPDIR (session\n"
		"files; default /dev/shm).\n");
}

static void on_signal(int sig)
{
	(void)sig;
	run_interrupt();
}

static void install_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal; /* no SA_RESTART: waits return EINTR */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "judge: no command given\n\n");
		usage(stderr);
		return EXIT_ERROR;
	}
	const char *name = argv[1];
	if (!strcmp(name, "help") || !strcmp(name, "--help") || !strcmp(name, "-h")) {
		usage(stdout);
		return EXIT_OK;
	}
	const struct cli_command *cmd = NULL;
	for (size_t i = 0; i < NCOMMANDS && !cmd; i++)
		if (!strcmp(commands[i]->name, name))
			cmd = commands[i];
	if (!cmd) {
		fprintf(stderr, "judge: unknown command '%s'\n\n", name);
		usage(stderr);
		return EXIT_ERROR;
	}
	/* every command answers --help; bench prints its own, longer one */
	if (cmd->help && cli_wants_help(argc - 1, argv + 1))
		return cli_help(cmd);
	install_signals();
	int rc = cmd->run(argc - 1, argv + 1);
	run_shutdown();
	if (run_interrupted() && rc != EXIT_INTERRUPTED) {
		fprintf(stderr, "judge: interrupted\n");
		rc = EXIT_INTERRUPTED;
	}
	return rc;
}
