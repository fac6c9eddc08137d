# The two commands of README.md: `make lab` (set up, open the course) and `make test` (set up, run every test).
VENV ?= .venv
BIN := $(VENV)/bin
LANG_OPT ?= zh

.PHONY: setup lab test test-fast notebooks data benchmark clean

setup:
	@bash tools/setup.sh

lab: setup
	$(BIN)/cxlab lab --lang $(LANG_OPT)

test: setup
	$(BIN)/python -m pytest

# Everything but the notebook executions (a quick loop while editing the package).
test-fast: setup
	$(BIN)/python -m pytest -m "not notebook and not slow"

# Rebuild the zh/en notebooks from notebooks/src and exercises/src; regenerate data/ from its seeded generators.
notebooks: setup
	$(BIN)/python tools/nbbuild.py

data: setup
	$(BIN)/python -m cxlab._datagen

benchmark: setup
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
