/*
 * Generator for crc32c: ./gen SEED N [MODE] writes N bytes to stdout.
 * MODE: random (default; splitmix64 bytes), zero, ff, text (printable ASCII
 * lines), inc (bytes 0, 1, ..., 255, 0, ...).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng_state;

static uint64_t splitmix64(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
	return z ^ (z >> 31);
}

int main(int argc, char **argv)
{
	static unsigned char buf[1 << 16];
	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: gen SEED N [random|zero|ff|text|inc]\n");
		return 2;
	}
	rng_state = strtoull(argv[1], NULL, 10);
	unsigned long long n = strtoull(argv[2], NULL, 10);
	const char *mode = argc == 4 ? argv[3] : "random";
	int m = !strcmp(mode, "random") ? 0 : !strcmp(mode, "zero") ? 1 :
		!strcmp(mode, "ff") ? 2 : !strcmp(mode, "text") ? 3 :
		!strcmp(mode, "inc") ? 4 : -1;
	if (m < 0) {
		fprintf(stderr, "gen: unknown mode '%s'\n", mode);
		return 2;
	}
	unsigned long long done = 0;
	while (done < n) {
		size_t len = n - done < sizeof buf ? (size_t)(n - done) : sizeof buf;
		for (size_t i = 0; i < len; i += 8) {
			uint64_t r = splitmix64();
			for (size_t j = i; j < i + 8 && j < len; j++, r >>= 8) {
				switch (m) {
				case 0: buf[j] = (unsigned char)r; break;
				case 1: buf[j] = 0; break;
				case 2: buf[j] = 0xff; break;
				case 3: buf[j] = (r & 0xff) % 64 == 0 ? '\n' :
						 (unsigned char)(' ' + (r & 0xff) % 95);
					break;
				default: buf[j] = (unsigned char)(done + j); break;
				}
			}
		}
		fwrite(buf, 1, len, stdout);
		done += len;
	}
	return fflush(stdout) == 0 ? 0 : 1;
}
