/* util: error buffers, memory, files and paths shared by every judge module. */
#define _GNU_SOURCE
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef JUDGE_DEFAULT_ROOT
#define JUDGE_DEFAULT_ROOT "."
#endif

int err_set(char *err, const char *fmt, ...)
{
	va_list ap;
	if (err) {
		va_start(ap, fmt);
		vsnprintf(err, ERR_LEN, fmt, ap);
		va_end(ap);
	}
	return -1;
}

int err_sys(char *err, const char *fmt, ...)
{
	int e = errno;
	va_list ap;
	if (err) {
		va_start(ap, fmt);
		int n = vsnprintf(err, ERR_LEN, fmt, ap);
		va_end(ap);
		if (n >= 0 && n < ERR_LEN)
			snprintf(err + n, ERR_LEN - n, ": %s", strerror(e));
	}
	errno = e;
	return -1;
}

static void oom(void)
{
	static const char msg[] = "judge: out of memory\n";
	if (write(2, msg, sizeof msg - 1) < 0) {
		/* nothing left to do */
	}
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		oom();
	return p;
}

char *xstrdup(const char *s)
{
	char *p = strdup(s);
	if (!p)
		oom();
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;
	va_start(ap, fmt);
	int n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0)
		oom();
	return s;
}

/* Files below this size are read; larger ones are mapped, which keeps the
 * judge's own resident memory small when it compares large outputs. */
#define MAP_THRESHOLD (1u << 16)

int file_load(const char *path, struct filebuf *fb, char *err)
{
	struct stat st;
	fb->data = NULL;
	fb->len = 0;
	fb->mapped = false;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return err_sys(err, "cannot open '%s'", path);
	if (fstat(fd, &st) < 0) {
		err_sys(err, "cannot stat '%s'", path);
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return err_set(err, "'%s' is not a regular file", path);
	}
	size_t len = (size_t)st.st_size;
	if (len == 0) {
		close(fd);
		return 0;
	}
	if (len >= MAP_THRESHOLD) {
		void *p = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
		close(fd);
		if (p == MAP_FAILED)
			return err_sys(err, "cannot map '%s'", path);
		fb->data = p;
		fb->len = len;
		fb->mapped = true;
		return 0;
	}
	char *buf = xmalloc(len);
	size_t got = 0;
	while (got < len) {
		ssize_t r = read(fd, buf + got, len - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			err_sys(err, "cannot read '%s'", path);
			free(buf);
			close(fd);
			return -1;
		}
		got += (size_t)r;
	}
	close(fd);
	fb->data = buf;
	fb->len = len;
	return 0;
}

void file_release(struct filebuf *fb)
{
	if (fb->data) {
		if (fb->mapped)
			munmap((void *)fb->data, fb->len);
		else
			free((void *)fb->data);
	}
	fb->data = NULL;
	fb->len = 0;
	fb->mapped = false;
}

char *file_head(const char *path, size_t max, size_t *len_out)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	char *buf = xmalloc(max + 1);
	size_t got = 0;
	if (fd >= 0) {
		while (got < max) {
			ssize_t r = read(fd, buf + got, max - got);
			if (r < 0 && errno == EINTR)
				continue;
			if (r <= 0)
				break;
			got += (size_t)r;
		}
		close(fd);
	}
	buf[got] = 0;
	if (len_out)
		*len_out = got;
	return buf;
}

char *file_first_line(const char *path)
{
	char *s = file_head(path, 300, NULL);
	s[strcspn(s, "\n")] = 0;
	return s;
}

int file_write(const char *path, const void *data, size_t len, char *err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return err_sys(err, "cannot create '%s'", path);
	const char *p = data;
	while (len > 0) {
		ssize_t w = write(fd, p, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0) {
			err_sys(err, "cannot write '%s'", path);
			close(fd);
			return -1;
		}
		p += w;
		len -= (size_t)w;
	}
	if (close(fd) < 0)
		return err_sys(err, "cannot write '%s'", path);
	return 0;
}

int file_copy(const char *from, const char *to, mode_t mode, char *err)
{
	int in = open(from, O_RDONLY | O_CLOEXEC);
	if (in < 0)
		return err_sys(err, "cannot read '%s'", from);
	int out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
	if (out < 0) {
		close(in);
		return err_sys(err, "cannot create '%s'", to);
	}
	char buf[1 << 16];
	ssize_t n;
	int rc = 0;
	while ((n = read(in, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
		if (n > 0 && write(out, buf, (size_t)n) != n) {
			rc = err_sys(err, "cannot write '%s'", to);
			break;
		}
	if (n < 0 && rc == 0)
		rc = err_sys(err, "cannot read '%s'", from);
	close(in);
	if (close(out) < 0 && rc == 0)
		rc = err_sys(err, "cannot write '%s'", to);
	/* open() applies the umask; the mode asked for is the mode wanted */
	if (rc == 0 && chmod(to, mode) < 0)
		rc = err_sys(err, "cannot set the mode of '%s'", to);
	if (rc < 0)
		unlink(to);
	return rc;
}

int file_move(const char *from, const char *to, char *err)
{
	if (rename(from, to) == 0)
		return 0;
	if (errno != EXDEV)
		return err_sys(err, "cannot move '%s' to '%s'", from, to);
	struct stat st;
	if (stat(from, &st) < 0)
		return err_sys(err, "cannot read '%s'", from);
	if (file_copy(from, to, st.st_mode & 07777, err) < 0)
		return -1;
	unlink(from);
	return 0;
}

bool file_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool dir_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int rm_at(int dirfd, const char *name, int depth)
{
	/* Mostly an empty directory: one call. */
	if (unlinkat(dirfd, name, AT_REMOVEDIR) == 0 || errno == ENOENT)
		return 0;
	if (errno == ENOTDIR)
		return unlinkat(dirfd, name, 0) == 0 || errno == ENOENT ? 0 : -1;
	if (depth > 256)
		return -1;
	/* A submission may leave a directory without permissions: restore them
	 * before descending. */
	fchmodat(dirfd, name, 0700, AT_SYMLINK_NOFOLLOW);
	int fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return -1;
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return -1;
	}
	struct dirent *e;
	int rc = 0;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (rm_at(fd, e->d_name, depth + 1) < 0)
			rc = -1;
	}
	closedir(d);
	if (unlinkat(dirfd, name, AT_REMOVEDIR) < 0 && errno != ENOENT)
		rc = -1;
	return rc;
}

int rm_tree(const char *path)
{
	return rm_at(AT_FDCWD, path, 0);
}

static int mkdir_with(const char *path, mode_t mode, char *err)
{
	char *p = xstrdup(path);
	int rc = 0;
	for (char *s = p + 1;; s++) {
		if (*s && *s != '/')
			continue;
		char c = *s;
		*s = 0;
		if (mkdir(p, mode) < 0 && errno != EEXIST) {
			rc = err_sys(err, "cannot create directory '%s'", p);
			break;
		}
		*s = c;
		if (!c)
			break;
	}
	free(p);
	return rc;
}

int mkdir_p(const char *path, char *err)
{
	return mkdir_with(path, 0755, err);
}

int mkdir_mode(const char *path, mode_t mode, char *err)
{
	if (mkdir_with(path, mode, err) < 0)
		return -1;
	/* Made by an older judge, or before the mode mattered: tighten it when
	 * it is ours. */
	struct stat st;
	if (stat(path, &st) == 0 && st.st_uid == geteuid() && (st.st_mode & 07777) != mode &&
	    chmod(path, mode) < 0)
		return err_sys(err, "cannot set the mode of '%s'", path);
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int dir_list(const char *dir, char ***names, char *err)
{
	DIR *d = opendir(dir);
	*names = NULL;
	if (!d)
		return err_sys(err, "cannot open directory '%s'", dir);
	int n = 0, cap = 0;
	char **v = NULL;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			v = xrealloc(v, cap * sizeof *v);
		}
		v[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (n)
		qsort(v, n, sizeof *v, cmp_str);
	*names = v;
	return n;
}

void strv_free(char **v, int n)
{
	for (int i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

bool str_ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && !strcmp(s + a - b, suffix);
}

char *path_join(const char *a, const char *b)
{
	if (b[0] == '/')
		return xstrdup(b);
	size_t la = strlen(a);
	if (la && a[la - 1] == '/')
		return xasprintf("%s%s", a, b);
	return xasprintf("%s/%s", a, b);
}

char *path_absolute(const char *path)
{
	char cwd[4096];
	char *abs = path[0] == '/' ? xstrdup(path)
		    : path_join(getcwd(cwd, sizeof cwd) ? cwd : "/", path);
	/* Lexically: drop "." and empty components, let ".." remove one. */
	char *out = xmalloc(strlen(abs) + 2), *o = out;
	for (char *s = abs, *next; *s; s = next) {
		while (*s == '/')
			s++;
		next = s + strcspn(s, "/");
		size_t len = (size_t)(next - s);
		if (len == 0 || (len == 1 && s[0] == '.'))
			continue;
		if (len == 2 && s[0] == '.' && s[1] == '.') {
			while (o > out && *--o != '/')
				;
			continue;
		}
		*o++ = '/';
		memcpy(o, s, len);
		o += len;
	}
	if (o == out)
		*o++ = '/';
	*o = 0;
	free(abs);
	return out;
}

const char *exe_dir(void)
{
	static char dir[4096];
	if (!dir[0]) {
		ssize_t n = readlink("/proc/self/exe", dir, sizeof dir - 1);
		if (n <= 0) {
			strcpy(dir, ".");
		} else {
			dir[n] = 0;
			char *slash = strrchr(dir, '/');
			if (slash && slash != dir)
				*slash = 0;
		}
	}
	return dir;
}

const char *judge_root(void)
{
	static char *root;
	if (root)
		return root;
	const char *env = getenv("JUDGE_ROOT");
	if (env && *env) {
		root = xstrdup(env);
		return root;
	}
	char *spawner = path_join(exe_dir(), "judge-spawner");
	bool in_bin = file_exists(spawner);
	free(spawner);
	if (in_bin) {
		char *r = path_join(exe_dir(), "..");
		root = realpath(r, NULL);
		free(r);
		if (root)
			return root;
	}
	root = xstrdup(JUDGE_DEFAULT_ROOT);
	return root;
}

double now_seconds(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

void hash_init(struct hash128 *h)
{
	h->h[0] = 0xcbf29ce484222325ull;
	h->h[1] = 0x84222325cbf29ce4ull;
}

void hash_update(struct hash128 *h, const void *data, size_t len)
{
	const unsigned char *p = data;
	uint64_t a = h->h[0], b = h->h[1];
	for (size_t i = 0; i < len; i++) {
		a = (a ^ p[i]) * 0x100000001b3ull;
		b = (b ^ p[i]) * 0x100000001b3ull;
		b ^= b >> 29;
	}
	/* Length separates (ab, c) from (a, bc). */
	uint64_t l = len;
	for (int i = 0; i < 8; i++) {
		a = (a ^ (l & 0xff)) * 0x100000001b3ull;
		l >>= 8;
	}
	h->h[0] = a;
	h->h[1] = b;
}

void hash_hex(const struct hash128 *h, char out[33])
{
	snprintf(out, 33, "%016llx%016llx", (unsigned long long)h->h[0],
		 (unsigned long long)h->h[1]);
}
