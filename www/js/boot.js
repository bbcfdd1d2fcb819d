// Loaded by index.html first, as an async module (it waits neither for the style sheet nor
// for parsing): starts compiling the wasm (streaming, off the main thread; index.html
// preloads it) and the analyser's worker at once, while the rest of the page's modules are
// still loading; the worker gets the compiled module (so it does not fetch the wasm after its
// own start-up). For /#example it also fetches the example. app.js takes the worker over;
// messages the worker sent before that are kept and replayed. Until the worker is ready,
// `analyse` runs the core here, on the main thread, for a short text (the example): its
// analysis is then on screen without waiting for the worker to start. Should app.js have
// started first (it then makes its own worker), this does nothing.

const events = [];
const keep = (event) => events.push(event);

if (!globalThis.newslens) {
  performance.mark('newslens:boot');
  const url = (path) => new URL(path, import.meta.url);
  const wasm = WebAssembly.compileStreaming(fetch(url('../pkg/newslens_bg.wasm')));
  // The name tells the worker to wait for its 'load' message (see worker.js).
  const worker = new Worker(url('../worker.js'), { type: 'module', name: 'newslens-load' });
  worker.addEventListener('message', keep);
  worker.addEventListener('error', keep);
  // A failed compilation is reported by the worker, which then fetches the wasm itself.
  let loadWorker = () => {
    loadWorker = () => {};
    wasm.then((module) => worker.postMessage({ type: 'load', wasm: module }), () => worker.postMessage({ type: 'load' }));
  };
  // With the example to show, the worker waits until the first analysis here is done: it
  // would only compete with it for the processor.
  const example = location.hash === '#example'
    ? fetch(url('../example.txt')).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${r.status} ${r.statusText}`))))
    : null;
  if (example) example.catch(() => loadWorker());
  else loadWorker();
  let core = null;
  globalThis.NEWSLENS_BOOT = {
    /** The core on the main thread, for a text of up to 20,000 characters (see js/analyser.js). */
    analyse(text, referenceDate) {
      if (text.length > 20_000) return loadWorker();
      core ??= Promise.all([import('../pkg/newslens.js'), wasm])
        .then(([glue, module]) => glue.default({ module_or_path: module }).then(() => glue));
      const answer = core.then((glue) => {
        const started = performance.now();
        return { analysis: glue.analyze(text, referenceDate ? { referenceDate } : {}), ms: performance.now() - started };
      });
      answer.finally(() => loadWorker()).catch(() => {});
      return answer;
    },
    example,
    worker,
    /** Hands the worker over, once: replays what it sent so far to the new listeners. */
    takeWorker() {
      const w = this.worker;
      if (!w) return null;
      this.worker = null;
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
