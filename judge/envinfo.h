/* envinfo: the machine a measurement ran on (CPU model, cores, load,
 * frequency scaling, SMT, virtualisation) and the warnings that make timings
 * less reliable; read from /proc and /sys, Linux only. */
#ifndef JUDGE_ENVINFO_H
#define JUDGE_ENVINFO_H

#include <stdbool.h>
#include <stddef.h>

#define ENVINFO_MSG_LEN 240
#define ENVINFO_MAX_WARNINGS 8

struct envinfo {
	char cpu_model[128];     /* "Intel(R) Xeon(R) Processor"; "unknown CPU" */
	int logical_cpus;        /* online */
	int physical_cores;      /* distinct (package, core) pairs; 0: unknown */
	double load[3];          /* 1, 5 and 15 minute load averages */
	int running;             /* runnable tasks right now (including this one) */
	char governor[32];       /* cpufreq governor of cpu0, "" when not visible */
	int boost;               /* turbo/boost: 1 on, 0 off, -1 unknown */
	bool hypervisor;         /* the CPU says it runs under a hypervisor */
	char kernel[96];         /* "Linux 6.1.0-18-amd64" */
	/* Microseconds of CPU per first touch of a 4 KiB page (a page fault),
	 * from envinfo_probe_memory(); -1 until probed. Bare metal: well under
	 * 1. Virtual machines whose host backs guest memory lazily: 5 to 50,
	 * changing from second to second. */
	double fault_us;
	/* A snapshot of /proc/stat, for envinfo_usage(). */
	unsigned long long busy_ticks, idle_ticks, steal_ticks;
	double taken_at;         /* now_seconds() of the snapshot */
};

/* Fill *e. What cannot be read stays unknown; returns -1 with a message
 * only when /proc itself is unreadable. */
int envinfo_collect(struct envinfo *e, char *err);

/* Measure e->fault_us: touch fresh memory page by page (32 MiB, three
 * times, the median kept). Takes milliseconds on bare metal, up to a second
 * where page faults are slow. */
void envinfo_probe_memory(struct envinfo *e);

/* One line: "Intel(R) Xeon(R) Processor, 2 CPUs (2 cores), load 1.80 1.55 0.82". */
void envinfo_describe(const struct envinfo *e, char *buf, size_t n);

/* What makes timings less reliable on this machine, one sentence each;
 * returns the count (at most max). */
int envinfo_warnings(const struct envinfo *e, char (*msgs)[ENVINFO_MSG_LEN], int max);

/* What the whole machine did between two snapshots: seconds elapsed, and the
 * average number of CPUs busy (every program, this one included) and stolen
 * by the hypervisor. */
struct envinfo_usage {
	double seconds;
	double busy_cpus;
	double steal_cpus;
};
void envinfo_usage(const struct envinfo *before, const struct envinfo *after,
		   struct envinfo_usage *u);

#endif
