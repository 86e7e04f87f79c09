/* check: decide whether a program's output answers a test: the Kattis
 * default output validator (driven by validator_flags), or the package's
 * own output validator, called as the Kattis format says. */
#define _GNU_SOURCE
#include "check.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pkg.h"
#include "prog.h"
#include "util.h"

int check_flags_parse(const char *text, struct check_flags *f, char *err)
{
	memset(f, 0, sizeof *f);
	char *copy = xstrdup(text ? text : "");
	char *save = NULL;
	int rc = 0;
	for (char *w = strtok_r(copy, " \t\r\n", &save); w; w = strtok_r(NULL, " \t\r\n", &save)) {
		if (!strcmp(w, "case_sensitive")) {
			f->case_sensitive = true;
			continue;
		}
		if (!strcmp(w, "space_change_sensitive")) {
			f->space_change_sensitive = true;
			continue;
		}
		bool abs = !strcmp(w, "float_absolute_tolerance");
		bool rel = !strcmp(w, "float_relative_tolerance");
		bool both = !strcmp(w, "float_tolerance");
		if (!abs && !rel && !both) {
			rc = err_set(err, "unknown validator flag '%s'", w);
			break;
		}
		char *v = strtok_r(NULL, " \t\r\n", &save), *end;
		double x = v ? strtod(v, &end) : 0;
		if (!v || *end || !isfinite(x) || x < 0) {
			rc = err_set(err, "'%s' needs a non-negative number", w);
			break;
		}
		if (abs || both) {
			f->float_abs = true;
			f->abs_tol = x;
		}
		if (rel || both) {
			f->float_rel = true;
			f->rel_tol = x;
		}
	}
	free(copy);
	return rc;
}

void check_flags_describe(const struct check_flags *f, char *buf, size_t n)
{
	size_t at = 0;
	buf[0] = 0;
#define ADD(...) at += (size_t)snprintf(buf + at, at < n ? n - at : 0, __VA_ARGS__)
	if (f->case_sensitive && f->space_change_sensitive && !f->float_abs && !f->float_rel) {
		ADD("exact bytes");
		return;
	}
	ADD("tokens");
	if (f->case_sensitive)
		ADD(", case-sensitive");
	if (f->space_change_sensitive)
		ADD(", whitespace-sensitive");
	if (f->float_abs && f->float_rel && f->abs_tol == f->rel_tol)
		ADD(", float tolerance %g", f->abs_tol);
	else {
		if (f->float_abs)
			ADD(", absolute tolerance %g", f->abs_tol);
		if (f->float_rel)
			ADD(", relative tolerance %g", f->rel_tol);
	}
#undef ADD
}

/* A position in one file while scanning it. */
struct cursor {
	const char *p, *end;
	long line, col;    /* of p, 1-based */
};

static bool is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static void advance(struct cursor *c, size_t n)
{
	for (size_t i = 0; i < n; i++, c->p++) {
		if (*c->p == '\n') {
			c->line++;
			c->col = 1;
		} else {
			c->col++;
		}
	}
}

static size_t space_len(const struct cursor *c)
{
	const char *q = c->p;
	while (q < c->end && is_space(*q))
		q++;
	return (size_t)(q - c->p);
}

static size_t token_len(const struct cursor *c)
{
	const char *q = c->p;
	while (q < c->end && !is_space(*q))
		q++;
	return (size_t)(q - c->p);
}

/* Quote at most 40 bytes of s for a message, escaping what is not printable. */
static void quote(char *buf, size_t n, const char *s, size_t len)
{
	size_t at = 0, shown = len > 40 ? 40 : len;
	buf[at++] = '"';
	for (size_t i = 0; i < shown && at + 8 < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == '\n')
			at += (size_t)snprintf(buf + at, n - at, "\\n");
		else if (ch == '\t')
			at += (size_t)snprintf(buf + at, n - at, "\\t");
		else if (ch == '"' || ch == '\\')
			at += (size_t)snprintf(buf + at, n - at, "\\%c", ch);
		else if (ch < 32 || ch >= 127)
			at += (size_t)snprintf(buf + at, n - at, "\\x%02x", ch);
		else
			buf[at++] = (char)ch;
	}
	if (shown < len && at + 4 < n)
		at += (size_t)snprintf(buf + at, n - at, "...");
	if (at + 2 <= n) {
		buf[at++] = '"';
		buf[at] = 0;
	} else {
		buf[n - 1] = 0;
	}
}

/* The whole token as a finite real, or false. */
static bool parse_real(const char *s, size_t len, double *x)
{
	char buf[128];
	if (len == 0 || len >= sizeof buf)
		return false;
	memcpy(buf, s, len);
	buf[len] = 0;
	char *end;
	errno = 0;
	*x = strtod(buf, &end);
	return *end == 0 && isfinite(*x);
}

static bool same_text(const struct check_flags *f, const char *a, size_t la, const char *b, size_t lb)
{
	if (la != lb)
		return false;
	if (f->case_sensitive)
		return memcmp(a, b, la) == 0;
	/* Not strncasecmp: tokens may hold NUL bytes. */
	for (size_t i = 0; i < la; i++)
		if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
			return false;
	return true;
}

static void differ(struct check_result *r, const char *what, const struct cursor *a, size_t la,
		   const struct cursor *o, size_t lo, const char *extra)
{
	char qa[200], qo[200];
	quote(qa, sizeof qa, a->p, la);
	quote(qo, sizeof qo, o->p, lo);
	r->accepted = false;
	snprintf(r->message, sizeof r->message,
		 "%s: expected %s (answer line %ld col %ld), got %s (output line %ld col %ld)%s",
		 what, qa, a->line, a->col, qo, o->line, o->col, extra ? extra : "");
}

/* Compare one token pair; fills r and returns false when they differ. */
static bool same_token(const struct check_flags *f, const struct cursor *a, size_t la,
		       const struct cursor *o, size_t lo, struct check_result *r)
{
	double j, t;
	if ((f->float_abs || f->float_rel) && parse_real(a->p, la, &j)) {
		if (!parse_real(o->p, lo, &t)) {
			differ(r, "not a number", a, la, o, lo, NULL);
			return false;
		}
		double d = fabs(j - t);
		if ((f->float_abs && d <= f->abs_tol) || (f->float_rel && d <= f->rel_tol * fabs(j)))
			return true;
		char extra[96];
		snprintf(extra, sizeof extra, ": difference %.3g is over the tolerance", d);
		differ(r, "wrong number", a, la, o, lo, extra);
		return false;
	}
	if (same_text(f, a->p, la, o->p, lo))
		return true;
	differ(r, "wrong token", a, la, o, lo, NULL);
	return false;
}

void check_output(const struct check_flags *f, const char *ans, size_t ans_len,
		  const char *out, size_t out_len, struct check_result *r)
{
	struct cursor a = { ans, ans + ans_len, 1, 1 };
	struct cursor o = { out, out + out_len, 1, 1 };
	long tokens = 0;
	r->accepted = true;
	r->message[0] = 0;
	for (;;) {
		size_t sa = space_len(&a), so = space_len(&o);
		if (f->space_change_sensitive && (sa != so || memcmp(a.p, o.p, sa))) {
			size_t k = 0;
			while (k < sa && k < so && a.p[k] == o.p[k])
				k++;
			advance(&a, k);
			advance(&o, k);
			char extra[64];
			snprintf(extra, sizeof extra, " at byte %ld", (long)(o.p - out));
			differ(r, "whitespace differs", &a, a.p < a.end ? 1 : 0, &o,
			       o.p < o.end ? 1 : 0, extra);
			return;
		}
		advance(&a, sa);
		advance(&o, so);
		size_t la = token_len(&a), lo = token_len(&o);
		if (la == 0 && lo == 0)
			return;
		if (la == 0) {
			char q[200];
			quote(q, sizeof q, o.p, lo);
			r->accepted = false;
			snprintf(r->message, sizeof r->message,
				 "extra output after the answer's %ld tokens: %s (output line %ld col %ld)",
				 tokens, q, o.line, o.col);
			return;
		}
		if (lo == 0) {
			char q[200];
			quote(q, sizeof q, a.p, la);
			r->accepted = false;
			snprintf(r->message, sizeof r->message,
				 "output ended after %ld tokens: expected %s (answer line %ld col %ld)",
				 tokens, q, a.line, a.col);
			return;
		}
		if (!same_token(f, &a, la, &o, lo, r))
			return;
		tokens++;
		advance(&a, la);
		advance(&o, lo);
	}
}

/* ---- a test's verdict ------------------------------------------------- */

/* The package's output validator, Kattis protocol: exit 42 accepts, 43
 * rejects with its judgemessage.txt; anything else is the checker's fault. */
static enum verdict check_custom(const struct pkg *p, const char *in_path, const char *ans_path,
				 const char *output, const char *cache_dir, char *message, size_t n)
{
	char msg[ERR_LEN];
	char *feedback = run_session_path("feedback");
	char *judgemsg = path_join(feedback, "judgemessage.txt");
	char *out = run_session_path("checker-out");
	struct run_record rec;
	enum verdict v = VERDICT_JE;
	if (mkdir_p(feedback, msg) < 0) {
		snprintf(message, n, "%s", msg);
		goto out;
	}
	const char *args[] = { in_path, ans_path, feedback, NULL };
	if (prog_run(p, p->output_validator, args, output, out, out, cache_dir, &rec, msg) < 0) {
		snprintf(message, n, "output validator: %s", msg);
		goto out;
	}
	char *text = file_head(judgemsg, 400, NULL);
	for (char *s = text; *s; s++)
		if (*s == '\n')
			*s = ' ';
	if (rec.limit == RUN_LIMIT_NONE && rec.exit_code == 42) {
		v = VERDICT_AC;
	} else if (rec.limit == RUN_LIMIT_NONE && rec.exit_code == 43) {
		v = VERDICT_WA;
		snprintf(message, n, "%s", *text ? text : "rejected by the output validator");
	} else {
		char label[64];
		verdict_label(verdict_of_run(&rec, 0, 0), &rec, label, sizeof label);
		snprintf(message, n, "output validator ended with %s (expected exit 42 or 43)%s%s",
			 rec.limit != RUN_LIMIT_NONE ? run_limit_name(rec.limit) : label,
			 *text ? ": " : "", text);
	}
	free(text);
out:
	rm_tree(feedback);
	unlink(out);
	free(out);
	free(judgemsg);
	free(feedback);
	return v;
}

static enum verdict check_default(const struct pkg *p, const char *ans_path, const char *output,
				  char *message, size_t n)
{
	char msg[ERR_LEN];
	struct filebuf ans, out;
	if (file_load(ans_path, &ans, msg) < 0) {
		snprintf(message, n, "%s", msg);
		return VERDICT_JE;
	}
	if (file_load(output, &out, msg) < 0) {
		snprintf(message, n, "%s", msg);
		file_release(&ans);
		return VERDICT_JE;
	}
	struct check_result cr;
	check_output(&p->flags, ans.data, ans.len, out.data, out.len, &cr);
	snprintf(message, n, "%s", cr.message);
	file_release(&ans);
	file_release(&out);
	return cr.accepted ? VERDICT_AC : VERDICT_WA;
}

enum verdict check_answer(const struct pkg *p, const char *in_path, const char *ans_path,
			  const char *output, const char *cache_dir, char *message, size_t n)
{
	message[0] = 0;
	if (p->output_validator)
		return check_custom(p, in_path, ans_path, output, cache_dir, message, n);
	return check_default(p, ans_path, output, message, n);
}
