/* Integer division by zero: RE (SIGFPE). */
int main(void)
{
	volatile int zero = 0;
	/* not 1 / zero: gcc computes that without dividing */
	return 1000 / zero;
}
