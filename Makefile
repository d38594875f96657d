# The two commands of the README: `make demo` and `make test`. Both install what is missing
# (Debian packages, through apt-get), then build termnorm (Release) with CMake.
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
TERMNORM = $(BUILD)/termnorm

.PHONY: all deps build demo test install clean

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

install: build
	cmake --install $(BUILD)

clean:
	rm -rf $(BUILD)
