/* compile: turn one C file into an executable, under time, memory and
 * diagnostics limits, cached by source, flags and compiler version. */
#define _GNU_SOURCE
#include "compile.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

const char *compile_compiler_version(char *err)
{
	static char *version;
	if (version)
		return version;
	char *out = run_session_path("cc-version");
	const char *argv[] = { COMPILE_CC, "--version", NULL };
	struct run_spec spec = RUN_SPEC_INIT;
	struct run_record rec;
	spec.path = "/usr/bin/" COMPILE_CC;
	spec.argv = argv;
	spec.stdout_path = out;
	spec.profile = RUN_TRUSTED;
	spec.wall_limit = 10;
	if (run_program(&spec, &rec, err) < 0) {
		free(out);
		return NULL;
	}
	if (rec.exit_code != 0) {
		err_set(err, "'%s --version' failed: is gcc installed?", COMPILE_CC);
		free(out);
		return NULL;
	}
	version = file_head(out, 512, NULL);
	version[strcspn(version, "\n")] = 0;
	unlink(out);
	free(out);
	return version;
}

/* A file name safe to show in diagnostics: the source's own base name. */
static char *source_name(const char *source)
{
	const char *base = strrchr(source, '/');
	base = base ? base + 1 : source;
	char *name = xstrdup(*base ? base : "solution.c");
	for (char *s = name; *s; s++)
		if (!(('a' <= *s && *s <= 'z') || ('A' <= *s && *s <= 'Z') ||
		      ('0' <= *s && *s <= '9') || *s == '-' || *s == '_' || *s == '.'))
			*s = '_';
	size_t n = strlen(name);
	if (n < 2 || strcmp(name + n - 2, ".c")) {
		char *c = xasprintf("%s.c", name);
		free(name);
		name = c;
	}
	return name;
}

static bool same_contents(const char *path, const struct filebuf *src)
{
	struct filebuf fb;
	if (file_load(path, &fb, NULL) < 0)
		return false;
	bool same = fb.len == src->len && (fb.len == 0 || !memcmp(fb.data, src->data, fb.len));
	file_release(&fb);
	return same;
}

/* Move a fresh executable into the cache: build the entry under a private
 * name and rename it into place, so a reader never sees half an entry. */
static void cache_store(const char *entry, const char *prog, const struct filebuf *src)
{
	char *tmp = xasprintf("%s.tmp-%d", entry, (int)getpid());
	char *p = path_join(tmp, "prog"), *s = path_join(tmp, "source.c");
	rm_tree(tmp);
	if (mkdir_p(tmp, NULL) == 0 && file_write(s, src->data, src->len, NULL) == 0 &&
	    file_move(prog, p, NULL) == 0 && rename(tmp, entry) < 0)
		rm_tree(tmp); /* another judge stored it first */
	rm_tree(tmp);
	free(p);
	free(s);
	free(tmp);
}

int compile_c(const char *source, const struct compile_limits *lim, const char *cache_dir,
	      struct compile_result *r, char *err)
{
	memset(r, 0, sizeof *r);
	struct filebuf src;
	if (file_load(source, &src, err) < 0)
		return -1;
	const char *version = compile_compiler_version(err);
	if (!version) {
		file_release(&src);
		return -1;
	}
	char *name = source_name(source);
	r->command = xasprintf(COMPILE_CC " " COMPILE_FLAGS " -o prog %s " COMPILE_LIBS, name);

	struct hash128 h;
	char hex[33];
	hash_init(&h);
	hash_update(&h, version, strlen(version));
	hash_update(&h, r->command, strlen(r->command));
	hash_update(&h, src.data, src.len);
	hash_hex(&h, hex);
	char *entry = xasprintf("%s/bin/%s", cache_dir, hex);
	char *cached_prog = path_join(entry, "prog"), *cached_src = path_join(entry, "source.c");
	int rc = 0;
	if (file_exists(cached_prog) && same_contents(cached_src, &src)) {
		r->ok = r->cached = true;
		r->binary = cached_prog;
		r->log = xstrdup("");
		goto done;
	}

	char *dir = run_session_path("compile");
	char *src_path = path_join(dir, name), *log_path = xasprintf("%s.log", dir);
	char *prog = path_join(dir, "prog");
	if (mkdir(dir, 0700) < 0) {
		rc = err_sys(err, "cannot create '%s'", dir);
		goto cleanup;
	}
	if (file_write(src_path, src.data, src.len, err) < 0 || mkdir_p(cache_dir, err) < 0) {
		rc = -1;
		goto cleanup;
	}
	const char *argv[] = { COMPILE_CC, "-std=gnu17", "-O2", "-pipe", "-static",
			       "-fmax-errors=20", "-DONLINE_JUDGE", "-o", "prog", name,
			       COMPILE_LIBS, NULL };
	struct run_spec spec = RUN_SPEC_INIT;
	struct run_record rec;
	spec.path = "/usr/bin/" COMPILE_CC;
	spec.argv = argv;
	spec.stdout_path = spec.stderr_path = log_path;
	spec.workdir = dir;
	spec.cpu_limit = lim->seconds;
	spec.wall_limit = lim->seconds;
	spec.address_limit = lim->memory_bytes;
	spec.output_limit = COMPILE_OUTPUT_LIMIT;
	spec.profile = RUN_COMPILER;
	if (run_program(&spec, &rec, err) < 0) {
		rc = -1;
		goto cleanup;
	}
	r->seconds = rec.wall_ms / 1e3;
	r->log = file_head(log_path, COMPILE_LOG_MAX, NULL);
	if (rec.limit == RUN_LIMIT_CPU || rec.limit == RUN_LIMIT_WALL)
		r->reason = xasprintf("compilation took over the limit of %g s", lim->seconds);
	else if (rec.limit == RUN_LIMIT_OUTPUT)
		r->reason = xstrdup("compiler output over the limit of 64 MiB");
	else if (rec.signal)
		r->reason = xasprintf("the compiler was killed by signal %d (out of memory?)", rec.signal);
	r->ok = !r->reason && rec.exit_code == 0 && file_exists(prog);
	if (r->ok) {
		cache_store(entry, prog, &src);
		r->binary = file_exists(cached_prog) ? xstrdup(cached_prog) : xstrdup(prog);
	}
	if (!r->ok || file_exists(cached_prog))
		rm_tree(dir);
cleanup:
	free(src_path);
	free(log_path);
	free(prog);
	free(dir);
	free(cached_prog);
done:
	free(cached_src);
	free(entry);
	free(name);
	file_release(&src);
	return rc;
}

void compile_result_free(struct compile_result *r)
{
	free(r->binary);
	free(r->log);
	free(r->command);
	free(r->reason);
	memset(r, 0, sizeof *r);
}
