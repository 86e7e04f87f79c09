/* Writes to stderr without end: bounded like stdout (OLE), not a hang. */
#include <string.h>
#include <unistd.h>
int main(void)
{
	char buf[1 << 16];
	memset(buf, 'e', sizeof buf);
	for (;;)
		if (write(2, buf, sizeof buf) < 0)
			return 1;
}
