/* Two integers on one line, |x| <= 2*10^9. */
#include <stdio.h>
#include <stdlib.h>
int main(void)
{
	long a, b;
	char c;
	if (scanf("%ld %ld%c", &a, &b, &c) != 3 || c != '\n' || labs(a) > 2000000000 || labs(b) > 2000000000) {
		printf("line 1: expected two integers\n");
		return 43;
	}
	return getchar() == EOF ? 42 : 43;
}
