// @ts-check
// The page's side of the analyser: sends text to the worker, hands back only the newest
// request's answer (older ones are stale and dropped), and keeps the page working when the
// analyser fails: a crash or a wasm panic restarts the worker, and an analysis that takes
// longer than the time limit is abandoned (the worker is terminated and restarted).
// At start-up, a request sent before the first worker is ready may be answered by `local`
// instead (js/boot.js: the core on the main thread), so that the first analysis does not wait
// for the worker to start; should `local` fail, the request goes to the worker after all.
// With `lazy`, the worker starts only when `start()` is called or a request needs it.

export const DEFAULT_TIME_LIMIT_MS = 10_000;

/** @param {AnalyserSetup} o (types.d.ts) */
export function createAnalyser({ createWorker, onReady, onAnswer, onFailure, stats, local = null, lazy = false }) {
  let worker = null;
  let started = false; // the worker has said it is ready
  let nextId = 1;
  let latest = 0;
  let pending = null; // {id, text, referenceDate} of the newest request
  let outstanding = 0; // requests sent to this worker and not answered yet
  let timer = 0;
  let timeLimit = DEFAULT_TIME_LIMIT_MS;

  function spawn() {
    const w = createWorker();
    started = false;
    worker = w;
    outstanding = 0;
    w.addEventListener('message', (event) => {
      if (w !== worker) return;
      const data = event.data;
      if (data?.type === 'ready') {
        started = true;
        local = null;
        return onReady(data.version, stats.restarts > 0);
      }
      if (data?.type === 'init-error') return onFailure(data.error);
      outstanding = Math.max(0, outstanding - 1);
      arm();
      if (data?.fatal) {
        stats.answers++;
        return restart(`the analyser failed (${data.error}) and was restarted; edit the text to try again`);
      }
      return receive(data);
    });
    w.addEventListener('error', (event) => {
      event.preventDefault();
      if (w !== worker) return;
      // Before the worker is ready this is a loading failure, not a crash: no restart loop.
      if (!started) {
        onFailure(`the analyser could not start${event.message ? `: ${event.message}` : ''}`);
        return;
      }
      restart('the analyser stopped unexpectedly and was restarted; edit the text to try again');
    });
    w.addEventListener('messageerror', () => restart('the analyser sent an unreadable answer and was restarted'));
  }

  /** An answer to request `data.id`: shown if it is the newest. */
  function receive(data) {
    stats.answers++;
    if (data?.id !== latest || !pending) {
      stats.stale++;
      return undefined;
    }
    const request = pending;
    pending = null;
    if (typeof data.json !== 'string') return onAnswer(request, data);
    let analysis;
    try {
      analysis = JSON.parse(data.json);
    } catch {
      return onAnswer(request, { error: 'the analyser sent an unreadable answer' });
    }
    return onAnswer(request, { analysis, ms: data.ms });
  }

  /** (Re)starts the clock on the request the worker is busy with, if any. */
  function arm() {
    clearTimeout(timer);
    if (outstanding > 0) {
      timer = setTimeout(() => restart(
        `the analysis took longer than ${Math.round(timeLimit / 100) / 10} s and was stopped; the analyser was restarted`), timeLimit);
    }
  }

  function restart(reason) {
    clearTimeout(timer);
    worker?.terminate();
    stats.restarts++;
    local = null;
    const request = pending;
    pending = null;
    latest = nextId++;
    spawn();
    if (request) onAnswer(request, { error: reason, restarted: true });
  }

  if (!lazy) spawn();

  return {
    analyse(text, referenceDate) {
      const id = nextId++;
      latest = id;
      pending = { id, text, referenceDate };
      stats.requests++;
      const send = () => {
        if (!worker) spawn();
        worker.postMessage({ id, text, referenceDate });
        if (outstanding++ === 0) arm();
      };
      const here = !started && local?.(text, referenceDate);
      if (!here) return send();
      return here.then((answer) => {
        stats.local = (stats.local ?? 0) + 1;
        receive({ id, ...answer });
      }, () => {
        local = null;
        if (id === latest) send();
      });
    },
    /** Starts the worker, if `lazy` left it for later. */
    start() {
      if (!worker) spawn();
    },
    /** Drops the answer to any request in flight. */
    cancel() {
      latest = nextId++;
      pending = null;
    },
    get timeLimit() { return timeLimit; },
    set timeLimit(ms) { timeLimit = Math.max(50, Number(ms) || DEFAULT_TIME_LIMIT_MS); },
    /** Test only: make the worker's next analysis panic, hang or crash. */
    fault(mode) { worker?.postMessage({ type: 'fault', mode }); },
  };
}

/**
 * A stand-in for a Worker that runs a core server on the main thread (the single-file
 * build's fallback where workers are unavailable): same messages, delivered asynchronously.
 */
export function createInlineWorker(makeServer) {
  const target = new EventTarget();
  const emit = (data) => setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data })));
  const server = makeServer(emit);
  let alive = true;
  return {
    addEventListener: (type, fn) => target.addEventListener(type, fn),
    postMessage: (data) => setTimeout(() => alive && server.handle(data)),
    terminate: () => { alive = false; },
  };
}
