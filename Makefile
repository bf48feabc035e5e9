# reasonscale: `make report` builds every report, `make test` runs the whole test suite.
# Both create .venv from the pinned dependencies when it is missing or out of date.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
ARGS   ?=

.PHONY: report test lab figures bench lint clean-reports env
.DEFAULT_GOAL := report

$(STAMP): requirements.txt requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt -c requirements.lock
	@# Put the project root on the venv's path (an editable install without a build step).
	$(PY) -c "import pathlib, site; pathlib.Path(site.getsitepackages()[0], 'reasonscale.pth').write_text(str(pathlib.Path.cwd()) + '\n')"
	$(PY) -m ipykernel install --sys-prefix --name reasonscale --display-name "Python (reasonscale)" >/dev/null
	@touch $(STAMP)

env: $(STAMP)

report: $(STAMP)
	@$(PY) -m analysis build $(ARGS)

test: $(STAMP) lint
	$(PY) -m pytest $(ARGS)

lab: $(STAMP)
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

figures: $(STAMP)
	@$(PY) -m analysis figures $(ARGS)

bench: $(STAMP)
	@$(PY) -m analysis bench $(ARGS)

# ruff (style, complexity <= 12) and import-linter (stages import only downward, pyproject.toml)
lint: $(STAMP)
	$(VENV)/bin/ruff check analysis tests
	$(VENV)/bin/lint-imports --no-cache

# Generated outputs go; the prediction ledger (data/derived/ledger.csv) is history and stays.
clean-reports:
	rm -rf reports/*.html reports/executed reports/manifest.json reports/figures
	find data/derived -mindepth 1 -maxdepth 1 ! -name ledger.csv -exec rm -rf {} +
