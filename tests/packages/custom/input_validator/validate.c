/* One positive integer on one line. */
#include <stdio.h>
int main(void)
{
	long n;
	char c;
	if (scanf("%ld%c", &n, &c) != 2 || c != '\n' || n <= 0) {
		printf("line 1: expected a positive integer\n");
		return 43;
	}
	return getchar() == EOF ? 42 : 43;
}
