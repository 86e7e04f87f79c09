/* sandbox: what a program may do, applied in the child between fork and
 * exec: resource limits, privileges, Landlock rules and a seccomp filter,
 * chosen by the program's profile (run.h).
 *
 * Profiles. A submission runs as nobody when the judge is root, may read the
 * system's files (libraries, /proc, /sys) and execute its own binary, may
 * write only its fresh directory, may not connect or bind TCP ports, signal
 * or reach abstract sockets outside its Landlock domain, and may not create
 * processes (threads are fine), sockets, or use ptrace, mount, bpf and the
 * like: those calls fail with EPERM (clone3 with ENOSYS, so that glibc falls
 * back to clone for threads), which gives a clearer verdict than a kill. The
 * compiler gets the same, but may start processes. Trusted package programs
 * get limits only. Everything is unprivileged: no setuid helper, no
 * namespaces; what the kernel lacks is skipped and reported. */
#define _GNU_SOURCE
#include "sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <math.h>
#include <sched.h>
#include <seccomp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Landlock's interface, defined here because the system headers may predate
 * the ABI the kernel offers (network rules: ABI 4, scoping: ABI 6). */
#define LL_CREATE_RULESET_VERSION (1u << 0)
#define LL_RULE_PATH_BENEATH 1
#define LL_FS_EXECUTE (1ull << 0)
#define LL_FS_WRITE_FILE (1ull << 1)
#define LL_FS_READ_FILE (1ull << 2)
#define LL_FS_READ_DIR (1ull << 3)
#define LL_FS_ALL_V1 ((1ull << 13) - 1)
#define LL_FS_REFER (1ull << 13)     /* ABI 2 */
#define LL_FS_TRUNCATE (1ull << 14)  /* ABI 3 */
#define LL_FS_IOCTL_DEV (1ull << 15) /* ABI 5 */
#define LL_NET_BIND_TCP (1ull << 0)  /* ABI 4 */
#define LL_NET_CONNECT_TCP (1ull << 1)
#define LL_SCOPE_ABSTRACT_UNIX_SOCKET (1ull << 0) /* ABI 6 */
#define LL_SCOPE_SIGNAL (1ull << 1)

struct ll_ruleset_attr {
	uint64_t handled_access_fs;
	uint64_t handled_access_net;
	uint64_t scoped;
};

struct ll_path_beneath_attr {
	uint64_t allowed_access;
	int32_t parent_fd;
} __attribute__((packed));

#define NOBODY 65534

static unsigned available = SANDBOX_RLIMITS | SANDBOX_SUBREAPER;
static int ll_abi;
static uint64_t ll_fs_all;
static char description[2048];

/* System paths a confined program may read (and execute), opened once. */
static const char *const system_dirs[] = { "/usr", "/lib", "/lib64", "/lib32", "/bin",
					   "/sbin", "/etc", "/proc", "/sys" };
static const char *const devices[] = { "/dev/null", "/dev/zero", "/dev/full",
				       "/dev/random", "/dev/urandom" };
/* Opened once, with the rights their rules grant (decided once: a rule on a
 * file may hold only file rights). */
struct fixed_rule {
	int fd;
	uint64_t rights;
};
static struct fixed_rule fixed[sizeof system_dirs / sizeof *system_dirs +
			       sizeof devices / sizeof *devices + 1];
static int nfixed;

/* seccomp filters, compiled by libseccomp once and kept as BPF. */
static struct sock_fprog filter_submission, filter_compiler;

/* Per run (prepared in the spawner, used by the child). */
static int ruleset_fd = -1;
static bool ruleset_cached;

/* Submissions' rule sets differ only by their binary (their directories
 * all lie in the box, one rule): built once per binary and kept, which
 * makes a test's confinement a handful of system calls. */
#define RULESET_CACHE 8
static struct {
	dev_t dev;
	ino_t ino;
	int fd;
} ruleset_cache[RULESET_CACHE];
static int ncached;

static const char *const mechanism_names[SANDBOX_NMECHANISMS] = {
	"rlimits", "landlock-fs", "landlock-net", "landlock-scope", "seccomp", "user", "subreaper",
};

const char *sandbox_mechanism_name(unsigned bit)
{
	for (int i = 0; i < SANDBOX_NMECHANISMS; i++)
		if (bit == 1u << i)
			return mechanism_names[i];
	return "?";
}

void sandbox_mechanism_list(unsigned mask, char *buf, size_t n)
{
	size_t at = 0;
	buf[0] = 0;
	for (int i = 0; i < SANDBOX_NMECHANISMS; i++)
		if (mask & (1u << i) && at < n)
			at += (size_t)snprintf(buf + at, n - at, "%s%s", at ? " " : "", mechanism_names[i]);
}

/* ---- seccomp ----------------------------------------------------------- */

/* What no judged program needs; each fails with EPERM. */
static const int denied_always[] = {
	SCMP_SYS(ptrace), SCMP_SYS(process_vm_readv), SCMP_SYS(process_vm_writev),
	SCMP_SYS(process_madvise), SCMP_SYS(pidfd_open), SCMP_SYS(pidfd_getfd),
	SCMP_SYS(pidfd_send_signal), SCMP_SYS(kcmp),
	SCMP_SYS(mount), SCMP_SYS(umount2), SCMP_SYS(pivot_root), SCMP_SYS(chroot),
	SCMP_SYS(unshare), SCMP_SYS(setns), SCMP_SYS(mount_setattr), SCMP_SYS(move_mount),
	SCMP_SYS(open_tree), SCMP_SYS(fsopen), SCMP_SYS(fsconfig), SCMP_SYS(fsmount),
	SCMP_SYS(fspick), SCMP_SYS(name_to_handle_at), SCMP_SYS(open_by_handle_at),
	SCMP_SYS(swapon), SCMP_SYS(swapoff), SCMP_SYS(reboot), SCMP_SYS(kexec_load),
	SCMP_SYS(kexec_file_load), SCMP_SYS(init_module), SCMP_SYS(finit_module),
	SCMP_SYS(delete_module), SCMP_SYS(iopl), SCMP_SYS(ioperm), SCMP_SYS(bpf),
	SCMP_SYS(perf_event_open), SCMP_SYS(userfaultfd), SCMP_SYS(io_uring_setup),
	SCMP_SYS(io_uring_enter), SCMP_SYS(io_uring_register), SCMP_SYS(add_key),
	SCMP_SYS(request_key), SCMP_SYS(keyctl), SCMP_SYS(acct), SCMP_SYS(quotactl),
	SCMP_SYS(syslog), SCMP_SYS(settimeofday), SCMP_SYS(clock_settime),
	SCMP_SYS(clock_adjtime), SCMP_SYS(adjtimex), SCMP_SYS(sethostname),
	SCMP_SYS(setdomainname), SCMP_SYS(socket), SCMP_SYS(socketpair), SCMP_SYS(connect),
	SCMP_SYS(bind), SCMP_SYS(listen), SCMP_SYS(accept), SCMP_SYS(accept4),
};

static int export_filter(scmp_filter_ctx ctx, struct sock_fprog *prog)
{
	int fd = memfd_create("seccomp", MFD_CLOEXEC);
	if (fd < 0 || seccomp_export_bpf(ctx, fd) < 0) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	off_t size = lseek(fd, 0, SEEK_END);
	struct sock_filter *code = size > 0 ? malloc((size_t)size) : NULL;
	int rc = code && pread(fd, code, (size_t)size, 0) == size ? 0 : -1;
	close(fd);
	if (rc < 0) {
		free(code);
		return -1;
	}
	prog->filter = code;
	prog->len = (unsigned short)((size_t)size / sizeof *code);
	return 0;
}

static int build_filter(bool processes, struct sock_fprog *prog)
{
	scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
	if (!ctx)
		return -1;
	/* A binary tree of syscall numbers: the kernel emulates the filter for
	 * every syscall number each time a program installs it (its action
	 * cache), so a shallow filter is a cheaper one. */
	int rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
	for (size_t i = 0; i < sizeof denied_always / sizeof *denied_always; i++)
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), denied_always[i], 0);
	if (!processes) {
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(fork), 0);
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(vfork), 0);
		/* clone: threads only. clone3 passes its flags in memory, which a
		 * filter cannot read: ENOSYS makes glibc fall back to clone. */
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
				       SCMP_A0(SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0));
		rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
	}
	if (rc == 0)
		rc = export_filter(ctx, prog);
	seccomp_release(ctx);
	return rc;
}

/* ---- Landlock ---------------------------------------------------------- */

static int ll_create(const struct ll_ruleset_attr *attr, size_t size)
{
	return (int)syscall(SYS_landlock_create_ruleset, attr, size, 0);
}

static int ll_add_path(int rs, int fd, uint64_t access)
{
	struct ll_path_beneath_attr pb = { access, fd };
	return (int)syscall(SYS_landlock_add_rule, rs, LL_RULE_PATH_BENEATH, &pb, 0);
}

static uint64_t file_rights(uint64_t rights)
{
	/* Rules on a file (not a directory) may hold only file rights. */
	return rights & (LL_FS_EXECUTE | LL_FS_WRITE_FILE | LL_FS_READ_FILE | LL_FS_TRUNCATE |
			 LL_FS_IOCTL_DEV);
}

static int ll_add_fd(int rs, int fd, uint64_t rights)
{
	struct stat st;
	if (fstat(fd, &st) < 0)
		return -1;
	return ll_add_path(rs, fd, S_ISDIR(st.st_mode) ? rights : file_rights(rights));
}

static int ll_add_named(int rs, const char *path, uint64_t rights)
{
	int fd = open(path, O_PATH | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int rc = ll_add_fd(rs, fd, rights);
	close(fd);
	return rc;
}

static void probe_landlock(void)
{
	ll_abi = (int)syscall(SYS_landlock_create_ruleset, NULL, 0, LL_CREATE_RULESET_VERSION);
	if (ll_abi < 1) {
		ll_abi = 0;
		return;
	}
	ll_fs_all = LL_FS_ALL_V1;
	if (ll_abi >= 2)
		ll_fs_all |= LL_FS_REFER;
	if (ll_abi >= 3)
		ll_fs_all |= LL_FS_TRUNCATE;
	if (ll_abi >= 5)
		ll_fs_all |= LL_FS_IOCTL_DEV;
	available |= SANDBOX_LANDLOCK_FS;
	if (ll_abi >= 4)
		available |= SANDBOX_LANDLOCK_NET;
	if (ll_abi >= 6)
		available |= SANDBOX_LANDLOCK_SCOPE;
	uint64_t read = LL_FS_EXECUTE | LL_FS_READ_FILE | LL_FS_READ_DIR;
	for (size_t i = 0; i < sizeof system_dirs / sizeof *system_dirs; i++) {
		int fd = open(system_dirs[i], O_PATH | O_CLOEXEC | O_DIRECTORY);
		if (fd >= 0)
			fixed[nfixed++] = (struct fixed_rule){ fd, read };
	}
	for (size_t i = 0; i < sizeof devices / sizeof *devices; i++) {
		int fd = open(devices[i], O_PATH | O_CLOEXEC);
		if (fd >= 0)
			fixed[nfixed++] = (struct fixed_rule){
				fd, file_rights(LL_FS_READ_FILE | LL_FS_WRITE_FILE | LL_FS_TRUNCATE) };
	}
}

/* ---- setup ------------------------------------------------------------- */

static int box_fd = -1;

void sandbox_init(const char *box)
{
	const char *env = getenv("JUDGE_SANDBOX");
	bool off = env && !strcmp(env, "0");
	size_t at = 0;
#define SAY(...) at += (size_t)snprintf(description + at, sizeof description - at, __VA_ARGS__)
	if (!off) {
		probe_landlock();
		if (box && ll_abi)
			box_fd = open(box, O_PATH | O_CLOEXEC | O_DIRECTORY);
		if (build_filter(false, &filter_submission) == 0 &&
		    build_filter(true, &filter_compiler) == 0)
			available |= SANDBOX_SECCOMP;
		if (geteuid() == 0)
			available |= SANDBOX_USER;
	}
	SAY("rlimits         on   CPU, stack, file size, core dumps, address space\n");
	if (off)
		SAY("landlock        off  JUDGE_SANDBOX=0\n");
	else if (ll_abi)
		SAY("landlock-fs     on   ABI %d: read system files, write only the run's directory\n", ll_abi);
	else
		SAY("landlock-fs     OFF  this kernel has no Landlock (needs 5.13 and lsm=landlock)\n");
	if (!off && ll_abi)
		SAY("landlock-net    %s\n", ll_abi >= 4 ? "on   no TCP bind or connect"
						: "OFF  needs Landlock ABI 4 (kernel 6.7)");
	if (!off && ll_abi)
		SAY("landlock-scope  %s\n", ll_abi >= 6
			? "on   no signals or abstract sockets beyond the sandbox"
			: "OFF  needs Landlock ABI 6 (kernel 6.12): a submission may signal the user's processes");
	if (off)
		SAY("seccomp         off  JUDGE_SANDBOX=0\n");
	else
		SAY("seccomp         %s\n", available & SANDBOX_SECCOMP
			? "on   no processes (threads only), sockets, ptrace, mount, bpf ..."
			: "OFF  the seccomp filter could not be built (kernel without seccomp?)");
	if (geteuid() == 0)
		SAY("user            %s\n", off ? "off  JUDGE_SANDBOX=0: submissions run as root"
					     : "on   submissions run as nobody (65534)");
	else
		SAY("user            --   the judge is not root: submissions run as the judge's user\n");
	SAY("subreaper       on   every process a program starts is found and killed\n");
#undef SAY
}

unsigned sandbox_available(void)
{
	return available;
}

const char *sandbox_describe(void)
{
	return description;
}

unsigned sandbox_profile_mask(enum run_profile profile)
{
	switch (profile) {
	case RUN_SUBMISSION:
		return available;
	case RUN_COMPILER:
		return available & ~SANDBOX_USER;
	default:
		return available & (SANDBOX_RLIMITS | SANDBOX_SUBREAPER);
	}
}

void sandbox_owner(uid_t *uid, gid_t *gid)
{
	if (available & SANDBOX_USER) {
		*uid = NOBODY;
		*gid = NOBODY;
	} else {
		*uid = getuid();
		*gid = getgid();
	}
}

static int build_ruleset(unsigned mask, const char *workdir, int exe_fd)
{
	struct ll_ruleset_attr attr = { ll_fs_all, 0, 0 };
	size_t size = sizeof attr.handled_access_fs;
	if (mask & SANDBOX_LANDLOCK_NET) {
		attr.handled_access_net = LL_NET_BIND_TCP | LL_NET_CONNECT_TCP;
		size = 2 * sizeof(uint64_t);
	}
	if (mask & SANDBOX_LANDLOCK_SCOPE) {
		attr.scoped = LL_SCOPE_ABSTRACT_UNIX_SOCKET | LL_SCOPE_SIGNAL;
		size = sizeof attr;
	}
	int rs = ll_create(&attr, size);
	if (rs < 0)
		return -1;
	for (int i = 0; i < nfixed; i++)
		if (ll_add_path(rs, fixed[i].fd, fixed[i].rights) < 0)
			goto fail;
	/* Its directory (or the box of all run directories): everything; its
	 * own binary: read and execute. */
	if ((workdir ? ll_add_named(rs, workdir, ll_fs_all) : ll_add_path(rs, box_fd, ll_fs_all)) < 0)
		goto fail;
	if (ll_add_fd(rs, exe_fd, LL_FS_EXECUTE | LL_FS_READ_FILE) < 0)
		goto fail;
	return rs;
fail:;
	int e = errno;
	close(rs);
	errno = e;
	return -1;
}

int sandbox_prepare(const struct run_spec *spec, const char *workdir, int exe_fd)
{
	ruleset_fd = -1;
	ruleset_cached = false;
	unsigned mask = sandbox_profile_mask(spec->profile);
	if (!(mask & SANDBOX_LANDLOCK_FS))
		return 0;
	struct stat st;
	bool cacheable = spec->profile == RUN_SUBMISSION && !spec->workdir && box_fd >= 0 &&
			 fstat(exe_fd, &st) == 0;
	if (!cacheable) {
		ruleset_fd = build_ruleset(mask, workdir, exe_fd);
		return ruleset_fd < 0 ? -1 : 0;
	}
	for (int i = 0; i < ncached; i++)
		if (ruleset_cache[i].dev == st.st_dev && ruleset_cache[i].ino == st.st_ino) {
			ruleset_fd = ruleset_cache[i].fd;
			ruleset_cached = true;
			return 0;
		}
	int rs = build_ruleset(mask, NULL, exe_fd);
	if (rs < 0)
		return -1;
	if (ncached == RULESET_CACHE) {
		close(ruleset_cache[0].fd);
		memmove(ruleset_cache, ruleset_cache + 1, (RULESET_CACHE - 1) * sizeof *ruleset_cache);
		ncached--;
	}
	ruleset_cache[ncached].dev = st.st_dev;
	ruleset_cache[ncached].ino = st.st_ino;
	ruleset_cache[ncached++].fd = rs;
	ruleset_fd = rs;
	ruleset_cached = true;
	return 0;
}

void sandbox_release(void)
{
	if (ruleset_fd >= 0 && !ruleset_cached)
		close(ruleset_fd);
	ruleset_fd = -1;
}

static int limit(int resource, rlim_t soft, rlim_t hard)
{
	struct rlimit rl = { soft, hard };
	return setrlimit(resource, &rl);
}

static int set_limits(const struct run_spec *spec)
{
	if (limit(RLIMIT_CORE, 0, 0) < 0)
		return -1;
	if (spec->cpu_limit > 0) {
		/* A backstop only: the spawner stops the program as soon as it
		 * passes the exact limit. RLIMIT_CPU counts whole seconds. */
		rlim_t s = (rlim_t)ceil(spec->cpu_limit) + 1;
		if (limit(RLIMIT_CPU, s, s + 1) < 0)
			return -1;
	}
	if (spec->output_limit > 0 &&
	    limit(RLIMIT_FSIZE, spec->output_limit + 1, spec->output_limit + 1) < 0)
		return -1;
	if (spec->profile == RUN_SUBMISSION && spec->memory_limit > 0) {
		/* The stack may grow to the memory limit, so that deep recursion
		 * works as on common judges; the limit itself is on peak RSS. */
		if (limit(RLIMIT_STACK, spec->memory_limit, spec->memory_limit) < 0)
			return -1;
	}
	if (spec->address_limit > 0 &&
	    limit(RLIMIT_AS, spec->address_limit, spec->address_limit) < 0)
		return -1;
	return 0;
}

int sandbox_enter(const struct run_spec *spec)
{
	unsigned mask = sandbox_profile_mask(spec->profile);
	if (set_limits(spec) < 0)
		return -1;
	if (mask & SANDBOX_USER) {
		/* nobody may start this many threads, all its processes counted */
		if (setgroups(0, NULL) < 0 || setgid(NOBODY) < 0 || limit(RLIMIT_NPROC, 256, 256) < 0 ||
		    setuid(NOBODY) < 0)
			return -1;
	}
	if (!(mask & (SANDBOX_LANDLOCK_FS | SANDBOX_SECCOMP)))
		return 0;
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return -1;
	if (ruleset_fd >= 0 && syscall(SYS_landlock_restrict_self, ruleset_fd, 0) < 0)
		return -1;
	if (mask & SANDBOX_SECCOMP) {
		struct sock_fprog *prog = spec->profile == RUN_COMPILER ? &filter_compiler : &filter_submission;
		if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, prog) < 0)
			return -1;
	}
	return 0;
}
