/* Prints its uid, gid and number of supplementary groups. */
#include <stdio.h>
#include <unistd.h>
int main(void)
{
	printf("%d %d %d\n", (int)getuid(), (int)getgid(), getgroups(0, NULL));
	return 0;
}
