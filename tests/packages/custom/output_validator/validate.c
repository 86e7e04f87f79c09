/* Kattis protocol: validate INPUT ANSWER FEEDBACK_DIR < OUTPUT; 42 accepts,
 * 43 rejects with a message in FEEDBACK_DIR/judgemessage.txt. An output of
 * "crash" makes the validator itself fail, to test JE. */
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv)
{
	if (argc < 4)
		return 1;
	long n, d;
	char word[16] = "";
	FILE *in = fopen(argv[1], "r");
	if (!in || fscanf(in, "%ld", &n) != 1)
		return 1;
	char path[4096];
	snprintf(path, sizeof path, "%s/judgemessage.txt", argv[3]);
	FILE *msg = fopen(path, "w");
	if (scanf("%15s", word) == 1 && !strcmp(word, "crash"))
		return 7;
	if (sscanf(word, "%ld", &d) != 1 || d <= 0 || n % d) {
		fprintf(msg, "'%s' does not divide %ld\n", word, n);
		return 43;
	}
	return 42;
}
