// @ts-check
// The Web Worker of `newslens/worker` in browsers. build.mjs bundles this file, with the core
// it imports, into one classic script (THREAD_SOURCE in thread-source.js), which
// worker.browser.js starts from a Blob: a bundler then has no worker file to find and copy,
// and the wasm (wasm.js) is included once, shared with the main entry.
import { answer } from './serve.js';

self.addEventListener('message', (event) => self.postMessage(answer(event.data)));
