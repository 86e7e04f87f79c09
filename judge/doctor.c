/* doctor: what this machine supports (confinement mechanisms, compiler,
 * spawner) and what makes its timings less reliable. */
#define _GNU_SOURCE
#include "doctor.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compile.h"
#include "envinfo.h"
#include "run.h"
#include "sandbox.h"
#include "util.h"

int doctor_run(struct report *r, char *err)
{
	/* What the spawner will apply: it probes the same way at its start. */
	sandbox_init(NULL);
	report_note(r, "confinement (what a submission runs under)");
	const char *d = sandbox_describe();
	while (*d) {
		size_t len = strcspn(d, "\n");
		report_note(r, "  %.*s", (int)len, d);
		d += len + (d[len] == '\n');
	}

	/* A live run through the spawner: the mechanisms really applied. */
	const char *argv[] = { "true", NULL };
	struct run_spec spec = RUN_SPEC_INIT;
	struct run_record rec;
	spec.path = "/bin/true";
	spec.argv = argv;
	spec.cpu_limit = 1;
	spec.wall_limit = 3;
	spec.memory_limit = 64ull << 20;
	if (run_program(&spec, &rec, err) < 0)
		return -1;
	char applied[256];
	sandbox_mechanism_list(rec.confinement, applied, sizeof applied);
	report_note(r, "  live run of /bin/true: exit %d, %.1f ms wall, peak %llu KiB; applied: %s",
		    rec.exit_code, rec.wall_ms, (unsigned long long)rec.peak_kib, applied);

	report_note(r, "languages");
	const struct lang *const *langs;
	int nl = lang_all(&langs);
	for (int i = 0; i < nl; i++) {
		const char *files[] = { "FILE" };
		char **cc = lang_compile_argv(langs[i], files, 1);
		char *cmd = lang_command_line(cc);
		const char *version = compile_compiler_version(langs[i], err);
		report_note(r, "  %-9s %s\n            %s", langs[i]->name, version ? version : err, cmd);
		free(cmd);
		lang_argv_free(cc);
	}

	struct envinfo e;
	char line[512], warnings[ENVINFO_MAX_WARNINGS][ENVINFO_MSG_LEN];
	if (envinfo_collect(&e, err) < 0)
		return -1;
	envinfo_describe(&e, line, sizeof line);
	report_note(r, "timing\n  %s", line);
	int n = envinfo_warnings(&e, warnings, ENVINFO_MAX_WARNINGS);
	for (int i = 0; i < n; i++)
		report_note(r, "  warning: %s", warnings[i]);
	if (n == 0)
		report_note(r, "  no known source of timing noise");
	return 0;
}
