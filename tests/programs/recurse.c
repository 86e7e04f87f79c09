/* Deep recursion (10^6 frames, about 100 MB of stack): must pass when the
 * memory limit allows it, since the stack may grow to the memory limit. */
#include <stdio.h>
static long depth(long n, volatile char *prev)
{
	volatile char frame[64];
	frame[0] = prev ? prev[0] + 1 : 0;
	return n == 0 ? frame[0] : depth(n - 1, frame) + 1;
}
int main(void)
{
	printf("%ld\n", depth(1000000, 0));
	return 0;
}
