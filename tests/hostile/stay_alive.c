/* Names itself like an attack's child and sleeps: the test interrupts the
 * judge meanwhile and checks that nothing survives. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <unistd.h>

/* The shared part of the attacks: read the test's input, answer right when
 * blocked, name started processes "hostile-child". */
struct hostile_input {
	long answer, victim, port;
	char answer_file[4096], marker_file[4096];
};

static void hostile_name_child(void)
{
	prctl(PR_SET_NAME, "hostile-child");
}
int main(void)
{
	hostile_name_child();
	sleep(60);
	return 0;
}
