/* svg: a self-contained log-log line plot (one line per series, an optional
 * band around each, decade axes, a legend), for `judge bench --svg`. */
#define _GNU_SOURCE
#include "svg.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

/* Geometry, in SVG user units (pixels at 100% zoom). */
#define W 820.0
#define H 500.0
#define LEFT 78.0
#define TOP 86.0
#define RIGHT (W - 230.0)   /* right edge of the plot area; legend beyond */
#define BOTTOM (H - 58.0)

/* Tableau 10: distinct, colour-blind friendlier than the SVG named colours. */
static const char *const palette[] = {
	"#4e79a7", "#f28e2b", "#e15759", "#59a14f", "#b07aa1",
	"#76b7b2", "#edc948", "#ff9da7", "#9c755f",
};
#define BASELINE_COLOR "#8c8c8c"

struct axis {
	double lo, hi; /* decades: log10 of the ends */
};

static void escape(FILE *f, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '&': fputs("&amp;", f); break;
		case '"': fputs("&quot;", f); break;
		default: fputc(*s, f);
		}
	}
}

static bool usable(double x, double y)
{
	return x > 0 && y > 0 && isfinite(x) && isfinite(y);
}

static double px(const struct axis *a, double x)
{
	return LEFT + (log10(x) - a->lo) / (a->hi - a->lo) * (RIGHT - LEFT);
}

static double py(const struct axis *a, double y)
{
	return BOTTOM - (log10(y) - a->lo) / (a->hi - a->lo) * (BOTTOM - TOP);
}

/* Whole decades around [min, max], at least one decade wide. */
static struct axis decades(double min, double max)
{
	struct axis a = { floor(log10(min) + 1e-9), ceil(log10(max) - 1e-9) };
	if (a.hi <= a.lo)
		a.hi = a.lo + 1;
	return a;
}

static const char *const superscript[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };

/* "10³", "10⁻²" */
static void power_label(char *buf, size_t n, int k)
{
	size_t len = (size_t)snprintf(buf, n, "10%s", k < 0 ? "⁻" : "");
	char digits[16];
	snprintf(digits, sizeof digits, "%d", abs(k));
	for (char *d = digits; *d && len < n; d++)
		len += (size_t)snprintf(buf + len, n - len, "%s", superscript[*d - '0']);
}

/* 10^k milliseconds as a time: "100 µs", "1 ms", "10 s". */
static void time_label(char *buf, size_t n, int k)
{
	static const struct { int min_k; const char *unit; int shift; } units[] = {
		{ 3, "s", 3 }, { 0, "ms", 0 }, { -3, "µs", -3 }, { -99, "ns", -6 },
	};
	for (size_t i = 0; i < sizeof units / sizeof *units; i++)
		if (k >= units[i].min_k) {
			snprintf(buf, n, "%.0f %s", pow(10, k - units[i].shift), units[i].unit);
			return;
		}
}

static void grid(FILE *f, const struct svg_plot *p, const struct axis *ax, const struct axis *ay)
{
	fprintf(f, "<g stroke=\"#e6e6e6\" stroke-width=\"1\">\n");
	for (int k = (int)ax->lo; k < (int)ax->hi; k++)
		for (int m = 2; m <= 9; m++) {
			double x = px(ax, m * pow(10, k));
			fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", x, TOP, x, BOTTOM);
		}
	for (int k = (int)ay->lo; k < (int)ay->hi; k++)
		for (int m = 2; m <= 9; m++) {
			double y = py(ay, m * pow(10, k));
			fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", LEFT, y, RIGHT, y);
		}
	fprintf(f, "</g>\n<g stroke=\"#c8c8c8\" stroke-width=\"1\">\n");
	for (int k = (int)ax->lo; k <= (int)ax->hi; k++) {
		double x = px(ax, pow(10, k));
		fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", x, TOP, x, BOTTOM);
	}
	for (int k = (int)ay->lo; k <= (int)ay->hi; k++) {
		double y = py(ay, pow(10, k));
		fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n", LEFT, y, RIGHT, y);
	}
	fprintf(f, "</g>\n");
	fprintf(f, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
		   "stroke=\"#333\" stroke-width=\"1\"/>\n", LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP);
	/* Decade labels. */
	char label[48];
	fprintf(f, "<g font-size=\"13\" fill=\"#333\">\n");
	for (int k = (int)ax->lo; k <= (int)ax->hi; k++) {
		power_label(label, sizeof label, k);
		fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n",
			px(ax, pow(10, k)), BOTTOM + 20, label);
	}
	for (int k = (int)ay->lo; k <= (int)ay->hi; k++) {
		if (p->y_is_ms)
			time_label(label, sizeof label, k);
		else
			power_label(label, sizeof label, k);
		fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" dominant-baseline=\"middle\">%s</text>\n",
			LEFT - 8, py(ay, pow(10, k)), label);
	}
	fprintf(f, "</g>\n");
	fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"14\" fill=\"#222\">",
		(LEFT + RIGHT) / 2, H - 16);
	escape(f, p->xlabel);
	fprintf(f, "</text>\n<text transform=\"translate(20 %.1f) rotate(-90)\" text-anchor=\"middle\" "
		   "font-size=\"14\" fill=\"#222\">", (TOP + BOTTOM) / 2);
	escape(f, p->ylabel);
	fprintf(f, "</text>\n");
}

static void draw_series(FILE *f, const struct svg_series *s, const char *color,
			const struct axis *ax, const struct axis *ay)
{
	fprintf(f, "<g>\n<title>");
	escape(f, s->name);
	fprintf(f, "</title>\n");
	if (s->lo && s->hi) {
		/* The band: along the lower edge, back along the upper one. */
		int k = 0;
		fprintf(f, "<polygon fill=\"%s\" fill-opacity=\"0.2\" stroke=\"none\" points=\"", color);
		for (int i = 0; i < s->n; i++)
			if (usable(s->x[i], s->y[i]) && usable(s->x[i], s->lo[i]) && usable(s->x[i], s->hi[i])) {
				fprintf(f, "%s%.1f,%.1f", k++ ? " " : "", px(ax, s->x[i]), py(ay, s->lo[i]));
			}
		for (int i = s->n - 1; i >= 0; i--)
			if (usable(s->x[i], s->y[i]) && usable(s->x[i], s->lo[i]) && usable(s->x[i], s->hi[i]))
				fprintf(f, " %.1f,%.1f", px(ax, s->x[i]), py(ay, s->hi[i]));
		fprintf(f, "\"/>\n");
	}
	fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2.2\" stroke-linejoin=\"round\"%s points=\"",
		color, s->baseline ? " stroke-dasharray=\"6 4\"" : "");
	int k = 0;
	for (int i = 0; i < s->n; i++)
		if (usable(s->x[i], s->y[i]))
			fprintf(f, "%s%.1f,%.1f", k++ ? " " : "", px(ax, s->x[i]), py(ay, s->y[i]));
	fprintf(f, "\"/>\n");
	for (int i = 0; i < s->n; i++)
		if (usable(s->x[i], s->y[i]))
			fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>\n",
				px(ax, s->x[i]), py(ay, s->y[i]), color);
	fprintf(f, "</g>\n");
}

static void legend(FILE *f, const struct svg_plot *p)
{
	double x = RIGHT + 18, y = TOP + 6;
	fprintf(f, "<g font-size=\"13\" fill=\"#222\">\n");
	for (int i = 0, c = 0; i < p->nseries; i++) {
		const struct svg_series *s = &p->series[i];
		const char *color = s->baseline ? BASELINE_COLOR : palette[c++ % (sizeof palette / sizeof *palette)];
		fprintf(f, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
			   "stroke-width=\"2.2\"%s/>\n", x, y + 6, x + 26, y + 6, color,
			s->baseline ? " stroke-dasharray=\"6 4\"" : "");
		fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/>\n", x + 13, y + 6, color);
		fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" dominant-baseline=\"middle\" font-weight=\"600\">",
			x + 34, y + 6);
		escape(f, s->name);
		fprintf(f, "</text>\n");
		y += 28;
		/* The note: one line per '\n', two at most. */
		const char *line = s->note;
		for (int k = 0; line && *line && k < 2; k++) {
			size_t len = strcspn(line, "\n");
			char *one = xasprintf("%.*s", (int)len, line);
			fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" dominant-baseline=\"middle\" font-size=\"12\" "
				   "fill=\"#555\">", x + 34, y - 5);
			escape(f, one);
			fprintf(f, "</text>\n");
			free(one);
			line += len + (line[len] == '\n');
			y += 16;
		}
	}
	fprintf(f, "</g>\n");
}

int svg_loglog(FILE *f, const struct svg_plot *p, char *err)
{
	double xmin = INFINITY, xmax = 0, ymin = INFINITY, ymax = 0;
	for (int i = 0; i < p->nseries; i++) {
		const struct svg_series *s = &p->series[i];
		for (int j = 0; j < s->n; j++) {
			if (!usable(s->x[j], s->y[j]))
				continue;
			double lo = s->lo && s->lo[j] > 0 ? s->lo[j] : s->y[j];
			double hi = s->hi && s->hi[j] > 0 ? s->hi[j] : s->y[j];
			xmin = fmin(xmin, s->x[j]);
			xmax = fmax(xmax, s->x[j]);
			ymin = fmin(ymin, fmin(lo, s->y[j]));
			ymax = fmax(ymax, fmax(hi, s->y[j]));
		}
	}
	if (!(xmax > 0))
		return err_set(err, "nothing to plot: no positive measurement");
	struct axis ax = decades(xmin, xmax), ay = decades(ymin, ymax);
	fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	fprintf(f, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
		   "viewBox=\"0 0 %.0f %.0f\" font-family=\"system-ui, -apple-system, 'Segoe UI', "
		   "Helvetica, Arial, sans-serif\">\n", W, H, W, H);
	fprintf(f, "<title>");
	escape(f, p->title);
	fprintf(f, "</title>\n<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>\n");
	fprintf(f, "<text x=\"%.1f\" y=\"28\" font-size=\"17\" font-weight=\"600\" fill=\"#111\">", LEFT);
	escape(f, p->title);
	fprintf(f, "</text>\n");
	/* The subtitle: one line per '\n', two at most. */
	const char *line = p->subtitle;
	for (int k = 0; line && *line && k < 2; k++) {
		size_t len = strcspn(line, "\n");
		char *one = xasprintf("%.*s", (int)len, line);
		fprintf(f, "<text x=\"%.1f\" y=\"%d\" font-size=\"12.5\" fill=\"#555\">", LEFT, 50 + 17 * k);
		escape(f, one);
		fprintf(f, "</text>\n");
		free(one);
		line += len + (line[len] == '\n');
	}
	grid(f, p, &ax, &ay);
	/* Baselines first, so that the implementations are drawn over them. */
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0, c = 0; i < p->nseries; i++) {
			const struct svg_series *s = &p->series[i];
			const char *color = s->baseline ? BASELINE_COLOR
						       : palette[c++ % (sizeof palette / sizeof *palette)];
			if (s->baseline == (pass == 0))
				draw_series(f, s, color, &ax, &ay);
		}
	legend(f, p);
	fprintf(f, "</svg>\n");
	return 0;
}

int svg_write_file(const char *path, const struct svg_plot *p, char *err)
{
	char *tmp = xasprintf("%s.tmp-%d", path, (int)getpid());
	FILE *f = fopen(tmp, "w");
	if (!f) {
		err_sys(err, "cannot create '%s'", path);
		free(tmp);
		return -1;
	}
	int rc = svg_loglog(f, p, err);
	if (fclose(f) != 0 && rc == 0)
		rc = err_sys(err, "cannot write '%s'", path);
	if (rc == 0 && rename(tmp, path) < 0)
		rc = err_sys(err, "cannot create '%s'", path);
	if (rc < 0)
		unlink(tmp);
	free(tmp);
	return rc;
}
