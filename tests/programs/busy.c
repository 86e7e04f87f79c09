/* A busy loop: must get TLE, stopped near the CPU limit. */
int main(void)
{
	for (volatile unsigned long i = 0;; i++)
		;
}
