// @ts-check
// The package's main entry, the same in Node, in a bundle and in a plain <script type="module">:
// the wasm core's own functions, with the wasm already loaded. The wasm travels inside the
// JavaScript (wasm.js, base64) rather than beside it, because that is the one form that every
// bundler (esbuild, Vite, webpack, Rollup), Node and a browser without a bundler all load
// unchanged: no `new URL(…, import.meta.url)` asset to copy, no `fetch` of a file URL in Node,
// no top-level await for bundlers whose target lacks it. Compiling it synchronously takes a
// few tens of milliseconds when this module is first imported.

import { initSync, analyze, analyzeJson, version } from './core.js';
import { WASM_BASE64 } from './wasm.js';
import { bytesOf } from './bytes.js';

initSync({ module: bytesOf(WASM_BASE64) });

export { analyze, analyzeJson, version };
