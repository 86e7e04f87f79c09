/* compile: turn a program's source files into something runnable, with the
 * command of its language, under limits; cached by sources, command and
 * compiler version. */
#define _GNU_SOURCE
#include "compile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

#define MAX_SOURCES 256

const char *compile_compiler_version(const struct lang *l, char *err)
{
	static char *versions[8];
	const struct lang *const *all;
	int n = lang_all(&all), i = 0;
	while (i < n && all[i] != l)
		i++;
	if (i < n && versions[i])
		return versions[i];
	char *out = run_session_path("cc-version");
	const char *argv[] = { l->compile[0], "--version", NULL };
	struct run_spec spec = RUN_SPEC_INIT;
	struct run_record rec;
	spec.path = l->compiler;
	spec.argv = argv;
	spec.stdout_path = out;
	spec.profile = RUN_TRUSTED;
	spec.wall_limit = 10;
	char *version = NULL;
	if (run_program(&spec, &rec, err) == 0) {
		if (rec.exit_code != 0)
			err_set(err, "'%s --version' failed: is %s installed?", l->compiler, l->name);
		else
			version = file_head(out, 512, NULL);
	}
	unlink(out);
	free(out);
	if (!version)
		return NULL;
	version[strcspn(version, "\n")] = 0;
	if (i < n && i < (int)(sizeof versions / sizeof *versions))
		versions[i] = version;
	return version;
}

/* A file name safe to show in diagnostics and to pass to the compiler: the
 * source's own base name with anything unusual replaced. */
static char *safe_name(const char *source)
{
	const char *base = strrchr(source, '/');
	base = base ? base + 1 : source;
	char *name = xstrdup(*base && *base != '.' ? base : "solution");
	for (char *s = name; *s; s++)
		if (!(('a' <= *s && *s <= 'z') || ('A' <= *s && *s <= 'Z') ||
		      ('0' <= *s && *s <= '9') || *s == '-' || *s == '_' || *s == '.'))
			*s = '_';
	return name;
}

/* A root judge reads sources for people who may not read what it can: a
 * symbolic link planted in a submission must not carry a root-only file
 * into a compile error. Refuse a path that goes through a symbolic link to
 * a file others may not read. */
static int load_source(const char *path, struct filebuf *fb, char *err)
{
	if (geteuid() == 0) {
		char *real = realpath(path, NULL), *plain = path_absolute(path);
		struct stat st;
		bool refuse = real && strcmp(real, plain) && stat(real, &st) == 0 &&
			      !(st.st_mode & S_IROTH);
		if (refuse)
			err_set(err, "refusing to read '%s' as root: it leads through a symbolic link "
				"to '%s', which only its owner may read", path, real);
		free(real);
		free(plain);
		if (refuse)
			return -1;
	}
	return file_load(path, fb, err);
}

static bool same_file(const char *path, const struct filebuf *src)
{
	struct filebuf fb;
	if (file_load(path, &fb, NULL) < 0)
		return false;
	bool same = fb.len == src->len && (fb.len == 0 || !memcmp(fb.data, src->data, fb.len));
	file_release(&fb);
	return same;
}

/* The program being compiled: its sources, read once, and where they go. */
struct unit {
	const struct lang *lang;
	int n;
	struct filebuf src[MAX_SOURCES];
	char *name[MAX_SOURCES];    /* safe base names */
	char **argv;                /* the compile command */
	char *entry;                /* the cache entry's directory */
};

static void unit_free(struct unit *u)
{
	for (int i = 0; i < u->n; i++) {
		file_release(&u->src[i]);
		free(u->name[i]);
	}
	lang_argv_free(u->argv);
	free(u->entry);
}

static int unit_load(struct unit *u, const char *const *sources, int n, const char *cache_dir,
		     char *err)
{
	memset(u, 0, sizeof *u);
	if (n < 1 || n > MAX_SOURCES)
		return err_set(err, "a program has 1 to %d source files, not %d", MAX_SOURCES, n);
	u->lang = lang_of_file(sources[0]);
	if (!u->lang)
		return err_set(err, "'%s': unknown language (known extensions: %s)", sources[0],
			       lang_extensions());
	for (; u->n < n; u->n++) {
		int i = u->n;
		if (load_source(sources[i], &u->src[i], err) < 0)
			return -1;
		u->name[i] = safe_name(sources[i]);
		for (int j = 0; j < i; j++)
			if (!strcmp(u->name[i], u->name[j])) {
				u->n++;
				return err_set(err, "two sources named '%s'", u->name[i]);
			}
	}
	const char *version = compile_compiler_version(u->lang, err);
	if (!version)
		return -1;
	u->argv = lang_compile_argv(u->lang, (const char *const *)u->name, n);
	/* The key: what the compiler is, what it is told, and what it reads. */
	struct hash128 h;
	char hex[33];
	hash_init(&h);
	hash_update(&h, version, strlen(version) + 1);
	for (char **a = u->argv; *a; a++)
		hash_update(&h, *a, strlen(*a) + 1);
	for (int i = 0; i < n; i++) {
		char len[32];
		snprintf(len, sizeof len, "%zu", u->src[i].len);
		hash_update(&h, u->name[i], strlen(u->name[i]) + 1);
		hash_update(&h, len, strlen(len) + 1);
		hash_update(&h, u->src[i].data, u->src[i].len);
	}
	hash_hex(&h, hex);
	u->entry = xasprintf("%s/bin/%s", cache_dir, hex);
	return 0;
}

/* An entry is usable when it holds exactly these sources (compared, not
 * trusted by the key) and, for compiled languages, an executable. */
static bool entry_matches(const struct unit *u, const char *entry)
{
	if (!u->lang->interpreted) {
		char *prog = path_join(entry, "prog");
		bool ok = file_exists(prog);
		free(prog);
		if (!ok)
			return false;
	}
	for (int i = 0; i < u->n; i++) {
		char *rel = xasprintf("src/%s", u->name[i]);
		char *path = path_join(entry, rel);
		bool same = same_file(path, &u->src[i]);
		free(path);
		free(rel);
		if (!same)
			return false;
	}
	return true;
}

static void fill_paths(struct compile_result *r, const struct unit *u, const char *dir,
		       bool stored)
{
	if (!u->lang->interpreted) {
		r->binary = path_join(dir, "prog");
		return;
	}
	char *rel = xasprintf("%s%s", stored ? "src/" : "", u->name[0]);
	r->main = path_join(dir, rel);
	free(rel);
}

/* Store a fresh build in the cache: build the entry under a private name and
 * rename it into place, so a reader never sees half an entry. An entry that
 * holds other sources under this key (tampered with, or left half-written
 * by a crash) is replaced. Only the judge's user may read the cache: its
 * directories are 0700, its files 0600 (executables 0711). */
static void cache_store(const struct unit *u, const char *dir)
{
	char *tmp = xasprintf("%s.tmp-%d", u->entry, (int)getpid());
	char *src = path_join(tmp, "src");
	int ok = mkdir(tmp, 0700) == 0 && mkdir(src, 0700) == 0;
	for (int i = 0; ok && i < u->n; i++) {
		char *path = path_join(src, u->name[i]);
		ok = file_write(path, u->src[i].data, u->src[i].len, NULL) == 0 &&
		     chmod(path, 0600) == 0;
		free(path);
	}
	if (ok && !u->lang->interpreted) {
		char *from = path_join(dir, "prog"), *to = path_join(tmp, "prog");
		/* Execute-only for others: a root judge's submissions run as
		 * nobody, who may run the program but not read it. */
		ok = file_copy(from, to, 0711, NULL) == 0;
		free(from);
		free(to);
	}
	if (ok && rename(tmp, u->entry) < 0 && (errno == ENOTEMPTY || errno == EEXIST) &&
	    !entry_matches(u, u->entry)) {
		rm_tree(u->entry);
		if (rename(tmp, u->entry) < 0)
			ok = 0;
	}
	rm_tree(tmp);
	free(src);
	free(tmp);
}

static int run_compiler(const struct unit *u, const char *dir, const struct compile_limits *lim,
			struct compile_result *r, char *err)
{
	char *log_path = xasprintf("%s.log", dir);
	struct run_spec spec = RUN_SPEC_INIT;
	struct run_record rec;
	spec.path = u->lang->compiler;
	spec.argv = (const char *const *)u->argv;
	spec.stdout_path = spec.stderr_path = log_path;
	spec.workdir = dir;
	spec.cpu_limit = lim->seconds;
	spec.wall_limit = lim->seconds;
	spec.address_limit = lim->memory_bytes;
	spec.output_limit = COMPILE_OUTPUT_LIMIT;
	spec.profile = RUN_COMPILER;
	int rc = run_program(&spec, &rec, err);
	if (rc == 0) {
		r->seconds = rec.wall_ms / 1e3;
		r->log = file_head(log_path, COMPILE_LOG_MAX, NULL);
		if (rec.limit == RUN_LIMIT_CPU || rec.limit == RUN_LIMIT_WALL)
			r->reason = xasprintf("compilation took over the limit of %g s", lim->seconds);
		else if (rec.limit == RUN_LIMIT_OUTPUT)
			r->reason = xstrdup("compiler output over the limit of 64 MiB");
		else if (rec.signal)
			r->reason = xasprintf("the compiler was killed by signal %d (out of memory?)",
					      rec.signal);
		char *prog = path_join(dir, "prog");
		r->ok = !r->reason && rec.exit_code == 0 && (u->lang->interpreted || file_exists(prog));
		free(prog);
	}
	unlink(log_path);
	free(log_path);
	return rc;
}

int compile_sources(const char *const *sources, int nsources, const struct compile_limits *lim,
		    const char *cache_dir, struct compile_result *r, char *err)
{
	memset(r, 0, sizeof *r);
	struct unit u;
	int rc = unit_load(&u, sources, nsources, cache_dir, err);
	if (rc < 0) {
		unit_free(&u);
		return -1;
	}
	r->lang = u.lang;
	r->command = lang_command_line(u.argv);
	if (entry_matches(&u, u.entry)) {
		r->ok = r->cached = true;
		r->log = xstrdup("");
		fill_paths(r, &u, u.entry, true);
		unit_free(&u);
		return 0;
	}
	char *dir = run_session_path("compile");
	if (mkdir(dir, 0700) < 0)
		rc = err_sys(err, "cannot create '%s'", dir);
	for (int i = 0; rc == 0 && i < u.n; i++) {
		char *path = path_join(dir, u.name[i]);
		rc = file_write(path, u.src[i].data, u.src[i].len, err);
		free(path);
	}
	if (rc == 0)
		rc = mkdir_mode(cache_dir, 0700, err);
	if (rc == 0) {
		char *bin = path_join(cache_dir, "bin");
		rc = mkdir_mode(bin, 0700, err);
		free(bin);
	}
	if (rc == 0)
		rc = run_compiler(&u, dir, lim, r, err);
	bool keep = false;
	if (rc == 0 && r->ok) {
		cache_store(&u, dir);
		/* What runs is what was just compiled from these sources: the
		 * stored entry only when it compares equal, else the fresh build
		 * (kept until the session ends). */
		keep = !entry_matches(&u, u.entry);
		fill_paths(r, &u, keep ? dir : u.entry, !keep);
	}
	if (!keep)
		rm_tree(dir);
	free(dir);
	unit_free(&u);
	return rc;
}

int compile_file(const char *source, const struct compile_limits *lim, const char *cache_dir,
		 struct compile_result *r, char *err)
{
	return compile_sources(&source, 1, lim, cache_dir, r, err);
}

void compile_result_free(struct compile_result *r)
{
	free(r->binary);
	free(r->main);
	free(r->log);
	free(r->command);
	free(r->reason);
	memset(r, 0, sizeof *r);
}

void compile_exec(const struct compile_result *r, const char *name, struct run_spec *spec,
		  char ***argv_out)
{
	char **argv;
	if (r->lang && r->lang->interpreted) {
		argv = lang_run_argv(r->lang, NULL, r->main);
		spec->path = argv[0];
	} else {
		argv = xcalloc(2, sizeof *argv);
		argv[0] = xstrdup(name);
		spec->path = r->binary;
	}
	spec->argv = (const char *const *)argv;
	*argv_out = argv;
}

void compile_first_error(const struct compile_result *r, char *buf, size_t n)
{
	const char *text = r->reason ? r->reason : r->log ? r->log : "";
	const char *line = strstr(text, "error");
	while (line && line > text && line[-1] != '\n')
		line--;
	snprintf(buf, n, "%s", line ? line : text);
	buf[strcspn(buf, "\n")] = 0;
	if (!*buf)
		snprintf(buf, n, "compilation failed");
}
