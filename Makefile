# omnimap: the two commands of the README are `make run` and `make test`.
# Both install what they need: system packages (when run as root; otherwise the
# exact apt command is printed), a venv in .venv, and the compiled assets.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
NOQT   := .venv-noqt

# Qt's offscreen platform needs these; the real X server (Xvfb) the rest.
# fonts-noto-color-emoji: facilitators put emoji in labels ("🛒 Koszyk"); without
# a colour emoji font the canvas and the PNG/PDF exports draw empty boxes.
SYS_PKGS := python3-venv graphviz fonts-liberation2 libglib2.0-0 libgl1 libegl1 libxkbcommon0 libx11-6 libfontconfig1 \
	libfreetype6 libdbus-1-3 fonts-liberation fonts-noto-color-emoji xvfb xauth libxkbcommon-x11-0 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0

export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test sysdeps venv lint test-noqt test-display assets i18n bench clean

run: sysdeps venv assets
	$(BIN)/omnimap --sample

test: sysdeps venv assets lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(MAKE) test-noqt
	$(MAKE) test-display

sysdeps:
	@missing=""; for p in $(SYS_PKGS); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "system packages: all present"; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "installing:$$missing"; \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
		echo "Missing system packages. Run:"; \
		echo "  sudo apt-get install -y$$missing"; \
		echo "(continuing; Qt may fail to start without them)"; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

# Compiled translations (.qm) are built from resources/i18n/*.ts into omnimap/assets/i18n/.
assets: venv
	$(BIN)/python -m omnimap.gui.i18n --release

# Re-extract the UI strings into the .ts sources (then translate them, then `make assets`).
i18n: venv
	$(BIN)/python -m omnimap.gui.i18n --update

lint: venv
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/mypy

# The Qt-free layers must work without PySide6 at all: a second venv without it.
test-noqt: $(NOQT)/.installed
	@! $(NOQT)/bin/python -c "import PySide6" 2>/dev/null || (echo "PySide6 leaked into $(NOQT)"; exit 1)
	$(NOQT)/bin/python -m pytest -q -p no:cacheprovider -m "not qt" --ignore=tests/gui \
		--ignore=tests/display --ignore=omnimap/gui --ignore=omnimap/commands \
		--ignore=omnimap/raster tests omnimap

$(NOQT)/.installed: pyproject.toml
	test -x $(NOQT)/bin/python || $(PYTHON) -m venv $(NOQT)
	$(NOQT)/bin/python -m pip install -q --upgrade pip
	$(NOQT)/bin/python -m pip install -q --no-deps -e .
	$(NOQT)/bin/python -m pip install -q networkx graphviz graphviz-pure==0.2.2 'pydantic>=2.5,<3' \
		'psygnal>=0.11' python-pptx pytest hypothesis
	touch $@

# Tests that need a real X server; skipped with a message when Xvfb is absent.
test-display: venv
	@if command -v xvfb-run >/dev/null; then \
		xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python -m pytest -q -m display tests/display; \
	else echo "xvfb-run not installed: display tests skipped"; fi

bench: venv
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) $(NOQT) build dist *.egg-info .pytest_cache .ruff_cache
