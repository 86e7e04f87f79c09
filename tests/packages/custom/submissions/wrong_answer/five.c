/* Flaw: 5 does not divide 12. */
#include <stdio.h>
int main(void)
{
	puts("5");
	return 0;
}
