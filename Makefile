# Dealwire: the two commands a newcomer needs are `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DW := $(BIN)/dealwire
STAMP := $(VENV)/.installed

export DEALWIRE_STACK_DIR ?= $(CURDIR)/.stack
export AIRFLOW_HOME ?= $(CURDIR)/.airflow
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: install stack-up stack-down stack-status test test-unit typecheck demo schemas bench clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip wheel
	$(BIN)/pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

stack-up: install
	$(DW) stack up

stack-down:
	@if [ -x $(DW) ]; then $(DW) stack down; fi

stack-status: install
	$(DW) stack status

schemas: install
	$(DW) schemas export

# Static types first, then the whole suite against the real stack. If the stack was
# already up it is left up; otherwise it is started here and stopped again, whatever
# the tests did.
test: install typecheck
	@if $(DW) stack status >/dev/null 2>&1; then \
		$(BIN)/pytest tests; \
	else \
		$(DW) stack up || { $(DW) stack down; exit 1; }; \
		$(BIN)/pytest tests; rc=$$?; \
		$(DW) stack down; exit $$rc; \
	fi

# Static types of the package, the DAGs and the benchmarks (configuration in pyproject.toml).
typecheck: install
	$(BIN)/mypy

# Tests that need no services.
test-unit: install
	$(BIN)/pytest tests -m "not integration and not airflow"

demo: install
	$(DW) stack up
	$(DW) demo

bench: install
	$(BIN)/python -m bench

clean: stack-down
	rm -rf $(VENV) .stack .airflow .pytest_cache .hypothesis .mypy_cache
