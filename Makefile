# newslens — the two commands (see README.md):
#   make serve   set up, build the wasm and serve the page on http://127.0.0.1:8000
#   make test    set up, build, and run every test (Rust, wasm in Chromium, the page in Chromium)
# Each sets up what is missing on a fresh machine (scripts/setup.sh) and skips what is there.

PORT ?= 8000

.PHONY: serve test setup wasm test-rust test-wasm test-browser release

serve: wasm
	node scripts/serve.mjs --port $(PORT)

test: wasm
	$(MAKE) test-rust test-wasm test-browser

setup:
	bash scripts/setup.sh

wasm: setup
	bash scripts/build-wasm.sh
	node scripts/build-single.mjs

# The native tests: unit tests, the CLI on real files, doc tests.
test-rust: setup
	cargo test

# The wasm bindings, in headless Chromium (wasm-bindgen-test).
test-wasm: setup
	bash scripts/test-wasm.sh

# The page, in headless Chromium (node --test + playwright-core); needs `make wasm` first.
test-browser: setup
	node --test tests/browser/

# The release CLI, as ../shared/eval/measure.py runs it.
release:
	cargo build --release
