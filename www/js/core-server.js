// @ts-check
// The analyser's side of the protocol (its messages: `ToAnalyser` and `FromAnalyser` in
// types.d.ts), shared by the Web Worker (worker.js) and by the main-thread fallback of the
// single-file build. A failure of the wasm itself is `fatal`: the page restarts the worker.

/** @param {CoreServerSetup} o */
export function createCoreServer({ load, analyze, version, post }) {
  let fault = null;
  // Settles with the loading of the wasm; requests that come before it starts wait for it.
  let begin;
  const ready = new Promise((resolve) => { begin = resolve; });

  function start(wasm, warm = true) {
    if (!begin) return;
    const loading = load(wasm).then(
      () => {
        post({ type: 'ready', version: version() });
        // The core reads its word lists (and compiles its code) on first use: do that now,
        // while nothing waits (a request that is already queued goes first), unless told not to.
        if (warm) setTimeout(() => {
          try { analyze('Warm-up text.\nMay 3, 2021\nMayor Jane Doe said on Monday.', {}); } catch { /* a real request will tell */ }
        });
      },
      (err) => {
        const error = `the analyser could not be loaded: ${messageOf(err)}`;
        post({ type: 'init-error', error });
        throw new Error(error);
      },
    );
    loading.catch(() => {}); // reported above; each request reports it again
    begin(loading);
    begin = null;
  }

  /** @param {ToAnalyser} data */
  async function handle(data) {
    if (data?.type === 'load') return start(data.wasm, data.warm !== false);
    if (data?.type === 'fault') {
      fault = ['panic', 'hang', 'crash'].includes(data.mode) ? data.mode : null;
      return undefined;
    }
    const { id, text, referenceDate } = data ?? {};
    try {
      await ready;
      if (fault) {
        const mode = fault;
        fault = null;
        if (mode === 'crash') {
          setTimeout(() => { throw new Error('simulated crash of the analyser'); });
          return undefined;
        }
        if (mode === 'hang') for (;;) { /* a stuck analysis */ }
        throw new WebAssembly.RuntimeError('unreachable executed (simulated panic)');
      }
      const options = referenceDate ? { referenceDate } : {};
      const started = performance.now();
      const json = analyze(String(text ?? ''), options);
      post({ id, json, ms: performance.now() - started });
    } catch (err) {
      post({ id, error: messageOf(err), fatal: !(err instanceof Error) || err instanceof WebAssembly.RuntimeError });
    }
    return undefined;
  }

  return { start, handle };
}

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
