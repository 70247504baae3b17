# vigil - news articles in, structured Sahel conflict events out.
#
# Targets:
#   make            build vigild, vigil and vigil-testbroker (build/rel/)
#   make run        install missing packages, build, run the demo on the embedded broker
#   make kafka      start a local Apache Kafka (KRaft) with vigild's topics; Ctrl-C stops it
#   make check      install missing packages, build with ASan+UBSan, run every test
#   make fuzz       run each libFuzzer harness for FUZZ_SECONDS (default 60)
#   make bench      run the benchmarks in bench/
#   make install    PREFIX=/usr DESTDIR=... installs binaries, knowledge, unit, config, man pages
#   make format     clang-format every C file;  make lint: cppcheck + format check
#
# Sources are found by folder, so adding a file to a module needs no Makefile edit:
#   libvigil/   pure cleaning + extraction library (no Kafka, no JSON)
#   codec/      JSON envelope decoding and event encoding (Jansson), shared by vigild and vigil
#   daemon/ consumers/ producers/   the vigild service (daemon/main.c holds main())
#   incidents/  incident correlation, alert rules and lifecycle (pure logic, Jansson), used by vigild
#   tools/vigil/        the vigil command-line tool
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
LIB_LIBS = $(shell pkg-config --libs $(LIB_PKGS) 2>/dev/null) -lm
APP_LIBS = $(shell pkg-config --libs $(APP_PKGS) 2>/dev/null) $(LIB_LIBS) -lpthread

WARN := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla
BASE_CFLAGS := -std=c11 -D_GNU_SOURCE $(WARN) -Ilibvigil -Icodec -Idaemon -Iconsumers -Iproducers -Iincidents \
	-DVIGIL_DATADIR='"$(DATADIR)"' -DVIGIL_SYSCONFDIR='"$(SYSCONFDIR)"' -MMD -MP
ifeq ($(VARIANT),asan)
OPT_CFLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
OPT_LDFLAGS := -fsanitize=address,undefined
# Sanitizers bring their own allocator.
MALLOC_LIBS :=
else
OPT_CFLAGS := -O2 -g
OPT_LDFLAGS :=
# Release programs that run the pipeline use jemalloc (as Redis does): the
# worker threads allocate what the Kafka thread frees, the pattern where
# glibc malloc is slowest (README, "Libraries, and why").
MALLOC_LIBS = $(shell pkg-config --libs jemalloc 2>/dev/null)
endif
ALL_CFLAGS = $(BASE_CFLAGS) $(OPT_CFLAGS) $(PKG_CFLAGS) $(CFLAGS)
ALL_LDFLAGS = $(OPT_LDFLAGS) $(LDFLAGS)

LIB_SRC := $(wildcard libvigil/*.c)
CODEC_SRC := $(wildcard codec/*.c)
DAEMON_SRC := $(filter-out daemon/main.c,$(wildcard daemon/*.c consumers/*.c producers/*.c incidents/*.c))
CLI_SRC := $(wildcard tools/vigil/*.c)
BROKER_SRC := $(wildcard tools/testbroker/*.c)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
FUZZ_SRC := $(wildcard fuzz/fuzz_*.c)

obj = $(patsubst %.c,$(B)/obj/%.o,$(1))
LIB_OBJ := $(call obj,$(LIB_SRC))
CODEC_OBJ := $(call obj,$(CODEC_SRC))
DAEMON_OBJ := $(call obj,$(DAEMON_SRC))
UNIT_BIN := $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRC))
FUZZ_BIN := $(patsubst fuzz/%.c,build/fuzz/%,$(FUZZ_SRC))

BINS := $(B)/vigild $(B)/vigil $(B)/vigil-testbroker

.PHONY: FORCE all deps deps-kafka kafka run check unit fuzz fuzz-build fuzz-replay bench install format lint clean tests

all: $(BINS)

deps:
	@tools/install-deps

# make check and make kafka also need Java 17 and Maven (the real Apache Kafka)
deps-kafka:
	@tools/install-deps --kafka

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# vc_io.c compiles in the install paths: rebuild it when PREFIX/SYSCONFDIR change
# (the stamp is rewritten only when they differ from the last build).
$(B)/paths.stamp: FORCE
	@mkdir -p $(dir $@)
	@echo '$(DATADIR) $(SYSCONFDIR)' | cmp -s - $@ || echo '$(DATADIR) $(SYSCONFDIR)' > $@
$(call obj,codec/vc_io.c): $(B)/paths.stamp
FORCE:

$(B)/libvigil.a: $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(AR) rcs $@ $^

$(B)/vigild: $(call obj,daemon/main.c) $(DAEMON_OBJ) $(CODEC_OBJ) $(B)/libvigil.a
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(APP_LIBS) $(MALLOC_LIBS)

$(B)/vigil: $(call obj,$(CLI_SRC)) $(DAEMON_OBJ) $(CODEC_OBJ) $(B)/libvigil.a
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(APP_LIBS) $(MALLOC_LIBS)

$(B)/vigil-testbroker: $(call obj,$(BROKER_SRC))
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(APP_LIBS)

$(B)/tests/%: $(B)/obj/tests/unit/%.o $(DAEMON_OBJ) $(CODEC_OBJ) $(B)/libvigil.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(APP_LIBS) -lcmocka

tests: $(BINS) $(UNIT_BIN)

run: deps
	@$(MAKE) --no-print-directory -j$(JOBS) all
	@tools/demo/run $(B)

# make check: the one test command (README, .ci/run).  Sanitizer build, unit
# suites, fuzz corpus replay, integration tests through the broker process,
# then quality gates on the shared gold sets.
check: deps-kafka
	@$(MAKE) --no-print-directory -j$(JOBS) VARIANT=asan tests
	@$(MAKE) --no-print-directory -j$(JOBS) fuzz-build
	@tests/run build/asan

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
	-fno-sanitize-recover=all -Ilibvigil -Icodec -Idaemon -Iconsumers -Iproducers -Iincidents \
	$(PKG_CFLAGS) -MMD -MP
FUZZ_SHARED_SRC = $(LIB_SRC) $(CODEC_SRC) $(DAEMON_SRC)
FUZZ_OBJ = $(patsubst %.c,build/fuzz/obj/%.o,$(FUZZ_SHARED_SRC))
build/fuzz/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -c $< -o $@
build/fuzz/%: build/fuzz/obj/fuzz/%.o $(FUZZ_OBJ)
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined -o $@ $^ $(APP_LIBS)

fuzz: fuzz-build
	@for f in $(FUZZ_BIN); do n=$$(basename $$f); mkdir -p fuzz/corpus/$$n; \
	  echo "fuzz: $$n for $(FUZZ_SECONDS)s"; \
	  $$f -max_total_time=$(FUZZ_SECONDS) -max_len=65536 fuzz/corpus/$$n || exit 1; done

$(B)/pipebench: $(call obj,bench/pipebench.c) $(CODEC_OBJ) $(B)/libvigil.a
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(APP_LIBS) $(MALLOC_LIBS)

bench: all $(B)/pipebench
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
		-Ilibvigil -Icodec -Idaemon -Iincidents libvigil codec daemon consumers producers incidents tools

clean:
	rm -rf build

-include $(shell find build -name '*.d' 2>/dev/null)
