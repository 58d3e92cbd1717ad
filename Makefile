# The two commands of README: `make dev` and `make test`. Both set everything up first.
PY := .venv/bin/python

.PHONY: dev test setup setup-test lint fmt bench clean

dev: setup
	.venv/bin/jobfair dev --demo

test: setup-test lint
	$(PY) -m pytest

setup:
	bash scripts/setup.sh

setup-test:
	bash scripts/setup.sh test

lint:
	.venv/bin/ruff check .
	.venv/bin/mypy

fmt:
	.venv/bin/ruff check --fix . && .venv/bin/ruff format .

bench:
	bash scripts/setup.sh bench
	$(PY) -m loadtests.run_all --append

clean:
	rm -rf .jobfair tests/artifacts loadtests/results
