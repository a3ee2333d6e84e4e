# The two quick-start commands: `make site` builds content/ into output/, `make test` runs the
# whole suite. Both install what they need into .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: site test lint golden serve-output clean

site: $(VENV)/.installed
	$(BIN)/python build.py build

test: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .

# Regenerate the golden files after an intended change to the output (then review the diff).
golden: $(VENV)/.installed
	$(BIN)/python -m tests.golden

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	bash scripts/install_browser.sh
	bash scripts/install_web_tools.sh
	touch $@

clean:
	rm -rf output $(VENV) .pytest_cache .ruff_cache *.egg-info
