/* libFuzzer harness for the problem.yaml loader (libyaml plus the key rules,
 * limits, validator flags and bench recipes). */
#include <stdint.h>
#include <string.h>

#include "pkg.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct pkg p;
	char err[ERR_LEN];
	memset(&p, 0, sizeof p);
	p.dir = xstrdup("/nonexistent/pkg");
	p.yaml_path = xstrdup("/nonexistent/pkg/problem.yaml");
	pkg_parse_yaml((const char *)data, size, &p, err);
	pkg_free(&p);
	return 0;
}
