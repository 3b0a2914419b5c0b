# Two commands matter: `make demo` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed


.PHONY: postgres chromium install demo test test-lean test-faults test-unit test-integration golden docs docs-check bench typecheck clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# compat: a plain path entry, which type checkers follow to the package and its py.typed
	# (the default import-hook mode hides it from mypy and pyright).
	$(PY) -m pip install --quiet -e '.[test,parser,dev]' --config-settings editable_mode=compat
	touch $(STAMP)

install: $(STAMP)

## Best effort: Debian's PostgreSQL server for the Database-engine tests (they skip without it).
postgres:
	@ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; } || \
	  echo "PostgreSQL server not available: the Database-engine integration tests will skip"

## Run examples/quickstart.py against an embedded OpenBao dev server, or against $$VAULT_ADDR if set:
## there it writes only under names with a random suffix and removes exactly what it created.
demo: $(STAMP)
	$(PY) examples/run_demo.py

## The whole suite: unit, golden replay and integration tests against real OpenBao servers;
## then the integration tests again through the lean urllib3 adapters.
test: $(STAMP) postgres chromium typecheck
	$(PY) -m pytest -q -p no:cacheprovider tests --ignore=tests/faults
	HVAC_TEST_ADAPTER=lean $(PY) -m pytest -q -p no:cacheprovider tests/integration

## The integration tests through hvac.adapters.Urllib3Adapter/Urllib3RawAdapter only.
test-lean: $(STAMP)
	HVAC_TEST_ADAPTER=lean $(PY) -m pytest -q -p no:cacheprovider tests/integration

## Fault tests that need a 3-node OpenBao raft cluster (slower).
test-faults: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider -s tests/faults

test-unit: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider tests --ignore=tests/faults -m "not integration"

test-integration: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider tests --ignore=tests/faults -m integration

## Replay the golden traffic and print the pass count.
golden: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider tests/test_golden.py

## The HTML documentation (furo theme; the API reference is generated from the code by
## docs/_ext/hvac_reference.py): open docs/_build/html/index.html.
docs: $(STAMP)
	$(PY) -m sphinx -W --keep-going -q -b html docs docs/_build/html

## Best effort: Debian's Chromium, for the browser check of the docs (it skips without it).
chromium:
	@command -v chromium >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	  echo "Chromium not available: the browser check of the docs will skip"

## The docs build with -W, the reference covers every API method and module, and headless Chromium
## sees the sidebar groups (the changelog and guides among them), code on the front page, the PKI
## reference, search, KV v2's code blocks fitting at 1280/390 px, and no code block of a usage
## page or the quickstart scrolling at 1280 px.
docs-check: $(STAMP) chromium
	$(PY) -m pytest -q -p no:cacheprovider tests/test_docs_build.py tests/test_docs_reference.py tests/test_docs_browser.py

bench: $(STAMP)
	$(PY) benchmarks/run.py

## Static types: the whole package under mypy --strict, then pyright (its PyPI wrapper fetches
## Node.js and the checker from the npm registry; where it cannot, that half is skipped).
typecheck: $(STAMP)
	$(PY) -m mypy --strict hvac
	@if $(VENV)/bin/pyright --version >/dev/null 2>&1; then $(VENV)/bin/pyright --pythonpath $(PY) hvac; \
	  else echo "pyright cannot run here (no Node.js from the npm registry): skipped"; fi

clean:
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache *.egg-info
