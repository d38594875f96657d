# The two commands of the README: `make demo` and `make test`. Both install what is missing
# (Debian packages, through apt-get), then build termnorm (Release) with CMake.
# Reliability (README "Reliability"): `make check-sanitize` runs the tests under
# AddressSanitizer and UndefinedBehaviorSanitizer, `make fuzz` each fuzz target for
# FUZZ_SECONDS, both in a clang build folder of their own.
BUILD ?= build
SANITIZE_BUILD ?= build-asan
FUZZ_SECONDS ?= 20
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
TERMNORM = $(BUILD)/termnorm

.PHONY: all deps build demo test install clean sanitize-build check-sanitize fuzz

all: build

deps:
	sh scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(BUILD) -j $(JOBS)

# Runs termnorm on every example article: the English ones into Chinese-free English, the
# Chinese one into clean Chinese.
demo: build
	@for f in examples/*.txt; do \
	  echo "===== termnorm $$f"; \
	  $(TERMNORM) "$$f" || exit $$?; \
	done

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

# Debug keeps the library's assertions on; -O1 keeps the instrumented tests fast enough.
sanitize-build: deps
	CXX=clang++ cmake -S . -B $(SANITIZE_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 \
	  -DTERMNORM_SANITIZE=ON -DTERMNORM_FUZZ=ON -DFUZZ_SECONDS=$(FUZZ_SECONDS)
	cmake --build $(SANITIZE_BUILD) -j $(JOBS)

# The whole suite but the `slow` label (one 200 MB line) and the corpus score gates (the same
# code paths as the golden tests, on more text), which `make test` runs: CI's time budget.
check-sanitize: sanitize-build
	ctest --test-dir $(SANITIZE_BUILD) --output-on-failure -j $(JOBS) -LE slow -E '^corpus_(score|passthrough)$$'

fuzz: sanitize-build
	@for target in normalizer lexicon yaml_reader jsonl; do \
	  echo "===== fuzzing $$target for $(FUZZ_SECONDS) s"; \
	  cmake --build $(SANITIZE_BUILD) --target fuzz_$${target}_run || exit $$?; \
	done

install: build
	cmake --install $(BUILD)

clean:
	rm -rf $(BUILD) $(SANITIZE_BUILD)
