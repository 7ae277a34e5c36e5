# eventwire: the two commands are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
WEB    := src/eventwire/api/web
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml $(WEB)/package-lock.json | cksum | cut -d' ' -f1)
GOLD   ?= ../shared/gold
DEMO_DB ?= demo.duckdb

.PHONY: all env browser demo test bench lock eval docs clean

all: test

env: $(STAMP)

$(STAMP): requirements.lock pyproject.toml $(WEB)/package-lock.json
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	cd $(WEB) && npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python -c "from eventwire.geo import ensure_built; print('gazetteer:', ensure_built())"
	@rm -f $(VENV)/.installed-* && touch $@

# The dashboard's browser tests drive Debian's Chromium: install it when missing and we are root.
browser:
	@test -x /usr/bin/chromium || { [ "$$(id -u)" = 0 ] && (apt-get update -qq && apt-get install -y -qq chromium >/dev/null); } \
	  || echo "note: /usr/bin/chromium missing and not root: browser tests will skip (apt-get install chromium)"

# The demo starts from a fresh store, shows what it found, then serves the dashboard when run
# from a terminal (Ctrl-C stops it); elsewhere it prints the command instead.
demo: env
	rm -f $(DEMO_DB) $(DEMO_DB).wal
	$(BIN)/eventwire ingest examples/demo --db $(DEMO_DB)
	$(BIN)/eventwire events --db $(DEMO_DB) --limit 25
	$(BIN)/eventwire stories --db $(DEMO_DB) --limit 10
	$(BIN)/eventwire stats --db $(DEMO_DB)
	@if [ -t 1 ]; then $(BIN)/eventwire serve --db $(DEMO_DB); \
	 else echo "dashboard: $(BIN)/eventwire serve --db $(DEMO_DB)   # then open http://127.0.0.1:8000/"; fi

test: env browser
	$(BIN)/python -m pytest

bench: env
	$(BIN)/python benchmarks/run.py

eval: env
	$(BIN)/eventwire eval plover $(GOLD)/plover-gsr/plover-gsr-dev.jsonl --baseline plover-gsr-dev
	$(BIN)/eventwire eval timexes $(GOLD)/meantime-en --baseline meantime-en
	$(BIN)/eventwire eval places $(GOLD)/geovirus/GeoVirus.xml --baseline geovirus
	$(BIN)/eventwire eval stories $(GOLD)/ecbplus/ecbplus_docs.jsonl --baseline ecbplus

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
