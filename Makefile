# Makefile: builds bin/judge and its spawner and the tests, runs the test
# suite; large tests are generated on demand. `make help` lists the targets.

CC       := gcc
ROOT     := $(abspath .)
CFLAGS   ?= -O2 -g
WARN     := -std=gnu17 -Wall -Wextra -Wmissing-prototypes -Wshadow
# CI builds with WERROR=1: a warning fails the build there.
ifneq ($(WERROR),)
WARN     += -Werror
endif
CPPFLAGS += -MMD -MP -DJUDGE_DEFAULT_ROOT='"$(ROOT)"'
LDLIBS   := -lyaml -lseccomp -lm
CRITERION = $(shell pkg-config --cflags --libs criterion 2>/dev/null || echo -lcriterion)

BUILD    := build
OBJ      := $(BUILD)/obj

# The judge's modules; main.c and spawner.c hold the two programs' main().
LIB_SRCS := $(filter-out judge/main.c judge/spawner.c,$(wildcard judge/*.c))
LIB_OBJS := $(LIB_SRCS:judge/%.c=$(OBJ)/%.o)
SPAWNER_OBJS := $(OBJ)/spawner.o $(OBJ)/sandbox.o $(OBJ)/spawn_proto.o $(OBJ)/util.o
TEST_SRCS := $(wildcard tests/test_*.c)
TEST_BINS := $(TEST_SRCS:tests/%.c=$(BUILD)/tests/%)
# The tests' fixture programs, always ordinary static builds.
TEST_HELPERS := $(patsubst tests/programs/%.c,build/tests/programs/%,$(wildcard tests/programs/*.c))

.PHONY: all judge data run test unit verify deps asan fuzz clean distclean help
all: judge $(TEST_BINS) $(TEST_HELPERS)

help:
	@echo "make          build bin/judge and the tests (large tests are made on demand)"
	@echo "make run      install what is missing, build, judge the flagship's reference solution"
	@echo "make test     install what is missing, build, run every test (ends 'N passed, N failed')"
	@echo "make unit     the Criterion tests only"
	@echo "make verify   'bin/judge verify' on every package"
	@echo "make data     generate every package's large tests now (gen.txt; cached in build/cache)"
	@echo "make asan     build with AddressSanitizer and UBSan into build/asan, run the unit tests"
	@echo "make fuzz     fuzz the checker and the problem.yaml loader (FUZZ_SECONDS each, default 60)"
	@echo "              FUZZ_TARGETS=yaml picks one; a crash fails the target, inputs in build/fuzz/crashes-*"
	@echo "make deps     install the Debian packages the project needs (scripts/install-deps.sh)"
	@echo "make clean    remove what the build made; keep the cache of generated tests"
	@echo "make distclean  remove bin/ and build/, the caches too"

judge: bin/judge bin/judge-spawner

bin/judge: $(OBJ)/main.o $(BUILD)/libjudge.a | bin
	$(CC) $(WARN) $(CFLAGS) -o $@ $^ $(LDLIBS)

# Static, so that it starts fast and stays small: its children inherit its
# resident memory, not the judge's (see judge/run.h).
bin/judge-spawner: $(SPAWNER_OBJS) | bin
	$(CC) $(WARN) $(CFLAGS) -static -o $@ $^ -lseccomp -lm

$(BUILD)/libjudge.a: $(LIB_OBJS)
	ar rcs $@ $^

$(OBJ)/%.o: judge/%.c | $(OBJ)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/%.c $(BUILD)/libjudge.a | $(BUILD)/tests
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -Ijudge -o $@ $< $(BUILD)/libjudge.a $(CRITERION) $(LDLIBS)

# Tiny programs the tests judge (fixtures), built like submissions are.
build/tests/programs/%: tests/programs/%.c | build/tests/programs
	$(CC) -std=gnu17 -O2 -static -o $@ $< -lm -lpthread

bin $(OBJ) $(BUILD)/tests build/tests/programs:
	mkdir -p $@

data: judge
	bin/judge generate

deps:
	@scripts/install-deps.sh

run: deps
	@$(MAKE) --no-print-directory judge
	bin/judge submit sliding-window-max problems/sliding-window-max/submissions/accepted/deque.c

unit: judge $(TEST_BINS) $(TEST_HELPERS)
	@TEST_DIR=$(BUILD)/tests scripts/run-tests.sh --unit

verify: judge
	@scripts/run-tests.sh --verify

test: deps
	@$(MAKE) --no-print-directory judge $(TEST_BINS) $(TEST_HELPERS)
	@scripts/run-tests.sh

# The library and the tests with sanitizers; the programs they judge and the
# spawner stay ordinary (static) builds.
asan: judge $(TEST_HELPERS)
	$(MAKE) --no-print-directory BUILD=build/asan \
		CFLAGS="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
		build/asan/tests-built
	@TEST_DIR=build/asan/tests scripts/run-tests.sh --unit

$(BUILD)/tests-built: $(TEST_BINS)
	@touch $@

# libFuzzer with AddressSanitizer and UBSan (clang); new inputs go to
# build/fuzz/, the committed seeds stay as they are.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= check yaml
FUZZ_FLAGS := -std=gnu17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -Ijudge
FUZZ_check_SRCS := $(LIB_SRCS)
FUZZ_yaml_SRCS := $(LIB_SRCS)

$(BUILD)/fuzz/fuzz_%: fuzz/fuzz_%.c judge/*.h $(wildcard judge/*.c)
	@mkdir -p $(BUILD)/fuzz
	clang $(FUZZ_FLAGS) -o $@ $< $(FUZZ_$*_SRCS) $(if $(filter yaml,$*),-lyaml) -lm

fuzz:
	@scripts/install-deps.sh --fuzz
	@$(MAKE) --no-print-directory $(BUILD)/fuzz/fuzz_check $(BUILD)/fuzz/fuzz_yaml
	@for h in $(FUZZ_TARGETS); do \
		mkdir -p $(BUILD)/fuzz/corpus-$$h $(BUILD)/fuzz/crashes-$$h; \
		echo "fuzzing $$h for $(FUZZ_SECONDS) s (log: $(BUILD)/fuzz/$$h.log)"; \
		$(BUILD)/fuzz/fuzz_$$h -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
			-artifact_prefix=$(BUILD)/fuzz/crashes-$$h/ $(BUILD)/fuzz/corpus-$$h fuzz/corpus/$$h \
			>$(BUILD)/fuzz/$$h.log 2>&1; status=$$?; \
		grep -E '^(stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY)' $(BUILD)/fuzz/$$h.log; \
		[ $$status -eq 0 ] || { echo "fuzz_$$h failed: see $(BUILD)/fuzz/$$h.log"; exit 1; }; \
	done

clean:
	rm -rf bin $(BUILD)/obj $(BUILD)/tests $(BUILD)/asan $(BUILD)/fuzz $(BUILD)/libjudge.a \
		$(BUILD)/tests-built

distclean:
	rm -rf bin $(BUILD)

-include $(wildcard $(OBJ)/*.d)
