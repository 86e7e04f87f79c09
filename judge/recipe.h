/* recipe: a bench recipe, the generator's arguments as a function of the
 * size n and a seed: "{seed} {n} {n/2}" with integer arithmetic in braces. */
#ifndef JUDGE_RECIPE_H
#define JUDGE_RECIPE_H

/* Substitute every {expr} of tmpl and split the result on spaces into a
 * NULL-terminated argument vector (free with recipe_free). Expressions: n,
 * seed, integers (1000, 1e6), + - * / % and parentheses, sqrt(x) (the
 * integer square root), min(a,b), max(a,b). Returns the argument count, or
 * -1 with a message. */
int recipe_expand(const char *tmpl, long long n, long long seed, char ***argv, char *err);
void recipe_free(char **argv);

#endif
