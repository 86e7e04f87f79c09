/* svg: a self-contained log-log line plot (one line per series, an optional
 * band around each, decade axes, a legend), for `judge bench --svg`. */
#ifndef JUDGE_SVG_H
#define JUDGE_SVG_H

#include <stdbool.h>
#include <stdio.h>

struct svg_series {
	const char *name;        /* legend label */
	const char *note;        /* legend lines under the name ("n^1.02 (R^2 0.999)"),
				  * at most two, split by '\n'; or NULL */
	int n;
	const double *x, *y;     /* points, x increasing; y in milliseconds */
	const double *lo, *hi;   /* band around y (e.g. quartiles), or NULL */
	bool baseline;           /* drawn grey and dashed */
};

struct svg_plot {
	const char *title;
	const char *subtitle;    /* or NULL; at most two lines, split by '\n' */
	const char *xlabel, *ylabel;
	const struct svg_series *series;
	int nseries;
	bool y_is_ms;            /* label the y decades as times (1 ms, 10 s) */
};

/* Write the plot to f. Points with x <= 0 or y <= 0 are left out. Returns 0,
 * or -1 with a message when no series has a point to draw. */
int svg_loglog(FILE *f, const struct svg_plot *p, char *err);

/* The same into a file (created or replaced). */
int svg_write_file(const char *path, const struct svg_plot *p, char *err);

#endif
