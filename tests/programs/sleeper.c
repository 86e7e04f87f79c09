/* Sleeps without using CPU: must get TLE through the wall-clock limit. */
#include <unistd.h>
int main(void)
{
	sleep(1000);
	return 0;
}
