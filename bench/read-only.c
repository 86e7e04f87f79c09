/*
 * The read-only baseline of `judge bench`: read all of stdin in 64 KiB
 * blocks (the solutions' buffer size) and exit, writing nothing.
 * Time: O(input bytes). Memory: O(1).
 * Its time is the floor under every solution on the same input: starting a
 * process plus moving the input into memory. The bench subtracts it before
 * fitting the scaling exponent and prints solutions' throughput beside it.
 */
#include <unistd.h>

static char buf[1 << 16];

int main(void)
{
	while (read(0, buf, sizeof buf) > 0)
		;
	return 0;
}
