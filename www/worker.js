// @ts-check
// The analyser, off the main thread: a module Web Worker around the wasm core.
// The protocol: js/core-server.js. In the single-file build this file is bundled into a
// classic worker with NEWSLENS_EMBEDDED set, and the page sends the wasm bytes to start with.
// Started by js/boot.js (named 'newslens-load'), it waits for the wasm module that the page
// compiles meanwhile; otherwise (a restart) it loads the wasm itself.

import init, { analyzeJson, version } from './pkg/newslens.js';
import { createCoreServer } from './js/core-server.js';

const server = createCoreServer({
  load: (wasm) => init(wasm ? { module_or_path: wasm } : undefined),
  analyze: analyzeJson,
  version,
  post: (message) => self.postMessage(message),
});
if (!globalThis.NEWSLENS_EMBEDDED && self.name !== 'newslens-load') server.start();
self.addEventListener('message', (event) => server.handle(event.data));
