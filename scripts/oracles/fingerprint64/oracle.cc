// Oracle for the fingerprint64 and feature-columns packages: libfarmhash's
// util::Fingerprint64 (Debian libfarmhash-dev), independent of the C solutions.
//
// Build:  g++ -O2 -o /tmp/fp_oracle scripts/oracles/fingerprint64/oracle.cc -lfarmhash
// Modes:
//   fp_oracle vectors > scripts/oracles/fingerprint64/vectors.txt
//       test vectors for tests/test_fingerprint64.c (format in the file header)
//   fp_oracle solve   < NAME.in > NAME.ans     answers a fingerprint64 input
//   fp_oracle hash64-util < NAME.in            the same with util::Hash64
//   fp_oracle hash64-xo   < NAME.in            ... with farmhashxo::Hash64
//       (to show that the Hash64 confusion differs on the tests)
//   fp_oracle lines   < strings                Fingerprint64 of every line
//       (without its newline), one decimal per line: used by the Python oracle
//       of feature-columns
// FingerprintCat64 is TensorFlow's (tensorflow/core/platform/fingerprint.h);
// libfarmhash has no such function, so it is written out here.
#include <farmhash.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace farmhashxo {
uint64_t Hash64(const char *s, size_t len);
}

static uint64_t shift_mix(uint64_t v) { return v ^ (v >> 47); }

static uint64_t fingerprint_cat64(uint64_t fp1, uint64_t fp2) {
  static const uint64_t kMul = 0xc6a4a7935bd1e995ULL;
  uint64_t result = fp1 ^ kMul;
  result ^= shift_mix(fp2 * kMul) * kMul;
  result *= kMul;
  result = shift_mix(result) * kMul;
  result = shift_mix(result);
  return result;
}

static uint64_t splitmix64(uint64_t *state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// The string of a vector line: LEN bytes drawn from splitmix64 seeded with
// SEED; kind 'b' takes the top byte of each draw (any byte 0..255), kind 'p'
// takes 33 + draw % 94 (printable ASCII without space, as in the inputs).
static std::string make_string(size_t len, char kind, uint64_t seed) {
  std::string s(len, '\0');
  uint64_t st = seed;
  for (size_t i = 0; i < len; i++) {
    uint64_t x = splitmix64(&st);
    s[i] = kind == 'b' ? (char)(x >> 56) : (char)(33 + x % 94);
  }
  return s;
}

static void vector_line(size_t len, char kind, uint64_t seed) {
  std::string s = make_string(len, kind, seed);
  printf("f %zu %c %llu %llu\n", len, kind, (unsigned long long)seed,
         (unsigned long long)util::Fingerprint64(s.data(), s.size()));
}

static int vectors() {
  printf("# Fingerprint64 test vectors from libfarmhash util::Fingerprint64 (Debian\n"
         "# libfarmhash-dev); made by scripts/oracles/fingerprint64/oracle.cc 'vectors'.\n"
         "# f LEN KIND SEED HASH: the string is LEN bytes drawn from splitmix64 seeded\n"
         "#   with SEED (state += 0x9e3779b97f4a7c15, then the usual mix); KIND b: the\n"
         "#   byte is draw >> 56; KIND p: the byte is 33 + draw %% 94.\n"
         "# c A B R: FingerprintCat64(A, B) = R.\n"
         "# s TEXT HASH: the catalogue's literal vectors ('-' stands for the empty string).\n");
  printf("s a %llu\n", (unsigned long long)util::Fingerprint64("a", 1));
  printf("s - %llu\n", (unsigned long long)util::Fingerprint64("", 0));
  uint64_t seed_state = 20240601;
  // every length 0..300 with arbitrary bytes, 1..300 printable
  for (size_t len = 0; len <= 300; len++) vector_line(len, 'b', splitmix64(&seed_state));
  for (size_t len = 1; len <= 300; len++) vector_line(len, 'p', splitmix64(&seed_state));
  // random lengths in every class, both kinds
  const size_t lo[] = {0, 17, 33, 65, 129, 257, 4097};
  const size_t hi[] = {16, 32, 64, 128, 256, 4096, 6000};
  const int count[] = {40, 40, 40, 40, 40, 60, 10};
  for (int c = 0; c < 7; c++)
    for (int i = 0; i < count[c]; i++) {
      size_t len = lo[c] + splitmix64(&seed_state) % (hi[c] - lo[c] + 1);
      vector_line(len, (i & 1) ? 'p' : 'b', splitmix64(&seed_state));
    }
  // maximum-length strings of the problem, and a few past it
  const size_t big[] = {99999, 100000, 100000, 100001, 131072};
  for (int i = 0; i < 5; i++) vector_line(big[i], (i & 1) ? 'b' : 'p', splitmix64(&seed_state));
  // FingerprintCat64: the seeds of the statement, and random pairs
  const uint64_t seeds[] = {0, ~0ULL, 0xDECAFCAFFEULL, 1, 1ULL << 63};
  for (uint64_t a : seeds)
    for (int i = 0; i < 4; i++) {
      uint64_t b = splitmix64(&seed_state);
      printf("c %llu %llu %llu\n", (unsigned long long)a, (unsigned long long)b,
             (unsigned long long)fingerprint_cat64(a, b));
    }
  for (int i = 0; i < 20; i++) {
    uint64_t a = splitmix64(&seed_state), b = splitmix64(&seed_state);
    printf("c %llu %llu %llu\n", (unsigned long long)a, (unsigned long long)b,
           (unsigned long long)fingerprint_cat64(a, b));
  }
  return 0;
}

// Answers an input of the fingerprint64 problem with the hash function h.
static int solve(uint64_t (*h)(const char *, size_t)) {
  std::ios::sync_with_stdio(false);
  std::string line;
  if (!std::getline(std::cin, line)) return 1;
  long q = std::stol(line);
  std::string out;
  for (long i = 0; i < q; i++) {
    if (!std::getline(std::cin, line)) return 1;
    std::istringstream in(line);
    std::string op, tok;
    in >> op;
    if (op == "hash") {
      in >> tok;
      out += std::to_string(h(tok.data(), tok.size()));
    } else {
      in >> tok;
      uint64_t acc = std::stoull(tok);
      while (in >> tok) acc = fingerprint_cat64(acc, h(tok.data(), tok.size()));
      out += std::to_string(acc);
    }
    out += '\n';
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

static uint64_t fp64(const char *s, size_t n) { return util::Fingerprint64(s, n); }
static uint64_t util_hash64(const char *s, size_t n) { return util::Hash64(s, n); }
static uint64_t xo_hash64(const char *s, size_t n) { return farmhashxo::Hash64(s, n); }

static int lines() {
  std::ios::sync_with_stdio(false);
  std::string line, out;
  while (std::getline(std::cin, line)) {
    out += std::to_string(util::Fingerprint64(line.data(), line.size()));
    out += '\n';
  }
  fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

int main(int argc, char **argv) {
  std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "vectors") return vectors();
  if (mode == "solve") return solve(fp64);
  if (mode == "hash64-util") return solve(util_hash64);
  if (mode == "hash64-xo") return solve(xo_hash64);
  if (mode == "lines") return lines();
  fprintf(stderr, "usage: %s vectors|solve|hash64-util|hash64-xo|lines\n", argv[0]);
  return 2;
}
