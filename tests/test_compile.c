/* Tests of compiling: the language table, the command derived from it, the
 * cache (its key, its permissions, a stale entry), and what a root judge
 * refuses to read. */
#include <criterion/criterion.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compile.h"
#include "lang.h"
#include "testing.h"
#include "util.h"

static char *cache, *scratch;
static const struct compile_limits lim = { 10, 2048ull << 20 };

static void setup(void)
{
	cache = test_scratch("compile-cache");
	scratch = test_scratch("compile-src");
	chmod(scratch, 0755);
}

static void teardown(void)
{
	run_shutdown();
	rm_tree(cache);
	rm_tree(scratch);
	free(cache);
	free(scratch);
}

TestSuite(compile, .init = setup, .fini = teardown, .timeout = 60);

static char *source(const char *name, const char *text)
{
	char *path = path_join(scratch, name);
	cr_assert_eq(file_write(path, text, strlen(text), NULL), 0);
	return path;
}

/* Run an executable made by compile_* and return the first line it prints. */
static char *run_it(const struct compile_result *r)
{
	char err[ERR_LEN], **argv;
	struct run_spec spec = RUN_SPEC_INIT;
	struct run_record rec;
	char *out = path_join(scratch, "out.txt");
	compile_exec(r, "prog", &spec, &argv);
	spec.stdout_path = out;
	spec.cpu_limit = 5;
	spec.wall_limit = 10;
	cr_assert_eq(run_program(&spec, &rec, err), 0, "%s", err);
	cr_assert_eq(rec.exit_code, 0);
	char *line = file_first_line(out);
	lang_argv_free(argv);
	free(out);
	return line;
}

static const char hello_c[] = "#include <stdio.h>\nint main(void) { puts(\"hello from C\"); }\n";

Test(compile, languages_are_found_by_extension_and_by_kattis_code)
{
	cr_assert_str_eq(lang_of_file("a/b/sol.c")->id, "c");
	cr_assert_str_eq(lang_of_file("sol.cpp")->id, "cpp");
	cr_assert_str_eq(lang_of_file("sol.cc")->id, "cpp");
	cr_assert_str_eq(lang_of_file("x.dir/sol.py")->id, "python3");
	cr_assert_null(lang_of_file("sol.java"));
	cr_assert_null(lang_of_file("a.c/Makefile"));
	cr_assert_str_eq(lang_by_id("c++")->id, "cpp");
	cr_assert_str_eq(lang_by_id("Python")->id, "python3");
	cr_assert_null(lang_by_id("cobol"));
}

Test(compile, the_command_shown_is_the_argument_vector_that_runs)
{
	char *src = source("hello.c", hello_c), err[ERR_LEN];
	struct compile_result r;
	cr_assert_eq(compile_file(src, &lim, cache, &r, err), 0, "%s", err);
	cr_assert(r.ok, "%s", r.log);
	const char *files[] = { "hello.c" };
	char **argv = lang_compile_argv(lang_by_id("c"), files, 1);
	char *shown = lang_command_line(argv);
	cr_assert_str_eq(r.command, shown);
	cr_assert_str_eq(r.command, "gcc -std=gnu17 -O2 -pipe -static -fmax-errors=20 -DONLINE_JUDGE "
				    "-o prog hello.c -lm");
	free(shown);
	lang_argv_free(argv);
	compile_result_free(&r);
	free(src);
}

Test(compile, command_lines_quote_what_the_shell_would_split)
{
	char *argv[] = { "gcc", "a b.c", "it's", "-DX=1", NULL };
	char *line = lang_command_line(argv);
	cr_assert_str_eq(line, "gcc 'a b.c' 'it'\\''s' -DX=1");
	free(line);
}

Test(compile, cpp_compiles_with_gnu20_and_runs)
{
	char *src = source("hello.cpp", "#include <iostream>\n#include <span>\n"
				       "int main() { int a[2] = {4, 2}; std::span<int> s(a);\n"
				       "  std::cout << \"C++ \" << s.size() << \"\\n\"; }\n");
	char err[ERR_LEN];
	struct compile_result r;
	cr_assert_eq(compile_file(src, &lim, cache, &r, err), 0, "%s", err);
	cr_assert(r.ok, "%s", r.log);
	cr_assert(strstr(r.command, "g++ -std=gnu++20 -O2"), "%s", r.command);
	char *line = run_it(&r);
	cr_assert_str_eq(line, "C++ 2");
	free(line);
	compile_result_free(&r);
	free(src);
}

Test(compile, a_python_syntax_error_is_a_compile_error)
{
	char *bad = source("bad.py", "print('unclosed'\n"), *good = source("good.py", "print(6 * 7)\n");
	char err[ERR_LEN];
	struct compile_result r;
	cr_assert_eq(compile_file(bad, &lim, cache, &r, err), 0, "%s", err);
	cr_assert_not(r.ok);
	cr_assert(strstr(r.log, "SyntaxError") || strstr(r.log, "never closed"), "%s", r.log);
	compile_result_free(&r);
	cr_assert_eq(compile_file(good, &lim, cache, &r, err), 0, "%s", err);
	cr_assert(r.ok, "%s", r.log);
	cr_assert_null(r.binary);
	cr_assert(r.main && file_exists(r.main));
	compile_result_free(&r);
	free(bad);
	free(good);
}

Test(compile, identical_sources_are_compiled_once_and_the_cache_is_private)
{
	char *src = source("hello.c", hello_c), err[ERR_LEN];
	struct compile_result a, b;
	cr_assert_eq(compile_file(src, &lim, cache, &a, err), 0, "%s", err);
	cr_assert(a.ok && !a.cached);
	cr_assert_eq(compile_file(src, &lim, cache, &b, err), 0, "%s", err);
	cr_assert(b.ok && b.cached);
	cr_assert_str_eq(a.binary, b.binary);
	struct stat st;
	cr_assert_eq(stat(cache, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0700, "cache %o", st.st_mode & 0777);
	char *dir = xstrdup(b.binary);
	*strrchr(dir, '/') = 0;
	cr_assert_eq(stat(dir, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0700, "entry %o", st.st_mode & 0777);
	cr_assert_eq(stat(b.binary, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0711, "executable %o", st.st_mode & 0777);
	char *stored = path_join(dir, "src/hello.c");
	cr_assert_eq(stat(stored, &st), 0);
	cr_assert_eq(st.st_mode & 0777, 0600, "source %o", st.st_mode & 0777);
	free(stored);
	free(dir);
	compile_result_free(&a);
	compile_result_free(&b);
	free(src);
}

/* An entry under this source's key that holds another source and another
 * program (tampered with, or a collision) is never run. */
Test(compile, a_stale_cache_entry_is_replaced_and_never_run)
{
	char *src = source("hello.c", hello_c), err[ERR_LEN];
	char *other = source("other.c", "#include <stdio.h>\nint main(void) { puts(\"stale\"); }\n");
	struct compile_result a, b;
	cr_assert_eq(compile_file(src, &lim, cache, &a, err), 0, "%s", err);
	cr_assert_eq(compile_file(other, &lim, cache, &b, err), 0, "%s", err);
	char *dir = xstrdup(a.binary);
	*strrchr(dir, '/') = 0;
	char *stored = path_join(dir, "src/hello.c");
	const char junk[] = "int main(void) { return 1; }\n";
	cr_assert_eq(file_write(stored, junk, sizeof junk - 1, NULL), 0);
	cr_assert_eq(file_copy(b.binary, a.binary, 0711, NULL), 0);
	compile_result_free(&a);

	cr_assert_eq(compile_file(src, &lim, cache, &a, err), 0, "%s", err);
	cr_assert(a.ok && !a.cached);
	char *line = run_it(&a);
	cr_assert_str_eq(line, "hello from C");
	free(line);
	struct filebuf fb;
	cr_assert_eq(file_load(stored, &fb, err), 0, "%s", err);
	cr_assert_eq(fb.len, sizeof hello_c - 1, "the entry was not repaired");
	file_release(&fb);
	free(stored);
	free(dir);
	compile_result_free(&a);
	compile_result_free(&b);
	free(src);
	free(other);
}

Test(compile, a_root_judge_refuses_a_link_to_a_file_only_its_owner_may_read)
{
	if (geteuid() != 0)
		cr_skip_test("needs root");
	char *secret = source("secret.txt", "int main(void) { return 0; }\n");
	chmod(secret, 0600);
	char *link = path_join(scratch, "innocent.c");
	cr_assert_eq(symlink(secret, link), 0);
	char err[ERR_LEN];
	struct compile_result r;
	cr_assert_eq(compile_file(link, &lim, cache, &r, err), -1);
	cr_assert(strstr(err, "refusing to read"), "%s", err);
	/* the same file by its own name, or a link to a readable file, is fine */
	chmod(secret, 0644);
	cr_assert_eq(compile_file(link, &lim, cache, &r, err), 0, "%s", err);
	cr_assert(r.ok, "%s", r.log);
	compile_result_free(&r);
	free(link);
	free(secret);
}

Test(compile, an_unknown_language_is_an_error_naming_the_extensions)
{
	char *src = source("Main.java", "class Main {}\n"), err[ERR_LEN];
	struct compile_result r;
	cr_assert_eq(compile_file(src, &lim, cache, &r, err), -1);
	cr_assert(strstr(err, "unknown language") && strstr(err, ".cpp"), "%s", err);
	free(src);
}
