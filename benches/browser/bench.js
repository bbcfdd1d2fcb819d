// The in-page half of the browser benchmark (benches/browser/bench.mjs drives it).
// window.runBench({groups, minMs, warmMs, settleMs}) times every tool on every text group, one
// tool at a time on this page's main thread (the worker tool waits for its round trip), and returns
// the raw figures; the Node script computes rates and prints them.

import init, { analyze } from '/www/pkg/newslens.js';
import nlp from '/node_modules/compromise/builds/three/compromise-three.mjs';
import compromiseDates from '/node_modules/compromise-dates/builds/compromise-dates.mjs';
import * as chrono from '/node_modules/chrono-node/dist/esm/index.js';

nlp.plugin(compromiseDates);

// The product's own worker (www/worker.js): {id, text, referenceDate} → {id, analysis, ms}.
function startWorker() {
  const worker = new Worker('/www/worker.js', { type: 'module' });
  const waiting = new Map();
  let nextId = 1;
  let workerMs = 0; // time spent inside analyze() in the worker, as it reports it
  const ready = new Promise((resolve, reject) => {
    worker.addEventListener('message', ({ data }) => {
      if (data.type === 'ready') return resolve();
      if (data.type === 'init-error') return reject(new Error(data.error));
      const done = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.error !== undefined) return done.reject(new Error(data.error));
      workerMs += data.ms;
      done.resolve(JSON.parse(data.json)); // parsed on this side, as the page does
    });
  });
  const ask = (text, referenceDate) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, text, referenceDate });
    });
  return { ready, ask, takeWorkerMs: () => { const ms = workerMs; workerMs = 0; return ms; } };
}

/** Runs `run` over all texts until `ms` have passed (at least once); returns {runs, ms}. */
async function repeat(run, texts, ms) {
  const started = performance.now();
  let runs = 0;
  let elapsed = 0;
  do {
    for (const { text, dct } of texts) {
      const result = run(text, dct);
      if (result instanceof Promise) await result;
    }
    runs++;
    elapsed = performance.now() - started;
  } while (elapsed < ms);
  return { runs, ms: elapsed };
}

window.runBench = async ({ groups, minMs, warmMs, settleMs }) => {
  const wasm = await init();
  const wasmAtStart = wasm.memory.buffer.byteLength;
  const worker = startWorker();
  await worker.ready;

  const tools = {
    'newslens wasm': (text, dct) => analyze(text, { referenceDate: dct }),
    'newslens worker': (text, dct) => worker.ask(text, dct),
    'compromise+dates': (text, dct) => {
      const doc = nlp(text);
      return {
        people: doc.people().out('array'),
        places: doc.places().out('array'),
        organizations: doc.organizations().out('array'),
        dates: doc.dates({ today: dct, timezone: 'UTC' }).get(),
      };
    },
    'chrono-node': (text, dct) => chrono.parse(text, new Date(`${dct}T00:00:00Z`)),
  };

  // What each tool finds in the first text of each group (a check that it really ran).
  const found = {};
  for (const [name, group] of Object.entries(groups)) {
    const { text, dct } = group.texts[0];
    const a = analyze(text, { referenceDate: dct });
    const c = tools['compromise+dates'](text, dct);
    found[name] = {
      newslens: { entities: a.entities.length, quotes: a.quotes.length, timexes: a.timexes.length },
      compromise: Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v.length])),
      chrono: { dates: tools['chrono-node'](text, dct).length },
    };
  }

  // Each tool first runs over every group's texts for settleMs, so that the engine has
  // optimised its code (see bench.mjs); then, per group, a short warm-up and the timing.
  const everyText = Object.values(groups).flatMap((group) => group.texts);
  for (const [tool, run] of Object.entries(tools)) {
    document.getElementById('status').textContent = `settling: ${tool}…`;
    await repeat(run, everyText, settleMs);
  }

  const results = [];
  let heapPeak = 0;
  for (const [groupName, group] of Object.entries(groups)) {
    for (const [tool, run] of Object.entries(tools)) {
      document.getElementById('status').textContent = `${groupName}: ${tool}…`;
      globalThis.gc?.(); // each tool starts from a collected heap (--js-flags=--expose-gc)
      await repeat(run, group.texts, warmMs);
      worker.takeWorkerMs();
      const timed = await repeat(run, group.texts, minMs);
      const row = { group: groupName, tool, ...timed };
      if (tool === 'newslens worker') row.insideWorkerMs = worker.takeWorkerMs();
      results.push(row);
      heapPeak = Math.max(heapPeak, performance.memory?.usedJSHeapSize ?? 0);
    }
  }
  document.getElementById('status').textContent = 'done';
  return {
    results,
    found,
    memory: {
      mainJsHeapPeakSampled: heapPeak || null,
      jsHeapLimit: performance.memory?.jsHeapSizeLimit ?? null,
      wasmMemoryAtStart: wasmAtStart,
      wasmMemoryPeak: wasm.memory.buffer.byteLength, // wasm memory only grows
    },
  };
};
document.getElementById('status').textContent = 'ready';
