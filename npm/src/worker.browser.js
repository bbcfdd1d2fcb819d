// @ts-check
// `newslens/worker` in browsers: the analysis on a Web Worker started from a Blob of the
// bundled thread (thread.browser.js), so that it works unchanged through any bundler and in a
// plain <script type="module">. A page whose Content-Security-Policy limits workers must
// allow `worker-src blob:`.

import { createClient } from './client.js';
import { THREAD_SOURCE } from './thread-source.js';
import { WASM_BASE64 } from './wasm.js';

/** The thread's script: the wasm first, as the global its bundled wasm.js reads. */
let url = '';

const client = createClient(({ reply, fail }) => {
  url ||= URL.createObjectURL(new Blob(
    [`self.NEWSLENS_WASM_BASE64=${JSON.stringify(WASM_BASE64)};\n`, THREAD_SOURCE],
    { type: 'text/javascript' },
  ));
  const worker = new Worker(url, { name: 'newslens' });
  worker.addEventListener('message', (event) => reply(event.data));
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    worker.terminate();
    fail(`newslens/worker: the thread failed${event.message ? `: ${event.message}` : ''}`);
  });
  return { post: (request) => worker.postMessage(request), idle: () => {}, terminate: () => worker.terminate() };
});

export const { analyze, analyzeJson, version, terminate } = client;
