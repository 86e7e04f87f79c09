/* util: error buffers, memory, files and paths shared by every judge module. */
#ifndef JUDGE_UTIL_H
#define JUDGE_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Every library function reports failure as -1 and a message in an error
 * buffer of this size; only main prints. */
#define ERR_LEN 1024

/* Fill err with a formatted message; returns -1 so callers can
 * `return err_set(err, "...")`. */
int err_set(char *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Same, with ": strerror(errno)" appended. */
int err_sys(char *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A file's contents. Large files are mapped read-only; `data` is always
 * readable for `len` bytes (NULL when len == 0). */
struct filebuf {
	const char *data;
	size_t len;
	bool mapped;
};
int file_load(const char *path, struct filebuf *fb, char *err);
void file_release(struct filebuf *fb);
/* Read at most max bytes of a file into a NUL-terminated string. */
char *file_head(const char *path, size_t max, size_t *len_out);
/* The first line of a file (at most 300 bytes), for messages; "" if none. */
char *file_first_line(const char *path);
int file_write(const char *path, const void *data, size_t len, char *err);
/* rename(), or a copy (with the mode) and an unlink when the two paths are
 * on different file systems. */
int file_move(const char *from, const char *to, char *err);
/* Copy a file, giving the copy exactly `mode`. */
int file_copy(const char *from, const char *to, mode_t mode, char *err);
bool file_exists(const char *path);
bool dir_exists(const char *path);

/* Remove a directory tree; does not follow symbolic links. */
int rm_tree(const char *path);
/* mkdir -p */
int mkdir_p(const char *path, char *err);
/* mkdir -p with `mode` for the directories it makes, and the last one
 * given `mode` if it is the caller's (the cache: 0700, the judge's user's
 * only). */
int mkdir_mode(const char *path, mode_t mode, char *err);

/* Sorted (byte order) names of the entries of a directory, without . and ..;
 * returns the count or -1. */
int dir_list(const char *dir, char ***names, char *err);
void strv_free(char **v, int n);

bool str_ends_with(const char *s, const char *suffix);

char *path_join(const char *a, const char *b);
/* The absolute form of a path, normalised lexically ("." and ".." resolved
 * without following symbolic links). */
char *path_absolute(const char *path);
/* Directory containing the running executable. */
const char *exe_dir(void);
/* The project root: $JUDGE_ROOT, or the directory above bin/ when the judge
 * runs from its build tree, or the root compiled in. */
const char *judge_root(void);

double now_seconds(void);

/* 128-bit FNV-1a, as 32 hex digits, over a list of buffers; used as a cache
 * key (the cache also stores and compares what it keys). */
struct hash128 { uint64_t h[2]; };
void hash_init(struct hash128 *h);
void hash_update(struct hash128 *h, const void *data, size_t len);
void hash_hex(const struct hash128 *h, char out[33]);

#endif
