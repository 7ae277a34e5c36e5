# eventwire: the two commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
DEMO_DB ?= demo.duckdb

.PHONY: all env demo test bench lock eval docs clean

all: test

env: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@rm -f $(VENV)/.installed-* && touch $@

demo: env
	$(BIN)/eventwire ingest examples/demo --db $(DEMO_DB)
	$(BIN)/eventwire events --db $(DEMO_DB) --limit 30

test: env
	$(BIN)/python -m pytest

bench: env
	$(BIN)/python benchmarks/run.py

eval: env
	$(BIN)/eventwire eval plover ../shared/gold/plover-gsr/plover-gsr-dev.jsonl

# Regenerate the hash-checked lock after editing dependencies in pyproject.toml.
lock: env
	$(BIN)/python -m pip install --quiet uv==0.13.9
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra ray --generate-hashes \
	  --python-version 3.11 --python-platform x86_64-manylinux_2_28 -o requirements.lock

clean:
	rm -rf $(VENV) $(DEMO_DB) .pytest_cache

# Regenerate the README's CLI reference from the commands.
docs: env
	$(BIN)/python -m eventwire.cli.docs --write README.md
