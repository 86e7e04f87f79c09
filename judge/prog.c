/* prog: the programs a package's tests involve, each run with the limits
 * and confinement the package gives it. */
#define _GNU_SOURCE
#include "prog.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"
#include "verdict.h"

/* What a generator may write: inputs are large but not unbounded. */
#define PROGRAM_OUTPUT_LIMIT (1ull << 30)

struct compile_limits prog_compile_limits(const struct pkg *p)
{
	return (struct compile_limits){ p->limits.compilation_time,
					p->limits.compilation_memory_mib << 20 };
}

int prog_compile(const struct pkg *p, const char *source, const char *cache_dir,
		 struct compile_result *r, char *err)
{
	struct compile_limits lim = prog_compile_limits(p);
	return compile_file(source, &lim, cache_dir, r, err);
}

int prog_build(const struct pkg *p, const char *source, const char *cache_dir,
	       struct compile_result *r, char *err)
{
	if (prog_compile(p, source, cache_dir, r, err) < 0)
		return -1;
	if (r->ok)
		return 0;
	char first[600];
	compile_first_error(r, first, sizeof first);
	compile_result_free(r);
	return err_set(err, "'%s' does not compile: %s", source, first);
}

double prog_wall_limit(double time_limit)
{
	return 2 * time_limit + 1;
}

void prog_submission_spec(const struct pkg *p, double cpu_limit, struct run_spec *spec)
{
	spec->cpu_limit = cpu_limit;
	spec->wall_limit = prog_wall_limit(cpu_limit);
	spec->memory_limit = p->limits.memory_mib << 20;
	spec->output_limit = p->limits.output_mib << 20;
	/* Headroom for address space reserved but never touched (thread stacks,
	 * malloc arenas); the memory limit itself is on resident memory. */
	spec->address_limit = 4 * spec->memory_limit + (1ull << 30);
	spec->profile = RUN_SUBMISSION;
}

int prog_run(const struct pkg *p, const char *source, const char *const *args,
	     const char *stdin_path, const char *stdout_path, const char *stderr_path,
	     const char *cache_dir, struct run_record *rec, char *err)
{
	struct compile_result cr;
	if (prog_build(p, source, cache_dir, &cr, err) < 0)
		return -1;
	const char *base = strrchr(source, '/');
	char **exec_argv;
	struct run_spec spec = RUN_SPEC_INIT;
	compile_exec(&cr, base ? base + 1 : source, &spec, &exec_argv);
	int nexec = 0, nargs = 0;
	while (exec_argv[nexec])
		nexec++;
	while (args && args[nargs])
		nargs++;
	const char **argv = xcalloc((size_t)(nexec + nargs + 1), sizeof *argv);
	memcpy(argv, exec_argv, (size_t)nexec * sizeof *argv);
	for (int i = 0; i < nargs; i++)
		argv[nexec + i] = args[i];
	spec.argv = argv;
	spec.stdin_path = stdin_path;
	spec.stdout_path = stdout_path;
	spec.stderr_path = stderr_path;
	spec.cpu_limit = p->limits.validation_time;
	spec.wall_limit = 2 * p->limits.validation_time;
	spec.memory_limit = p->limits.validation_memory_mib << 20;
	spec.output_limit = PROGRAM_OUTPUT_LIMIT;
	spec.profile = RUN_TRUSTED;
	int rc = run_program(&spec, rec, err);
	free(argv);
	lang_argv_free(exec_argv);
	compile_result_free(&cr);
	return rc;
}

int prog_reference(const struct pkg *p, const char *in_path, const char *ans_path,
		   const char *cache_dir, char *err)
{
	if (!p->reference)
		return err_set(err, "the package names no reference solution");
	struct compile_result cr;
	if (prog_build(p, p->reference, cache_dir, &cr, err) < 0)
		return -1;
	char *errs = run_session_path("reference-stderr");
	char **argv;
	struct run_spec spec = RUN_SPEC_INIT;
	struct run_record rec;
	compile_exec(&cr, "reference", &spec, &argv);
	spec.stdin_path = in_path;
	spec.stdout_path = ans_path;
	spec.stderr_path = errs;
	prog_submission_spec(p, p->limits.validation_time, &spec);
	spec.wall_limit = 2 * p->limits.validation_time;
	int rc = run_program(&spec, &rec, err);
	if (rc == 0) {
		enum verdict v = verdict_of_run(&rec, 0, spec.memory_limit);
		if (v != VERDICT_AC) {
			char label[64];
			char *line = file_first_line(errs);
			verdict_label(v, &rec, label, sizeof label);
			rc = err_set(err, "the reference '%s' fails on this input: %s%s%s", p->reference,
				     label, *line ? ": " : "", line);
			free(line);
		}
	}
	unlink(errs);
	free(errs);
	lang_argv_free(argv);
	compile_result_free(&cr);
	return rc;
}

int prog_validate_input(const struct pkg *p, const char *in_path, const char *cache_dir,
			char *msg, size_t n, char *err)
{
	msg[0] = 0;
	if (!p->input_validator)
		return 1;
	char *out = run_session_path("validator-out");
	struct run_record rec;
	int rc = prog_run(p, p->input_validator, NULL, in_path, out, out, cache_dir, &rec, err);
	if (rc == 0) {
		char *head = file_first_line(out);
		if (rec.limit == RUN_LIMIT_NONE && rec.exit_code == 42) {
			rc = 1;
		} else if (rec.limit == RUN_LIMIT_NONE && rec.exit_code == 43) {
			snprintf(msg, n, "%s", *head ? head : "(no message)");
		} else {
			char label[64];
			verdict_label(verdict_of_run(&rec, 0, 0), &rec, label, sizeof label);
			rc = err_set(err, "the input validator '%s' failed on '%s' (%s; expected exit 42 or 43)%s%s",
				     p->input_validator, in_path,
				     rec.limit != RUN_LIMIT_NONE ? run_limit_name(rec.limit) : label,
				     *head ? ": " : "", head);
		}
		free(head);
	}
	unlink(out);
	free(out);
	return rc;
}
