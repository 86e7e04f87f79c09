/* Does nothing: its peak memory must be reported as tiny. */
int main(void)
{
	return 0;
}
