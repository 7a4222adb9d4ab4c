# The commands a newcomer runs: `make run` serves the site with demo data, `make test` runs every test.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
FLASK := $(VENV)/bin/flask --app feedback_app
CHROMIUM := /usr/lib/chromium/chromium

.PHONY: run test lint bench assets install chromium pango wrk clean

$(VENV)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(VENV)/bin/pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.runtime node_modules/.installed pango

# WeasyPrint (the report as PDF) draws text with Pango, a system library from Debian's packages.
pango:
	@ldconfig -p | grep -q libpangoft2-1.0 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0)

assets: install
	$(FLASK) build-assets

run: assets
	$(FLASK) init-db
	$(FLASK) load-questionnaires
	$(FLASK) seed-demo --if-empty --responses 120
	$(VENV)/bin/gunicorn -c gunicorn.conf.py wsgi:app

# Browser tests need Debian's Chromium: browser downloads are impossible on this network.
chromium:
	@test -x $(CHROMIUM) || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

# Every test, and the docstring examples of the packages pytest's testpaths name (pyproject.toml).
# worksteal gives each worker a run of whole modules and lets an idle one take the other's rest, so a
# module's live server and seeded data are set up once rather than on both workers, and neither waits.
# One BLAS thread per process: xdist's workers already fill the cores, and numpy's threads fighting them
# for the same two made the model-training tests ten times slower (learned themes: 49 s against 4.6 s).
test: $(VENV)/.dev assets chromium
	OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 $(PY) -m pytest -n auto --dist worksteal --durations=25

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy feedback_app analysis questionnaire_format
	$(VENV)/bin/lint-imports

# Benchmarks (docs/benchmarks.md); the submission one drives gunicorn with wrk, Debian's package.
wrk:
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)

bench: $(VENV)/.dev assets wrk
	$(PY) bench/submit.py
	$(PY) bench/analysis.py
	$(PY) bench/downloads.py

clean:
	rm -rf $(VENV) node_modules feedback_app/static/vendor .pytest_cache .mypy_cache .ruff_cache .grimp_cache .import_linter_cache
