# Two doors: `make run` and `make test`. Everything they need is set up inside them.
#
# Lean install: camel-tools declares torch and transformers, which pull several GB of
# CUDA wheels; this project uses only its pure-Python utilities. So every package of
# the environment is pinned in requirements.lock and installed with --no-deps, and the
# project itself is installed with --no-deps on top. Result: no torch, no nvidia-*.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ASSETS := static/vendor/.installed
# The extraction modules compiled with mypyc (incidents/compiled.py names them); the build's
# manifest is written last and lists the hashes of the sources it was made from, and the
# build does nothing while they match.
NATIVE := build/native/SOURCES.sha256
DB ?= $(or $(INCIDENTMAP_DB),data/incidents.db)

.PHONY: run test lint typecheck unit setup assets store bench clean

setup: $(STAMP) $(ASSETS) $(NATIVE)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# Without a C compiler the build fails and the plain modules run (the same results, slower);
# CI sets REQUIRE_NATIVE=1, which makes the test suite fail unless the build is in force.
$(NATIVE): $(wildcard incidents/*.py) $(STAMP)
	$(BIN)/python -m incidents.native build || echo "compiled modules not built: the plain ones run"

# Leaflet and its cluster plugin come from npm at set-up time and are served by
# Streamlit's static file serving from static/vendor (never committed).
$(ASSETS): package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	rm -rf static/vendor && mkdir -p static/vendor
	cp -r node_modules/leaflet/dist static/vendor/leaflet
	cp -r node_modules/leaflet.markercluster/dist static/vendor/leaflet.markercluster
	touch $@

# With a PostgreSQL URL in INCIDENTMAP_DB the ingest runs each time (it stores only new
# texts); the line is not echoed, as the URL may hold a password.
store: setup
	@test -f "$(DB)" || $(BIN)/incidentmap ingest data/articles || test $$? -eq 2

run: setup store
	$(BIN)/streamlit run app.py --server.address 127.0.0.1 --server.port 8501 \
		--browser.gatherUsageStats false --server.enableStaticServing true

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy

# The PostgreSQL tests want a server they may create databases on ($$INCIDENTMAP_TEST_PG).
# Unless one is named, pytest runs inside a throwaway PostgreSQL 15 cluster when Debian's
# postgresql-15 is installed (pg_virtualenv; its own messages are dropped so that pytest's
# summary ends the output). Without a server they are skipped; REQUIRE_POSTGIS=1 fails them.
PG_CLUSTER := $(if $(INCIDENTMAP_TEST_PG),,$(and $(shell command -v pg_virtualenv),$(wildcard /usr/lib/postgresql/15/bin/initdb)))

unit: setup
ifneq ($(PG_CLUSTER),)
	pg_virtualenv -v 15 sh -c 'INCIDENTMAP_TEST_PG=postgresql:// exec $(BIN)/pytest >&3' 3>&1 >/dev/null
else
	$(BIN)/pytest
endif

test: lint typecheck unit

bench: setup
	for f in bench/*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(VENV) node_modules static/vendor .pytest_cache .mypy_cache .ruff_cache
