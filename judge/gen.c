/* gen: make the generated tests of a package (data/secret/gen.txt): the
 * generator writes the input, the reference writes the answer; both are
 * cached under the key computed by pkg_load. */
#define _GNU_SOURCE
#include "gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "compile.h"
#include "util.h"

#define GENERATED_INPUT_LIMIT (1ull << 30)

static int compile_program(const struct pkg *p, const char *source, const char *cache_dir,
			   char **binary, char *err)
{
	struct compile_result cr;
	struct compile_limits lim = { p->limits.compilation_time,
				      p->limits.compilation_memory_mib << 20 };
	if (compile_c(source, &lim, cache_dir, &cr, err) < 0)
		return -1;
	if (!cr.ok) {
		char first[600];
		snprintf(first, sizeof first, "%s", cr.reason ? cr.reason : cr.log ? cr.log : "");
		first[strcspn(first, "\n")] = 0;
		err_set(err, "'%s' does not compile: %s", source, first);
		compile_result_free(&cr);
		return -1;
	}
	*binary = cr.binary;
	cr.binary = NULL;
	compile_result_free(&cr);
	return 0;
}

int gen_run_program(const struct pkg *p, const char *source, const char *const *args,
		    const char *stdin_path, const char *stdout_path, const char *stderr_path,
		    const char *cache_dir, struct run_record *rec, char *err)
{
	char *binary;
	if (compile_program(p, source, cache_dir, &binary, err) < 0)
		return -1;
	int argc = 0;
	while (args && args[argc])
		argc++;
	const char **argv = xcalloc((size_t)argc + 2, sizeof *argv);
	const char *base = strrchr(source, '/');
	argv[0] = base ? base + 1 : source;
	for (int i = 0; i < argc; i++)
		argv[i + 1] = args[i];
	struct run_spec spec = RUN_SPEC_INIT;
	spec.path = binary;
	spec.argv = argv;
	spec.stdin_path = stdin_path;
	spec.stdout_path = stdout_path;
	spec.stderr_path = stderr_path;
	spec.cpu_limit = p->limits.validation_time;
	spec.wall_limit = 2 * p->limits.validation_time;
	spec.memory_limit = p->limits.validation_memory_mib << 20;
	spec.output_limit = GENERATED_INPUT_LIMIT;
	spec.profile = RUN_TRUSTED;
	int rc = run_program(&spec, rec, err);
	free(argv);
	free(binary);
	return rc;
}

int gen_make(const struct pkg *p, const char *generator, const char *const *args,
	     const char *in_path, const char *ans_path, const char *cache_dir, char *err)
{
	char *dir = xstrdup(in_path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*slash = 0;
	char *in_tmp = xasprintf("%s.tmp-%d", in_path, (int)getpid());
	char *ans_tmp = xasprintf("%s.tmp-%d", ans_path, (int)getpid());
	char *errs = run_session_path("gen-stderr");
	char *line = NULL;
	struct run_record rec;
	int rc = -1;

	if (mkdir_p(dir, err) < 0)
		goto out;
	if (gen_run_program(p, generator, args, NULL, in_tmp, errs, cache_dir, &rec, err) < 0)
		goto out;
	if (rec.limit != RUN_LIMIT_NONE || rec.exit_code != 0) {
		line = file_first_line(errs);
		err_set(err, "the generator '%s' failed (%s%s%d)%s%s", generator,
			rec.limit != RUN_LIMIT_NONE ? run_limit_name(rec.limit) : "",
			rec.limit != RUN_LIMIT_NONE ? " limit, status " : "status ",
			rec.signal ? 128 + rec.signal : rec.exit_code, *line ? ": " : "", line);
		goto out;
	}
	/* The answer: the reference, run like a submission, with the validation
	 * time limit so that a slow machine still builds its tests. */
	char *binary;
	if (compile_program(p, p->reference, cache_dir, &binary, err) < 0)
		goto out;
	const char *argv[] = { "reference", NULL };
	struct run_spec spec = RUN_SPEC_INIT;
	spec.path = binary;
	spec.argv = argv;
	spec.stdin_path = in_tmp;
	spec.stdout_path = ans_tmp;
	spec.stderr_path = errs;
	spec.cpu_limit = p->limits.validation_time;
	spec.wall_limit = 2 * p->limits.validation_time;
	spec.memory_limit = p->limits.memory_mib << 20;
	spec.output_limit = p->limits.output_mib << 20;
	spec.profile = RUN_SUBMISSION;
	int r = run_program(&spec, &rec, err);
	free(binary);
	if (r < 0)
		goto out;
	enum verdict v = verdict_of_run(&rec, 0, spec.memory_limit);
	if (v != VERDICT_AC) {
		char label[64];
		line = file_first_line(errs);
		verdict_label(v, &rec, label, sizeof label);
		err_set(err, "the reference '%s' fails on this input: %s%s%s", p->reference, label,
			*line ? ": " : "", line);
		goto out;
	}
	/* Both or neither: the answer is stored last, and its presence is what
	 * makes an input complete. */
	if (rename(in_tmp, in_path) < 0 || rename(ans_tmp, ans_path) < 0) {
		err_sys(err, "cannot store '%s'", ans_path);
		goto out;
	}
	rc = 0;
out:
	unlink(in_tmp);
	unlink(ans_tmp);
	unlink(errs);
	free(line);
	free(errs);
	free(in_tmp);
	free(ans_tmp);
	free(dir);
	return rc;
}

int gen_ensure(const struct pkg *p, const struct pkg_test *t, const char *cache_dir,
	       bool *made, char *err)
{
	char msg[ERR_LEN];
	*made = false;
	if (!t->generated || (file_exists(t->in_path) && file_exists(t->ans_path)))
		return 0;
	if (gen_make(p, t->program, (const char *const *)t->args, t->in_path, t->ans_path, cache_dir,
		     msg) < 0)
		return err_set(err, "%s/data/secret/gen.txt:%d: %.900s", p->dir, t->gen_line, msg);
	*made = true;
	return 0;
}
