// @ts-check
// Loaded first (async module, index.html). Starts at once: compiling the wasm, fetching the
// example (both preloaded), and for /#example the example's analysis on the main thread
// (`analyse`: a request made before the worker is ready), so that it waits neither for the
// worker nor for the page's other modules. The worker (it gets the compiled module) starts
// here too, except for /#example: then app.js starts it once the example is on screen, the
// panels below the fold included (`takeWorker`), as on a machine with few cores its start (a
// thread, a V8 isolate, its modules, a wasm instance) delays drawing the example (figures:
// benches/README.md).
// app.js takes the worker over (messages it sent before are replayed). Should app.js have
// started first (it then makes its own worker), this does nothing.

const events = [];
const keep = (event) => events.push(event);

if (!globalThis.newslens) {
  performance.mark('newslens:boot');
  const url = (path) => new URL(path, import.meta.url);
  const wasm = WebAssembly.compileStreaming(fetch(url('../pkg/newslens_bg.wasm')));
  const first = location.hash === '#example';
  // For /#example, the page's main part is drawn once, with the example's analysis, rather
  // than first empty: that first layout (form, date field, fonts) took the main thread just
  // as the wasm came, and delayed the analysis (benches/README.md). Only where this script
  // blocks rendering (blocking="render", index.html), so that nothing drawn is hidden again;
  // app.js shows it with the first answer or error, and it is shown after 1 s in any case.
  if (first && 'blocking' in HTMLScriptElement.prototype) {
    document.documentElement.classList.add('booting');
    setTimeout(() => document.documentElement.classList.remove('booting'), 1000);
  }
  const startWorker = () => {
    performance.mark('newslens:worker');
    // The name tells the worker to wait for its 'load' message (see worker.js). Should the
    // compilation fail, it fetches the wasm itself.
    const worker = new Worker(url('../worker.js'), { type: 'module', name: 'newslens-load' });
    wasm.then((module) => worker.postMessage({ type: 'load', wasm: module }), () => worker.postMessage({ type: 'load' }));
    return worker;
  };
  const worker = first ? null : startWorker();
  worker?.addEventListener('message', keep);
  worker?.addEventListener('error', keep);
  const example = fetch(url('../example.txt')).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status} ${r.statusText}`))));
  example.catch(() => {});
  let core = null;
  let taken = false;
  let early = null;
  if (first) Promise.all([example, wasm]).then(([text]) => { early = { text, answer: NEWSLENS_BOOT.analyse(text, null) }; }, () => {});
  /** @type {Boot} (types.d.ts) */
  globalThis.NEWSLENS_BOOT = {
    analyse(text, referenceDate) {
      if (text.length > 20_000) return null;
      if (early?.text === text && !referenceDate) return early.answer;
      core ??= Promise.all([import('../pkg/newslens.js'), wasm])
        .then(([glue, module]) => glue.default({ module_or_path: module }).then(() => glue));
      return core.then((glue) => {
        const started = performance.now();
        return { analysis: glue.analyze(text, referenceDate ? { referenceDate } : {}), ms: performance.now() - started };
      });
    },
    example,
    deferWorker: first,
    takeWorker() {
      if (taken) return null;
      taken = true;
      const w = worker ?? startWorker();
      w.removeEventListener('message', keep);
      w.removeEventListener('error', keep);
      setTimeout(() => {
        for (const e of events) {
          w.dispatchEvent(e.type === 'message' ? new MessageEvent('message', { data: e.data }) : new ErrorEvent('error', { message: e.message }));
        }
      });
      return w;
    },
  };
}
