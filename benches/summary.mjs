#!/usr/bin/env node
// The one table `make bench` ends with: every figure with a target (benches/README.md), next to
// its target, from the runs `make bench` has just made (it reads their results, measures nothing
// itself except the page weight, which is cheap):
//   native      criterion's `analyze` group  target/criterion/analyze/<input>/new/*.json
//   memory      benches/memory.sh's table    target/bench/memory.txt
//   browser     benches/browser/bench.mjs    target/bench/browser.json (its --save)
//   page weight scripts/check-size.sh        run here
//
//   node benches/summary.mjs      (after the three runs above; make bench does it all)

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TARGET = process.env.CARGO_TARGET_DIR || `${ROOT}target`;
const read = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : null);
const fmt = (x, digits = 1) => x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rows = [];
const row = (figure, value, target, met) => rows.push([figure, value, target, met == null ? '' : met ? 'met' : 'MISSED']);

// Native: criterion's mean time per iteration and the input's size give MB/s (10^6 bytes).
const criterion = `${TARGET}/criterion/analyze`;
if (existsSync(criterion)) {
  for (const input of readdirSync(criterion).filter((d) => existsSync(`${criterion}/${d}/new/estimates.json`)).sort()) {
    const bytes = JSON.parse(readFileSync(`${criterion}/${input}/new/benchmark.json`, 'utf8')).throughput.Bytes;
    const ns = JSON.parse(readFileSync(`${criterion}/${input}/new/estimates.json`, 'utf8')).mean.point_estimate;
    const mbs = bytes / (ns / 1e9) / 1e6;
    const main = ['short', 'long'].includes(input); // articles; the others are adversarial shapes
    row(`native analyze, ${input} (${fmt(bytes / 1e3)} KB)`, `${fmt(mbs)} MB/s`, main ? '≥ 10 MB/s' : '', main ? mbs >= 10 : null);
  }
} else {
  row('native analyze', 'not run', 'cargo bench --bench stages', null);
}

// Browser: newslens on the main thread (wasm) and the ratios to the peers, per text group.
const browser = read(`${TARGET}/bench/browser.json`);
if (browser) {
  const b = JSON.parse(browser);
  for (const group of Object.keys(b.ratios)) {
    const r = b.results.find((x) => x.group === group && x.tool === 'newslens wasm');
    row(`wasm analyze in Chromium, ${group}`, `${fmt(r.mbPerSec)} MB/s`, '≥ 5 MB/s', r.mbPerSec >= 5);
  }
  for (const [group, r] of Object.entries(b.ratios)) {
    row(`newslens / compromise, ${group}`, `${fmt(r['newslens/compromise'], 0)}×`, '≥ 50×', r['newslens/compromise'] >= 50);
  }
  for (const [group, r] of Object.entries(b.ratios)) {
    row(`newslens / chrono-node, ${group}`, `${fmt(r['newslens/chrono-node'], 2)}×`, '', null);
  }
  row('example article, wasm, warm', `${fmt(b.exampleMs, 3)} ms`, '< 1 ms', b.exampleMs < 1);
  // The analysis is on screen when the frame after it is painted: the target is held there.
  row(`cold start to the example drawn (DOM; median of ${b.coldStart.runs.length})`, `${fmt(b.coldStart.medianShownMs, 0)} ms`, '', null);
  row('  … and on screen (the frame after it)', `${fmt(b.coldStart.medianFrameMs, 0)} ms`, '≤ 300 ms', b.coldStart.medianFrameMs <= 300);
} else {
  row('browser benchmark', 'not run', 'node benches/browser/bench.mjs --save target/bench/browser.json', null);
}

// Memory: the worst shape of benches/memory.sh's table (lines "name  10.0 MB  191.0 MB  19.1x").
const memory = read(`${TARGET}/bench/memory.txt`);
if (memory) {
  const shapes = [...memory.matchAll(/^(\S+)\s+([\d.]+) MB\s+([\d.]+) MB\s+([\d.]+)x$/gm)].map((m) => ({ name: m[1], ratio: Number(m[4]) }));
  const worst = shapes.reduce((a, s) => (s.ratio > a.ratio ? s : a), { ratio: 0 });
  row(`peak memory / input, worst of ${shapes.length} shapes (${worst.name})`, `${fmt(worst.ratio)}×`, '< 20×', worst.ratio < 20);
} else {
  row('peak memory', 'not run', 'bash benches/memory.sh', null);
}

// Page weight: check-size prints "  <bytes>  total gzip (budget 350000)".
try {
  const out = execFileSync('bash', [`${ROOT}scripts/check-size.sh`], { encoding: 'utf8' });
  const total = Number(out.match(/(\d+)\s+total gzip/)[1]);
  row('page weight (HTML, CSS, JS, wasm; gzip)', `${fmt(total / 1e3)} KB`, '≤ 350 KB', total <= 350_000);
} catch (err) {
  row('page weight', 'over budget or not built', 'bash scripts/check-size.sh', false);
}

const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log('\nnewslens benchmark summary (targets: benches/README.md)\n');
for (const r of rows) console.log(`${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`.trimEnd());
