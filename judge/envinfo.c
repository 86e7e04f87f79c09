/* envinfo: the machine a measurement ran on (CPU model, cores, load,
 * frequency scaling, SMT, virtualisation) and the warnings that make timings
 * less reliable; read from /proc and /sys, Linux only. */
#define _GNU_SOURCE
#include "envinfo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

/* The first line of a small file, without its newline; false if unreadable. */
static bool read_line(const char *path, char *buf, size_t n)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return false;
	bool ok = fgets(buf, (int)n, f) != NULL;
	fclose(f);
	if (ok)
		buf[strcspn(buf, "\n")] = 0;
	return ok;
}

static const char *value_of(const char *line)
{
	const char *colon = strchr(line, ':');
	if (!colon)
		return "";
	colon++;
	while (*colon == ' ' || *colon == '\t')
		colon++;
	return colon;
}

static bool key_is(const char *line, const char *key)
{
	size_t k = strlen(key);
	return !strncmp(line, key, k) && (line[k] == ' ' || line[k] == '\t' || line[k] == ':');
}

/* /proc/cpuinfo: model, hypervisor flag, and distinct (physical id, core id). */
static void read_cpuinfo(struct envinfo *e)
{
	FILE *f = fopen("/proc/cpuinfo", "r");
	if (!f)
		return;
	char line[4096];
	int phys = -1, cores[512], ncores = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		if (key_is(line, "model name") && !e->cpu_model[0])
			snprintf(e->cpu_model, sizeof e->cpu_model, "%s", value_of(line));
		else if (key_is(line, "flags") && strstr(line, " hypervisor"))
			e->hypervisor = true;
		else if (key_is(line, "physical id"))
			phys = atoi(value_of(line));
		else if (key_is(line, "core id")) {
			int id = phys * 65536 + atoi(value_of(line)), seen = 0;
			for (int i = 0; i < ncores; i++)
				seen |= cores[i] == id;
			if (!seen && ncores < 512)
				cores[ncores++] = id;
		}
	}
	fclose(f);
	e->physical_cores = ncores;
}

static void read_stat(struct envinfo *e)
{
	FILE *f = fopen("/proc/stat", "r");
	if (!f)
		return;
	unsigned long long v[10] = { 0 };
	/* cpu user nice system idle iowait irq softirq steal guest guest_nice;
	 * guest time is already counted in user. */
	if (fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2],
		   &v[3], &v[4], &v[5], &v[6], &v[7], &v[8], &v[9]) >= 8) {
		e->busy_ticks = v[0] + v[1] + v[2] + v[5] + v[6];
		e->idle_ticks = v[3] + v[4];
		e->steal_ticks = v[7];
	}
	fclose(f);
}

int envinfo_collect(struct envinfo *e, char *err)
{
	memset(e, 0, sizeof *e);
	e->boost = -1;
	e->fault_us = -1;
	e->taken_at = now_seconds();
	char line[256];
	if (!read_line("/proc/loadavg", line, sizeof line))
		return err_sys(err, "cannot read '/proc/loadavg'");
	int total;
	if (sscanf(line, "%lf %lf %lf %d/%d", &e->load[0], &e->load[1], &e->load[2], &e->running,
		   &total) < 3)
		return err_set(err, "cannot parse '/proc/loadavg': '%s'", line);
	read_cpuinfo(e);
	if (!e->cpu_model[0])
		snprintf(e->cpu_model, sizeof e->cpu_model, "unknown CPU");
	long online = sysconf(_SC_NPROCESSORS_ONLN);
	e->logical_cpus = online > 0 ? (int)online : 1;
	read_line("/sys/devices/system/cpu/cpu0/cpufreq/scaling_governor", e->governor,
		  sizeof e->governor);
	if (read_line("/sys/devices/system/cpu/intel_pstate/no_turbo", line, sizeof line))
		e->boost = atoi(line) ? 0 : 1;
	else if (read_line("/sys/devices/system/cpu/cpufreq/boost", line, sizeof line))
		e->boost = atoi(line) ? 1 : 0;
	struct utsname u;
	if (uname(&u) == 0)
		snprintf(e->kernel, sizeof e->kernel, "%.20s %.70s", u.sysname, u.release);
	read_stat(e);
	return 0;
}

#define PROBE_BYTES (32u << 20)
#define PROBE_PAGE 4096u

static double cpu_seconds(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

void envinfo_probe_memory(struct envinfo *e)
{
	double us[3];
	int k = 0;
	for (int i = 0; i < 3; i++) {
		/* A fresh mapping each time: every touch is a first touch. */
		volatile char *p = mmap(NULL, PROBE_BYTES, PROT_READ | PROT_WRITE,
					MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (p == MAP_FAILED)
			continue;
		double t0 = cpu_seconds();
		for (size_t off = 0; off < PROBE_BYTES; off += PROBE_PAGE)
			p[off] = 1;
		us[k++] = (cpu_seconds() - t0) * 1e6 / (PROBE_BYTES / PROBE_PAGE);
		munmap((void *)p, PROBE_BYTES);
	}
	if (k == 0)
		return;
	/* median of up to three */
	for (int i = 0; i < k; i++)
		for (int j = i + 1; j < k; j++)
			if (us[j] < us[i]) {
				double t = us[i];
				us[i] = us[j];
				us[j] = t;
			}
	e->fault_us = us[k / 2];
}

void envinfo_describe(const struct envinfo *e, char *buf, size_t n)
{
	char cores[48] = "";
	if (e->physical_cores > 0)
		snprintf(cores, sizeof cores, " (%d core%s)", e->physical_cores,
			 e->physical_cores == 1 ? "" : "s");
	char faults[48] = "";
	if (e->fault_us >= 0)
		snprintf(faults, sizeof faults, ", page fault %.2f us", e->fault_us);
	snprintf(buf, n, "%s, %d CPU%s%s, load %.2f %.2f %.2f%s%s%s%s", e->cpu_model, e->logical_cpus,
		 e->logical_cpus == 1 ? "" : "s", cores, e->load[0], e->load[1], e->load[2],
		 e->governor[0] ? ", governor " : "", e->governor,
		 e->hypervisor ? ", virtual machine" : "", faults);
}

/* ---- warnings: one row per condition ------------------------------------ */

typedef bool warn_fn(const struct envinfo *e, char *msg, size_t n);

static bool warn_load(const struct envinfo *e, char *msg, size_t n)
{
	/* The judge itself is not running yet when this is collected, so any
	 * sustained load is someone else's. */
	if (e->load[0] < 0.5)
		return false;
	snprintf(msg, n,
		 "load average %.2f on %d CPU%s: other programs are running; expect noisier "
		 "times (CPU time suffers less than wall time)",
		 e->load[0], e->logical_cpus, e->logical_cpus == 1 ? "" : "s");
	return true;
}

static bool warn_governor(const struct envinfo *e, char *msg, size_t n)
{
	if (!e->governor[0] || !strcmp(e->governor, "performance"))
		return false;
	snprintf(msg, n, "frequency scaling: governor '%s' (not 'performance'), the clock may "
		 "change during the run", e->governor);
	return true;
}

static bool warn_no_cpufreq(const struct envinfo *e, char *msg, size_t n)
{
	if (e->governor[0])
		return false;
	snprintf(msg, n, "frequency scaling is not visible (no cpufreq in /sys)%s",
		 e->hypervisor ? ": the host controls the clock" : "");
	return true;
}

static bool warn_boost(const struct envinfo *e, char *msg, size_t n)
{
	if (e->boost != 1)
		return false;
	snprintf(msg, n, "turbo boost on: the clock depends on temperature and on the other cores");
	return true;
}

static bool warn_smt(const struct envinfo *e, char *msg, size_t n)
{
	if (e->physical_cores <= 0 || e->logical_cpus <= e->physical_cores)
		return false;
	snprintf(msg, n, "SMT (hyper-threading) on: %d CPUs on %d cores, a program may share its "
		 "core with another thread", e->logical_cpus, e->physical_cores);
	return true;
}

static bool warn_vm(const struct envinfo *e, char *msg, size_t n)
{
	if (!e->hypervisor)
		return false;
	snprintf(msg, n, "virtual machine: the host may steal time from it unseen");
	return true;
}

static bool warn_page_faults(const struct envinfo *e, char *msg, size_t n)
{
	if (e->fault_us < 2)
		return false;
	snprintf(msg, n, "a page fault costs %.1f us of CPU here (bare metal: well under 1): the "
		 "time of a program that touches much memory measures this machine more than the code",
		 e->fault_us);
	return true;
}

static bool warn_one_cpu(const struct envinfo *e, char *msg, size_t n)
{
	if (e->logical_cpus > 1)
		return false;
	snprintf(msg, n, "one CPU: the judge and the measured program take turns on it");
	return true;
}

static warn_fn *const warn_table[] = {
	warn_load, warn_governor, warn_no_cpufreq, warn_boost, warn_smt, warn_vm, warn_page_faults,
	warn_one_cpu,
};

int envinfo_warnings(const struct envinfo *e, char (*msgs)[ENVINFO_MSG_LEN], int max)
{
	int k = 0;
	for (size_t i = 0; i < sizeof warn_table / sizeof *warn_table && k < max; i++)
		if (warn_table[i](e, msgs[k], ENVINFO_MSG_LEN))
			k++;
	return k;
}

void envinfo_usage(const struct envinfo *before, const struct envinfo *after,
		   struct envinfo_usage *u)
{
	long hz = sysconf(_SC_CLK_TCK);
	if (hz <= 0)
		hz = 100;
	u->seconds = after->taken_at - before->taken_at;
	double t = u->seconds > 0 ? u->seconds * (double)hz : 1;
	u->busy_cpus = (double)(after->busy_ticks - before->busy_ticks) / t;
	u->steal_cpus = (double)(after->steal_ticks - before->steal_ticks) / t;
}
