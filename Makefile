# escgo — build, test, demo, bench, fuzz, goldens.
#
#   make            bin/escgo and lib/libescgo_rt.a (installs missing deps first)
#   make demo       compile and run a sample
#   make test       every test; ends with "N passed, N failed"
#   make fuzz       libFuzzer on the front end (FUZZ_SECONDS, default 60)
#   make check-labs the course labs' solutions graded under gc 1.19 (labs/)
#   make conformance  Go 1.19's test suite against tests/conformance/passing.txt
#   LLVM_CONFIG=llvm-config-19 make   build against another LLVM
#   make BINDIR=x/bin LIBDIR=x/lib    put escgo and its runtime elsewhere (keep
#                   them siblings: escgo finds ../lib/libescgo_rt.a); .ci/run does
#   TESTS=run/string_ make test       only the tests whose names start so

# On a fresh machine the LLVM this Makefile asks llvm-config about is not there
# yet, and make reads every variable below before running any rule: so missing
# dependencies are installed now, while the Makefile is being read.
ifeq ($(filter clean deps,$(MAKECMDGOALS)),)
ifneq ($(shell scripts/install-deps.sh --check-only >/dev/null 2>&1 || echo missing),)
$(info escgo: installing missing dependencies (scripts/install-deps.sh))
ifneq ($(shell scripts/install-deps.sh >&2 && echo ok),ok)
$(error scripts/install-deps.sh failed; see its message above)
endif
endif
endif

LLVM_CONFIG ?= $(shell command -v llvm-config 2>/dev/null || ls /usr/bin/llvm-config-* 2>/dev/null | sort -V | tail -1)
CC ?= cc
BUILD := build/$(notdir $(LLVM_CONFIG))
BINDIR ?= bin
LIBDIR ?= lib
ESCGO := $(BINDIR)/escgo
RTLIB := $(LIBDIR)/libescgo_rt.a

LLVM_CFLAGS := $(shell $(LLVM_CONFIG) --cflags 2>/dev/null | sed 's/-std=[^ ]*//g')
LLVM_LIBS := $(shell $(LLVM_CONFIG) --ldflags --libs core analysis target native passes bitwriter 2>/dev/null) \
             $(shell $(LLVM_CONFIG) --system-libs 2>/dev/null)

CFLAGS_COMMON := -std=gnu11 -g -O2 -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare \
                 -Wno-missing-field-initializers
COMPILER_CFLAGS := $(CFLAGS_COMMON) $(LLVM_CFLAGS) -Icompiler
# escgo finds its overlay of Go's standard library (overlay/) in this checkout
# when BINDIR puts the binary elsewhere (compiler/driver/goroot.c).
$(BUILD)/compiler/driver/goroot.o: COMPILER_CFLAGS += -DESCGO_SOURCE_DIR='"$(CURDIR)"'
RUNTIME_CFLAGS := $(CFLAGS_COMMON) -DGC_THREADS -Iruntime -fno-omit-frame-pointer

COMPILER_SRCS := $(wildcard compiler/*.c compiler/*/*.c)
COMPILER_OBJS := $(patsubst %.c,$(BUILD)/%.o,$(COMPILER_SRCS))
# Unit tests and the fuzz replayer link with the whole compiler but its main().
FRONT_OBJS := $(filter-out $(BUILD)/compiler/main.o,$(COMPILER_OBJS))
# libdw and libelf: the driver reads each linked program's DWARF into its
# frame table (compiler/driver/pcln.c).
COMPILER_LIBS := $(LLVM_LIBS) -lgmp -ldw -lelf
RUNTIME_SRCS := $(wildcard runtime/*.c)
RUNTIME_ASM := $(wildcard runtime/*.S)   # the context switch (ctxswitch.S)
RUNTIME_OBJS := $(patsubst %.c,$(BUILD)/%.o,$(RUNTIME_SRCS)) $(patsubst %.S,$(BUILD)/%.o,$(RUNTIME_ASM))
# tests/unit/test_*.c link with the compiler (minus main.o); tests/unit/rt_*.c with the runtime.
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(UNIT_SRCS))
RT_UNIT_SRCS := $(wildcard tests/unit/rt_*.c)
RT_UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(RT_UNIT_SRCS))

.PHONY: difftest all deps demo test test-unit test-run test-errors test-fuzz test-gcstress fuzz goldens check-goldens check-labs bench conformance conformance-update clean

all: deps $(ESCGO) $(RTLIB)

# Installs what is missing (LLVM dev files, libgc-dev, libgmp-dev) from Debian packages.
deps:
	@scripts/install-deps.sh --check-only >/dev/null 2>&1 || scripts/install-deps.sh

# A stamp named after the LLVM in use: switching LLVM_CONFIG relinks bin/escgo
# even when the other LLVM's objects are older than the binary.
LLVM_STAMP := $(BINDIR)/.llvm-$(notdir $(LLVM_CONFIG))
$(LLVM_STAMP):
	@mkdir -p $(BINDIR)
	@rm -f $(BINDIR)/.llvm-*
	@touch $@

# jemalloc: LLVM's passes and object emission spend ~13% of a big build in
# glibc's malloc and free; with jemalloc the default build of
# bench/compile-speed's program takes ~20% less CPU (bench/RESULTS.md).
$(ESCGO): $(COMPILER_OBJS) $(LLVM_STAMP)
	@mkdir -p $(BINDIR)
	$(CC) -o $@.$$$$.tmp $(COMPILER_OBJS) $(COMPILER_LIBS) -ljemalloc -lpthread -lm && mv -f $@.$$$$.tmp $@

$(RTLIB): $(RUNTIME_OBJS)
	@mkdir -p $(LIBDIR)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/compiler/%.o: compiler/%.c $(wildcard compiler/*/*.h) runtime/escgo_rt.h
	@mkdir -p $(dir $@)
	$(CC) $(COMPILER_CFLAGS) -c -o $@ $<

$(BUILD)/runtime/%.o: runtime/%.c runtime/*.h
	@mkdir -p $(dir $@)
	$(CC) $(RUNTIME_CFLAGS) -c -o $@ $<

$(BUILD)/runtime/%.o: runtime/%.S
	@mkdir -p $(dir $@)
	$(CC) -c -o $@ $<

$(BUILD)/unit/test_%: tests/unit/test_%.c $(FRONT_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(COMPILER_CFLAGS) -o $@ $^ $(COMPILER_LIBS) -lm

$(BUILD)/unit/rt_%: tests/unit/rt_%.c $(RTLIB)
	@mkdir -p $(dir $@)
	$(CC) $(RUNTIME_CFLAGS) -o $@ $< $(RTLIB) -lgc -lpthread -lm

# Replays tests/fuzz/corpus through the fuzz target's front end (no libFuzzer).
$(BUILD)/fuzz/replay: tests/fuzz/replay.c tests/fuzz/fuzz_frontend.c $(FRONT_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(COMPILER_CFLAGS) -o $@ $^ $(COMPILER_LIBS) -lm

demo: all
	@ESCGO=$(ESCGO) scripts/demo.sh

test: all $(UNIT_BINS) $(RT_UNIT_BINS) $(BUILD)/fuzz/replay
	@ESCGO=$(ESCGO) REPLAY=$(BUILD)/fuzz/replay scripts/run-tests.sh $(UNIT_BINS) $(RT_UNIT_BINS)

# Parts of `make test` (same runner, a name prefix each).
test-unit: $(UNIT_BINS) $(RT_UNIT_BINS)
	@TESTS=unit/ scripts/run-tests.sh $(UNIT_BINS) $(RT_UNIT_BINS)
test-run: all
	@TESTS=run/ ESCGO=$(ESCGO) scripts/run-tests.sh
test-errors: all
	@TESTS="errors/ escape/" ESCGO=$(ESCGO) scripts/run-tests.sh
# Every run test with a collection every allocation (ESCGO_GCSTRESS=1):
# a pointer the collector cannot see shows up as corrupted output.
test-gcstress: all
	@TESTS=run/ NO_ASAN=1 ESCGO_GCSTRESS=1 ESCGO=$(ESCGO) scripts/run-tests.sh
test-fuzz: $(BUILD)/fuzz/replay
	@TESTS=fuzz/ REPLAY=$(BUILD)/fuzz/replay scripts/run-tests.sh

goldens:
	@scripts/make-goldens.sh

check-goldens:
	@scripts/check-goldens.sh

# The labs' solutions graded under gc 1.19: their expectations are gc's.
check-labs: all
	@scripts/check-labs.sh

bench: all
	@bench/run.sh

# Go 1.19's own test suite (golang-1.19-src): the files listed in
# tests/conformance/passing.txt must still pass; conformance-update adds
# the ones that newly pass (scripts/conformance.py).
conformance: all
	@python3 scripts/conformance.py
conformance-update: all
	@python3 scripts/conformance.py --update

fuzz:
	@LLVM_CONFIG=$(LLVM_CONFIG) scripts/fuzz.sh

# Random programs built and run by gc and escgo, every difference classified
# (scripts/difftest/main.py; N programs, default 100; needs the go command).
N ?= 100
difftest: all
	@python3 scripts/difftest/main.py -n $(N)

clean:
	rm -rf build bin lib
