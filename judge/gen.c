/* gen: make the generated tests of a package (data/secret/gen.txt): the
 * generator writes the input, the reference writes the answer; both are
 * cached under the key computed by pkg_load. */
#define _GNU_SOURCE
#include "gen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "prog.h"
#include "util.h"

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

	if (mkdir_mode(dir, 0700, err) < 0)
		goto out;
	if (prog_run(p, generator, args, NULL, in_tmp, errs, cache_dir, &rec, err) < 0)
		goto out;
	if (rec.limit != RUN_LIMIT_NONE || rec.exit_code != 0) {
		line = file_first_line(errs);
		err_set(err, "the generator '%s' failed (%s%s%d)%s%s", generator,
			rec.limit != RUN_LIMIT_NONE ? run_limit_name(rec.limit) : "",
			rec.limit != RUN_LIMIT_NONE ? " limit, status " : "status ",
			rec.signal ? 128 + rec.signal : rec.exit_code, *line ? ": " : "", line);
		goto out;
	}
	if (prog_reference(p, in_tmp, ans_tmp, cache_dir, err) < 0)
		goto out;
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
