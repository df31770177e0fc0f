# Machishigoto — every command sets up what it needs (virtual environment from uv.lock, system libraries).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(PYTHON) -m uv
DEMO_DB ?= .data/machishigoto-demo.sqlite3
TS := resources/i18n/machishigoto_ja.ts
QM := $(TS:.ts=.qm)

.PHONY: run test bench bundle screenshots clean setup translations i18n-update

$(VENV)/.synced: pyproject.toml uv.lock
	@$(UV) --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	@bash .ci/system-packages.sh
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

setup: $(VENV)/.synced

$(QM): $(TS) $(VENV)/.synced
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

## Open the app on a demo database (created with the small demo data the first time).
run: setup translations
	@test -f $(DEMO_DB) || $(BIN)/machishigoto --db $(DEMO_DB) demo-data --size small
	$(BIN)/machishigoto --db $(DEMO_DB)

## Every check: lint, format, types, import contracts, tests (Qt offscreen).
test: setup translations
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy desktop/core server
	$(BIN)/lint-imports
	@bash .ci/postgres.sh
	QT_QPA_PLATFORM=offscreen MACHISHIGOTO_TEST_PG=$${MACHISHIGOTO_TEST_PG:-postgresql+psycopg://machishigoto:machishigoto@127.0.0.1:5432/machishigoto_test} $(BIN)/pytest
	$(MAKE) bundle && QT_QPA_PLATFORM=offscreen dist/machishigoto/machishigoto --self-test

## The long runs of the sync and server suites: 1,000 convergence examples of 40 steps, ten times
## the OpenAPI fuzzing. The convergence state machine is one test, so the per-test timeout is lifted
## here (tests with a timeout mark of their own keep it).
.PHONY: test-long
test-long: setup translations
	@bash .ci/postgres.sh
	QT_QPA_PLATFORM=offscreen MACHISHIGOTO_LONG=1 MACHISHIGOTO_TEST_PG=$${MACHISHIGOTO_TEST_PG:-postgresql+psycopg://machishigoto:machishigoto@127.0.0.1:5432/machishigoto_test} $(BIN)/pytest tests/sync tests/server -q --timeout=$${MACHISHIGOTO_LONG_TIMEOUT:-7200}

## The frozen one-folder app in dist/machishigoto/ (PyInstaller; see docs/deploy-windows.md).
bundle: setup translations
	$(BIN)/pyinstaller --noconfirm --clean installers/machishigoto.spec

bench: setup translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

screenshots: setup translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m desktop.gui.screenshots screenshots

## Refresh the translation source from the code (then translate the new entries).
i18n-update: setup
	$(BIN)/pyside6-lupdate $$(find desktop -name '*.py' | sort) -ts $(TS) -no-obsolete

clean:
	rm -rf $(VENV) .data screenshots build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis $(QM)
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
