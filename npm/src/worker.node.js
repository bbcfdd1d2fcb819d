// @ts-check
// `newslens/worker` in Node: the analysis on a worker_threads thread (thread.node.js). The
// thread does not keep the process alive while no call is pending, so a script that never
// calls `terminate()` still exits.

import { Worker } from 'node:worker_threads';
import { createClient } from './client.js';

const client = createClient(({ reply, fail }) => {
  const worker = new Worker(new URL('./thread.node.js', import.meta.url));
  let alive = true;
  const die = (/** @type {string} */ message) => {
    if (!alive) return;
    alive = false;
    fail(message);
  };
  worker.on('message', reply);
  worker.on('error', (err) => die(`newslens/worker: the thread failed: ${err.message}`));
  worker.on('exit', (code) => die(`newslens/worker: the thread exited (code ${code})`));
  return {
    post: (request) => worker.postMessage(request),
    idle: (idle) => (idle ? worker.unref() : worker.ref()),
    terminate: () => {
      alive = false;
      void worker.terminate();
    },
  };
});

export const { analyze, analyzeJson, version, terminate } = client;
