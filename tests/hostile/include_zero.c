/* Compile-time attack: the preprocessor reads /dev/zero forever. */
#include "/dev/zero"
int main(void) { return 0; }
