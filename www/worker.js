// The analyser, off the main thread: a module Web Worker around the wasm core.
//
// Protocol (all messages are plain objects):
//   worker → page, once:  {type: 'ready', version}           the wasm module is initialised
//                     or  {type: 'init-error', error}        it could not be loaded
//   page → worker:        {id, text, referenceDate}          referenceDate: 'YYYY-MM-DD' or null
//   worker → page:        {id, analysis, ms}                 ms: time spent in analyze()
//                     or  {id, error}                        error: a readable message
// Requests are answered in order, one answer per request; the page drops stale answers.

import init, { analyze, version } from './pkg/newslens.js';

const ready = init().then(
  () => {
    self.postMessage({ type: 'ready', version: version() });
  },
  (err) => {
    const error = `the analyser could not be loaded: ${messageOf(err)}`;
    self.postMessage({ type: 'init-error', error });
    throw new Error(error);
  },
);
ready.catch(() => {}); // reported above; each request reports it again

self.addEventListener('message', async (event) => {
  const { id, text, referenceDate } = event.data ?? {};
  try {
    await ready;
    const options = referenceDate ? { referenceDate } : {};
    const started = performance.now();
    const analysis = analyze(String(text ?? ''), options);
    const ms = performance.now() - started;
    self.postMessage({ id, analysis, ms });
  } catch (err) {
    self.postMessage({ id, error: messageOf(err) });
  }
});

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}
