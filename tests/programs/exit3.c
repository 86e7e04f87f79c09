/* Exits with status 3: RE (exit 3). */
int main(void)
{
	return 3;
}
