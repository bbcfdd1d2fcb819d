#!/usr/bin/env node
// Browser benchmark: newslens (wasm) against compromise and chrono-node, in headless Chromium.
//
//   node benches/browser/bench.mjs [--json] [--seconds 1] [--save FILE]   (make bench-browser; needs make wasm)
//   --save FILE also writes the JSON report to FILE (make bench's summary reads it).
//
// What is measured, in one page (benches/browser/index.html, served with the repository root
// as its root so it loads /www/pkg/ and /node_modules/) and one run:
//   newslens wasm      analyze(text, {referenceDate}) on the page's main thread
//   newslens worker    the product's www/worker.js, timed from postMessage to the answer
//                      (includes copying the analysis back)
//   compromise+dates   compromise 14.17 + compromise-dates 3.9: nlp(text), then people(),
//                      places(), organizations() (as text) and dates({today}).get()
//   chrono-node        chrono.parse(text, referenceDate) (2.10)
// on three text groups: the 23 dev-set articles (tests/fixtures/eval/newsdev.jsonl, each with
// its "dct" as the reference date), the example article (www/example.txt) and a long text of
// about 10,000 words (whole dev-set articles joined until 10,000 words are reached).
// Each tool first runs over all the texts for 6 s (see SETTLE_MS), then, per group, after a
// garbage collection, for a warm-up (1 s), then again until at least --seconds have passed
// (whole passes over the group); rate = characters analysed / time. MB/s counts UTF-8 bytes (1 MB = 10^6 bytes). The tools do different amounts of work: newslens also finds
// quotes, titles and a timeline and returns every span's offsets.
// Cold start: as scripts/bench-page.mjs measures it: a fresh browser context opens the product
// page at /#example (www/ served by scripts/serve.mjs); from navigation start to the page's
// `newslens:rendered` mark (the example's analysis drawn) and `newslens:painted` (the frame
// after it); the medians of 7 runs are reported.
// Memory: the page's JS heap (performance.memory, sampled after each tool and group; it
// holds every tool) and the main thread's wasm memory at the end (it only grows).

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { coldStart as pageColdStart } from '../../scripts/bench-page.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/browser/harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLE_DCT = '2013-04-16'; // the example's own date line
const LONG_WORDS = 10_000;
const COLD_RUNS = 7;

const args = process.argv.slice(2);
const json = args.includes('--json');
const secondsAt = args.indexOf('--seconds');
const minMs = 1000 * (secondsAt >= 0 ? Number(args[secondsAt + 1]) : 1);
const saveAt = args.indexOf('--save');
const saveTo = saveAt >= 0 ? args[saveAt + 1] : null;
const isValue = (i) => (secondsAt >= 0 && i === secondsAt + 1) || (saveAt >= 0 && i === saveAt + 1);
if (!(minMs > 0) || (saveAt >= 0 && !saveTo) || args.some((a, i) => !['--json', '--seconds', '--save'].includes(a) && !isValue(i))) {
  console.error('usage: node benches/browser/bench.mjs [--json] [--seconds 1] [--save FILE]');
  process.exit(2);
}

const words = (text) => text.split(/\s+/).filter(Boolean).length;

async function loadGroups() {
  const dev = (await readFile(new URL('../../tests/fixtures/eval/newsdev.jsonl', import.meta.url), 'utf8'))
    .split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line)).map(({ text, dct }) => ({ text, dct }));
  const example = await readFile(new URL('../../www/example.txt', import.meta.url), 'utf8');
  const parts = [];
  while (words(parts.join('\n\n')) < LONG_WORDS) parts.push(dev[parts.length % dev.length].text);
  return {
    dev: { texts: dev },
    example: { texts: [{ text: example, dct: EXAMPLE_DCT }] },
    long: { texts: [{ text: parts.join('\n\n'), dct: dev[0].dct }] },
  };
}

/** Cold start as `scripts/bench-page.mjs` measures it (the same definition, one number). */
async function coldStart(browser) {
  const server = await startServer({ port: 0 }); // the product page, as `make serve` serves it
  try {
    // One throw-away load first, so the first measured run does not pay for Chromium's processes.
    const warm = await browser.newContext({ serviceWorkers: 'block' });
    await (await warm.newPage()).goto(server.url);
    await warm.close();
    const c = await pageColdStart(browser, server.url, COLD_RUNS);
    return { runs: c.runs, medianShownMs: c.median, medianFrameMs: c.milestones.painted };
  } finally {
    await server.close();
  }
}

// Warming up. V8 runs wasm first as its baseline compiler's code and moves each function to
// its optimising compiler once the function has run enough, each at its own time, for seconds
// (the measured ramp: benches/README.md); JS is optimised the same way. So each tool settles
// for SETTLE_MS over every text before any timing (the same for every tool), and each group
// gets WARM_MS more after its garbage collection.
const SETTLE_MS = 6000;
const WARM_MS = 1000;

async function runBenchPage(browser, groups) {
  const server = await startServer({ port: 0, root: ROOT }); // serves /benches, /www, /node_modules
  try {
    const page = await (await browser.newContext({ timezoneId: 'UTC' })).newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.goto(new URL('benches/browser/index.html', server.url).href);
    await page.waitForFunction(() => typeof window.runBench === 'function', null, { timeout: 30_000 })
      .catch((err) => { throw new Error(`the bench page did not load: ${errors.join('; ') || err.message}`); });
    return await page.evaluate((config) => window.runBench(config), { groups, minMs, warmMs: WARM_MS, settleMs: SETTLE_MS });
  } finally {
    await server.close();
  }
}

async function main() {
  const loadAverage = loadavg()[0]; // others' load on the machine, before we start
  const groups = await loadGroups();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const chromiumVersion = browser.version();
  let cold;
  let raw;
  try {
    cold = await coldStart(browser);
    raw = await runBenchPage(browser, groups);
  } finally {
    await browser.close();
  }

  const sizes = Object.fromEntries(Object.entries(groups).map(([name, { texts }]) => [name, {
    texts: texts.length,
    chars: texts.reduce((n, t) => n + [...t.text].length, 0),
    bytes: texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0),
    words: texts.reduce((n, t) => n + words(t.text), 0),
  }]));
  const results = raw.results.map((r) => {
    const { chars, bytes, texts } = sizes[r.group];
    const seconds = r.ms / 1000;
    return {
      ...r,
      charsPerSec: (chars * r.runs) / seconds,
      mbPerSec: (bytes * r.runs) / seconds / 1e6,
      msPerText: r.ms / (r.runs * texts),
    };
  });
  const rate = (group, tool) => results.find((r) => r.group === group && r.tool === tool).charsPerSec;
  const ratios = Object.fromEntries(Object.keys(groups).map((g) => [g, {
    'newslens/compromise': rate(g, 'newslens wasm') / rate(g, 'compromise+dates'),
    'newslens/chrono-node': rate(g, 'newslens wasm') / rate(g, 'chrono-node'),
    'worker/compromise': rate(g, 'newslens worker') / rate(g, 'compromise+dates'),
    'worker/chrono-node': rate(g, 'newslens worker') / rate(g, 'chrono-node'),
  }]));
  const exampleMs = results.find((r) => r.group === 'example' && r.tool === 'newslens wasm').msPerText;
  const report = {
    chromium: chromiumVersion, loadAverage, minSeconds: minMs / 1000, sizes, results, ratios,
    exampleMs, coldStart: cold, memory: raw.memory, found: raw.found,
  };
  if (saveTo) {
    await mkdir(dirname(saveTo), { recursive: true });
    await writeFile(saveTo, JSON.stringify(report, null, 2));
  }
  if (json) return console.log(JSON.stringify(report, null, 2));

  const fmt = (x, digits = 0) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const pad = (cells, widths, left = 2) => cells.map((c, i) => (i < left ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  const widths = [26, 17, 5, 7, 12, 7, 9];
  console.log(`newslens browser benchmark — Chromium ${report.chromium}, ≥ ${report.minSeconds} s per tool per group, load average ${fmt(report.loadAverage, 2)}\n`);
  console.log(pad(['group', 'tool', 'runs', 'seconds', 'chars/s', 'MB/s', 'ms/text'], widths));
  let last = '';
  for (const r of results) {
    const s = sizes[r.group];
    const label = r.group === last ? '' : `${r.group} (${s.texts} × ${fmt(s.chars / s.texts)} ch)`;
    last = r.group;
    console.log(pad([label, r.tool, r.runs, fmt(r.ms / 1000, 2), fmt(r.charsPerSec), fmt(r.mbPerSec, 3), fmt(r.msPerText, 2)], widths));
  }
  const ratioWidths = [26, 19, 20, 17, 18];
  console.log(`\n${pad(['ratio of chars/s', ...Object.keys(ratios.dev)], ratioWidths, 1)}`);
  for (const [g, r] of Object.entries(ratios)) {
    console.log(pad([g, ...Object.values(r).map((x) => `${fmt(x, x < 10 ? 2 : 1)}×`)], ratioWidths, 1));
  }
  const worker = results.filter((r) => r.tool === 'newslens worker');
  console.log(`\nexample article, newslens wasm warm: ${fmt(exampleMs, 3)} ms per analysis (target < 1 ms)`);
  console.log(`share of the worker's round trip spent in analyze(): ${worker.map((r) => `${r.group} ${fmt((100 * r.insideWorkerMs) / r.ms)}%`).join(', ')}`);
  console.log(`cold start (product page /#example, navigation → example analysis rendered): median ${fmt(cold.medianShownMs)} ms, next frame ${fmt(cold.medianFrameMs)} ms (${COLD_RUNS} runs: ${cold.runs.map((r) => fmt(r)).join(', ')})`);
  const mb = (b) => (b == null ? 'n/a' : `${fmt(b / 2 ** 20, 1)} MiB`);
  console.log(`memory: wasm (main thread) ${mb(raw.memory.wasmMemoryAtStart)} at start, ${mb(raw.memory.wasmMemoryPeak)} after all groups; page JS heap peak (sampled, all tools) ${mb(raw.memory.mainJsHeapPeakSampled)}`);
  const f = raw.found.example;
  console.log(`found in the example: newslens ${f.newslens.entities} entities, ${f.newslens.quotes} quotes, ${f.newslens.timexes} timexes; `
    + `compromise ${f.compromise.people} people, ${f.compromise.places} places, ${f.compromise.organizations} organisations, ${f.compromise.dates} dates; chrono-node ${f.chrono.dates} dates`);
  console.log(`long text: ${fmt(sizes.long.words)} words, ${fmt(sizes.long.chars)} chars`);
}

await main();
