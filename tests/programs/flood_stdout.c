/* Writes to stdout without end: OLE, not a hang. */
#include <string.h>
#include <unistd.h>
int main(void)
{
	char buf[1 << 16];
	memset(buf, 'x', sizeof buf);
	for (;;)
		if (write(1, buf, sizeof buf) < 0)
			return 1;
}
