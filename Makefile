# Expansion Atlas — `make run` starts the dashboard on the sample data, `make test` runs
# every test. Both install what they need first (Python packages, npm map assets, and
# for the tests Debian's Chromium), so they work on a fresh machine.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test setup assets browser lint bench clean

run: setup browser
	$(BIN)/streamlit run dashboard/app.py --server.port $(PORT)

test: setup browser
	$(BIN)/ruff check .
	$(BIN)/pytest

setup: $(VENV)/.installed assets

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

assets: node_modules/.installed dashboard/static/vendor/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

dashboard/static/vendor/.installed: node_modules/.installed dashboard/assets.py $(VENV)/.installed
	$(BIN)/python -m dashboard.assets
	touch $@

# Browser tests drive Debian's Chromium; install it when it is missing (needs root).
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
		echo "Installing Debian's chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core; \
	fi

lint: setup
	$(BIN)/ruff check .

bench: setup
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) node_modules dashboard/static/vendor .pytest_cache
