# vigil - news articles in, structured Sahel conflict events out.
#
# Targets:
#   make            build vigild, vigil and vigil-testbroker (build/rel/)
#   make run        install missing packages, build, run the demo on the embedded broker
#   make kafka      start a local Apache Kafka (KRaft) with vigild's topics; Ctrl-C stops it
#   make check      install missing packages, build with ASan+UBSan (and TSan), run every test
#   make unit       the unit suites alone;  make fuzz-replay: the fuzz corpora alone
#   make fuzz       run each libFuzzer harness for FUZZ_SECONDS (default 60)
#   make bench      run the benchmarks in bench/
#   make install    PREFIX=/usr DESTDIR=... installs binaries, knowledge, unit, config, man pages
#   make format     clang-format every C file;  make lint: cppcheck + format check
#
# Sources are found by folder, so adding a file to a module needs no Makefile edit.
# The layers, each depending only on those below it (a wrong include fails to
# compile: each folder sees only its own and lower layers' headers):
#   daemon/     the vigild service: config, logging, metrics, pool, alert stage (main.c: main())
#   consumers/ producers/   Kafka clients: group consumer, topic reader, producers
#   kafka/      the librdkafka client builder and the Kafka layer's log sink
#   codec/      JSON envelope decoding and event encoding (Jansson), shared by vigild and vigil
#   libvigil/   pure cleaning + extraction library (no Kafka, no JSON)
#   incidents/  incident correlation, alert rules and lifecycle (pure logic, Jansson), used by vigild
# Each layer is an archive; a program links the archives of what it includes
# (tools/link-layers), so unit tests and fuzz harnesses carry no daemon.
#   tools/vigil/        the vigil command-line tool (kafka/, codec/, libvigil/)
#   tools/testbroker/   vigil-testbroker, a Kafka-protocol broker on librdkafka's mock cluster
#   tests/unit/test_*.c  cmocka suites;  tests/integration/*.sh  process-level tests
#   fuzz/fuzz_*.c        libFuzzer harnesses, corpora in fuzz/corpus/<name>/

PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
SBINDIR = $(PREFIX)/sbin
DATADIR = $(PREFIX)/share/vigil
SYSCONFDIR ?= /etc
UNITDIR ?= $(PREFIX)/lib/systemd/system
MANDIR = $(PREFIX)/share/man

CC ?= cc
FUZZ_CC ?= clang
VARIANT ?= rel
B := build/$(VARIANT)
FUZZ_SECONDS ?= 60
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

LIB_PKGS := gumbo libutf8proc
APP_PKGS := rdkafka jansson libsystemd libmicrohttpd
PKG_CFLAGS = $(shell pkg-config --cflags $(LIB_PKGS) $(APP_PKGS) 2>/dev/null)
# libstemmer (Snowball) ships no pkg-config file
LIB_LIBS = $(shell pkg-config --libs $(LIB_PKGS) 2>/dev/null) -lstemmer -lm
# --as-needed: a program records only the shared libraries it calls
APP_LIBS = -Wl,--as-needed $(shell pkg-config --libs $(APP_PKGS) 2>/dev/null) $(LIB_LIBS) -lpthread

# Include paths by layer: a source sees its own folder and the layers below.
INC_libvigil := -Ilibvigil
INC_codec := -Icodec $(INC_libvigil)
INC_incidents := -Iincidents
INC_kafka := -Ikafka $(INC_codec)
INC_consumers := -Iconsumers $(INC_kafka)
INC_producers := -Iproducers $(INC_kafka)
INC_daemon := -Idaemon -Iconsumers -Iproducers -Iincidents $(INC_kafka)
INC_tools := -Itools/vigil $(INC_kafka)
INC_bench := $(INC_codec)
INC_tests := -Itests/unit $(INC_daemon)
INC_fuzz := $(INC_daemon)
layer_inc = $(INC_$(firstword $(subst /, ,$(1))))

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla -Wformat=2
# Hardening (every variant): stack protector, position-independent
# executables, read-only relocations bound at start.  _FORTIFY_SOURCE only
# without a sanitizer (its checked copies would bypass the sanitizers'
# interceptors).  tests/gates/hardening.sh checks the binaries.
HARDEN_CFLAGS := -fstack-protector-strong -fPIE
HARDEN_LDFLAGS := -pie -Wl,-z,relro,-z,now
BASE_CFLAGS := -std=c11 -D_GNU_SOURCE $(WARN) \
	-DVIGIL_DATADIR='"$(DATADIR)"' -DVIGIL_SYSCONFDIR='"$(SYSCONFDIR)"' -MMD -MP
ifeq ($(VARIANT),asan)
OPT_CFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
OPT_LDFLAGS := -fsanitize=address,undefined
# Sanitizers bring their own allocator.
MALLOC_LIBS :=
else ifeq ($(VARIANT),tsan)
# ThreadSanitizer: the pool, the alert thread and reload (make check runs
# their tests on this build too: TSAN_TESTS below).  tests/tsan/c11_threads
# maps librdkafka's C11 threads to the pthread calls TSan intercepts.
OPT_CFLAGS := -O1 -g -fsanitize=thread -fno-omit-frame-pointer
OPT_LDFLAGS := -fsanitize=thread
MALLOC_LIBS :=
SHIM_OBJ = $(B)/obj/tests/tsan/c11_threads.o
else
# Release: -O2 with link-time optimisation (one optimisation unit across the
# files and the layers' archives, which gcc-ar indexes; the link optimises
# with the compile's flags) and -fno-plt (calls into shared libraries go
# through the GOT that -z now binds at start, without a PLT jump).
# bench/README.md ("Build options") has what each option gave.
OPT_CFLAGS := -O2 -g -D_FORTIFY_SOURCE=2 -flto=auto -fno-plt
OPT_LDFLAGS := $(OPT_CFLAGS)
AR := gcc-ar
# Release programs that run the pipeline use jemalloc (as Redis does): the
# worker threads allocate what the Kafka thread frees, the pattern where
# glibc malloc is slowest (README, "Libraries, and why").  No symbol of
# jemalloc is named by our code (it replaces malloc), so --as-needed in
# APP_LIBS would drop it from the link: it is linked --no-as-needed
# (tests/gates/hardening.sh checks the link line and the binary).
MALLOC_LIBS = -Wl,--no-as-needed $(shell pkg-config --libs jemalloc 2>/dev/null) -Wl,--as-needed
endif
# Profile-guided optimisation of the release build, opt-in (make PGO=1):
# the variant pgo-gen, the release flags plus instrumentation, builds vigil
# in build/pgo-gen; tools/pgo-train runs it on texts we wrote (the golden
# suite, the demo articles, the behavioural suite's cases, and those as HTML
# pages) and its counters land in build/pgo/ (each object's -dumpdir, the
# same in both builds so that the profile matches the object); the release
# objects are then compiled with that profile.  Code the training never ran
# is optimised for size (-fprofile-partial-training, which keeps it at -O2,
# took most of the gain away: bench/README.md); objects it never reached
# (the daemon's) have no profile and build as without PGO.  Any source
# change retrains, and the release objects are rebuilt on the new profile.
PGO ?= 0
PGO_DATA := build/pgo
ifeq ($(VARIANT),pgo-gen)
PGO_CFLAGS := -fprofile-generate
PGO_DUMP = -dumpdir $(PGO_DATA)/$(dir $<)
else ifeq ($(VARIANT)$(PGO),rel1)
PGO_CFLAGS := -fprofile-use -Wno-missing-profile
PGO_DUMP = -dumpdir $(PGO_DATA)/$(dir $<)
PGO_STAMP := $(PGO_DATA)/profile.stamp
endif
ALL_CFLAGS = $(BASE_CFLAGS) $(HARDEN_CFLAGS) $(OPT_CFLAGS) $(PGO_CFLAGS) $(PKG_CFLAGS) $(CFLAGS)
ALL_LDFLAGS = $(HARDEN_LDFLAGS) $(OPT_LDFLAGS) $(PGO_CFLAGS) $(LDFLAGS)

LIB_SRC := $(wildcard libvigil/*.c)
CODEC_SRC := $(wildcard codec/*.c)
INCIDENTS_SRC := $(wildcard incidents/*.c)
KAFKA_SRC := $(wildcard kafka/*.c consumers/*.c producers/*.c)
DAEMON_SRC := $(filter-out daemon/main.c,$(wildcard daemon/*.c))
CLI_SRC := $(wildcard tools/vigil/*.c)
BROKER_SRC := $(wildcard tools/testbroker/*.c)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
FUZZ_SRC := $(wildcard fuzz/fuzz_*.c)

obj = $(patsubst %.c,$(B)/obj/%.o,$(1))
# The layers' archives, highest first (the link order).
LAYERS := vdaemon vincidents vkafka vcodec vigil
SRC_vdaemon := $(DAEMON_SRC)
SRC_vincidents := $(INCIDENTS_SRC)
SRC_vkafka := $(KAFKA_SRC)
SRC_vcodec := $(CODEC_SRC)
SRC_vigil := $(LIB_SRC)
UNIT_BIN := $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRC))
FUZZ_BIN := $(patsubst fuzz/%.c,build/fuzz/%,$(FUZZ_SRC))

BINS := $(B)/vigild $(B)/vigil $(B)/vigil-testbroker

.PHONY: FORCE all deps deps-kafka kafka run check unit fuzz fuzz-build fuzz-replay bench install \
	format lint clean tests tsan-build

all: $(BINS)

deps:
	@tools/install-deps

#   make kafka      start a local Apache Kafka (KRaft) with vigild's topics; Ctrl-C stops it
$(B)/obj/%.o: %.c $(B)/flags.stamp $(PGO_STAMP)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(call layer_inc,$<) $(PGO_DUMP) -c $< -o $@

# The release build's profile (PGO above): the instrumented vigil is brought
# up to date, and trained again when it was relinked (the stamp is touched
# only then, so the release objects are rebuilt only on a new profile).
# Under `make -n` the sub-make only prints, and nothing is trained.
$(PGO_DATA)/profile.stamp: FORCE
	@$(MAKE) --no-print-directory VARIANT=pgo-gen build/pgo-gen/vigil
	@if [ ! -f $@ ] || [ build/pgo-gen/vigil -nt $@ ]; then \
	  echo "pgo: training build/pgo-gen/vigil (tools/pgo-train)"; \
	  find $(PGO_DATA) -name '*.gcda' -delete 2>/dev/null; \
	  tools/pgo-train build/pgo-gen/vigil && touch $@; fi

# Objects are rebuilt when the compiler flags change (a new warning or
# hardening flag, CFLAGS=...); the stamp is rewritten only when they differ.
$(B)/flags.stamp: FORCE
	@mkdir -p $(dir $@)
	@echo '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS)' | cmp -s - $@ || \
		echo '$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS)' > $@

# vc_io.c compiles in the install paths: rebuild it when PREFIX/SYSCONFDIR change
# (the stamp is rewritten only when they differ from the last build).
$(B)/paths.stamp: FORCE
	@mkdir -p $(dir $@)
	@echo '$(DATADIR) $(SYSCONFDIR)' | cmp -s - $@ || echo '$(DATADIR) $(SYSCONFDIR)' > $@
$(call obj,codec/vc_io.c): $(B)/paths.stamp
FORCE:
# keep intermediate objects (a test's .o), so a second make links nothing
.SECONDARY:

# One archive per layer (lib<layer>.a), under build/<variant>/ and build/fuzz/.
define layer_archive
$(1)/lib$(2).a: $$(patsubst %.c,$(1)/obj/%.o,$$(SRC_$(2)))
	@mkdir -p $$(dir $$@)
	rm -f $$@ && $$(AR) rcs $$@ $$^
endef
$(foreach l,$(LAYERS),$(eval $(call layer_archive,$(B),$(l))))
$(foreach l,$(LAYERS),$(eval $(call layer_archive,build/fuzz,$(l))))
archives = $(foreach l,$(2),$(1)/lib$(l).a)

# SHIM_OBJ: the tsan variant's C11-threads shim (empty otherwise)
$(B)/vigild: $(call obj,daemon/main.c) $(SHIM_OBJ) $(call archives,$(B),$(LAYERS))
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(APP_LIBS) $(MALLOC_LIBS)

$(B)/vigil: $(call obj,$(CLI_SRC)) $(SHIM_OBJ) $(call archives,$(B),vkafka vcodec vigil)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(APP_LIBS) $(MALLOC_LIBS)

$(B)/vigil-testbroker: $(call obj,$(BROKER_SRC))
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(APP_LIBS)
ifeq ($(VARIANT),tsan)
# The test broker is not under test, and librdkafka's mock cluster crashes
# under ThreadSanitizer's runtime: it is built plain in the tsan variant.
$(B)/vigil-testbroker: OPT_CFLAGS := -O1 -g
$(B)/vigil-testbroker: OPT_LDFLAGS :=
endif

# Unit tests and fuzz harnesses link the archives of the layers they include.
link_layers = $(addprefix $(1)/,$(shell tools/link-layers $(2)))
$(foreach t,$(UNIT_SRC),$(eval $(patsubst tests/unit/%.c,$(B)/tests/%,$(t)): \
	$(call link_layers,$(B),$(t))))
$(B)/tests/%: $(B)/obj/tests/unit/%.o $(SHIM_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(APP_LIBS) -lcmocka

tests: $(BINS) $(UNIT_BIN)

run: deps
	@$(MAKE) --no-print-directory -j$(JOBS) all
	@tools/demo/run $(B)

# make check: the one test command (README, .ci/run).  Sanitizer build, unit
# suites, fuzz corpus replay, integration tests through the broker process,
# quality gates on the shared gold sets, and the ThreadSanitizer runs of the
# pool, the alert thread and reload (TSAN_UNITS, TSAN_SCRIPTS).
TSAN_UNITS := test_pool
TSAN_SCRIPTS := reload.sh alerts_scenario.sh alerts_mute.sh
check: deps-kafka
	@$(MAKE) --no-print-directory -j$(JOBS) VARIANT=asan tests
	@$(MAKE) --no-print-directory -j$(JOBS) fuzz-build
	@$(MAKE) --no-print-directory -j$(JOBS) tsan-build
	@TSAN_B=build/tsan TSAN_SCRIPTS="$(TSAN_SCRIPTS)" tests/run build/asan

# The ThreadSanitizer build: vigild, vigil, the (plain) test broker and the
# TSan unit suites, in build/tsan/.
tsan-build:
	@$(MAKE) --no-print-directory -j$(JOBS) VARIANT=tsan all \
		$(patsubst %,build/tsan/tests/%,$(TSAN_UNITS))

# make unit: the unit suites alone (ASan+UBSan build); make fuzz-replay:
# every fuzz corpus through its harness.
unit:
	@$(MAKE) --no-print-directory -j$(JOBS) VARIANT=asan \
		$(patsubst tests/unit/%.c,build/asan/tests/%,$(UNIT_SRC))
	@TEST_PARTS=unit tests/run build/asan

fuzz-replay: fuzz-build
	@TEST_PARTS=fuzz tests/run build/asan

# make kafka: a local Apache Kafka (KRaft; KAFKA_NODES=3 for three nodes)
# with vigild's topics, for trying vigild against a real broker (README).
# Ctrl-C stops it.  `make run` needs no Java: it uses the embedded broker.
KAFKA_NODES ?= 1
kafka: deps-kafka
	@$(MAKE) --no-print-directory -j$(JOBS) all
	@tools/kafka/kafka run --nodes $(KAFKA_NODES)

fuzz-build: $(FUZZ_BIN)

# Fuzz harnesses: the library, codec and daemon sources are compiled once
# with clang (sanitizers + fuzzer coverage) into build/fuzz/obj and shared by
# every harness.
FUZZ_CFLAGS = -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer-no-link,address,undefined \
	-fno-sanitize-recover=all $(PKG_CFLAGS) -MMD -MP
build/fuzz/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(call layer_inc,$<) -c $< -o $@
$(foreach f,$(FUZZ_SRC),$(eval $(patsubst fuzz/%.c,build/fuzz/%,$(f)): \
	$(call link_layers,build/fuzz,$(f))))
build/fuzz/%: build/fuzz/obj/fuzz/%.o
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined -o $@ $^ $(APP_LIBS)

fuzz: fuzz-build
	@for f in $(FUZZ_BIN); do n=$$(basename $$f); mkdir -p fuzz/corpus/$$n; \
	  echo "fuzz: $$n for $(FUZZ_SECONDS)s"; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 fuzz/corpus/$$n || exit 1; done

$(B)/pipebench: $(call obj,bench/pipebench.c) $(call archives,$(B),vcodec vigil)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(APP_LIBS) $(MALLOC_LIBS)

# bench/extract-bench: clean + extract alone, the release flags (LTO included)
$(B)/extractbench: $(call obj,bench/extractbench.c) $(call archives,$(B),vigil)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIB_LIBS) -lpthread

bench: deps-kafka all $(B)/pipebench
	@bench/run $(B)

install: all
	install -d $(DESTDIR)$(SBINDIR) $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/knowledge \
		$(DESTDIR)$(SYSCONFDIR)/vigil $(DESTDIR)$(UNITDIR)
	install -m 755 $(B)/vigild $(DESTDIR)$(SBINDIR)/vigild
	install -m 755 $(B)/vigil $(DESTDIR)$(BINDIR)/vigil
	install -m 644 knowledge/*.tsv knowledge/*.conf $(DESTDIR)$(DATADIR)/knowledge/
	install -m 644 config/vigild.conf $(DESTDIR)$(SYSCONFDIR)/vigil/vigild.conf
	sed -e 's|/usr/sbin/vigild|$(SBINDIR)/vigild|g' -e 's|/etc/vigil/|$(SYSCONFDIR)/vigil/|g' \
		systemd/vigild.service > $(DESTDIR)$(UNITDIR)/vigild.service
	@if [ -d man ]; then for m in man/*.[158]; do s=$${m##*.}; \
	  install -d $(DESTDIR)$(MANDIR)/man$$s; install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s/; done; fi

C_FILES = $(shell git ls-files '*.c' '*.h' 2>/dev/null)
format:
	clang-format -i $(C_FILES)

lint:
	clang-format --dry-run --Werror $(C_FILES)
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
		--inline-suppr --suppress=missingIncludeSystem -D__GNUC__ \
		$(INC_daemon) libvigil codec kafka daemon consumers producers incidents tools

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)
