/* Leaves a file beside its own directory (a trusted program may: it has no
 * Landlock rules); the runner must clear it before the next test. */
#include <stdio.h>
int main(void)
{
	FILE *f = fopen("../leftover", "w");
	if (!f)
		return 1;
	fputs("state for the next test\n", f);
	return fclose(f) != 0;
}
