// @ts-check
// The worker thread's side of `newslens/worker`, shared by the browser's Web Worker
// (thread.browser.js) and Node's worker_threads (thread.node.js): one request in, one answer
// out. An analysis crosses as JSON text, as in the page's worker: a string is copied in one
// piece, where a structured clone of the object walks every field.

import { analyzeJson, version } from './index.js';

/**
 * @param {import('./protocol').Request} request
 * @returns {import('./protocol').Reply}
 */
export function answer(request) {
  const { id, method, text, options } = request ?? {};
  try {
    if (method === 'version') return { id, value: version() };
    if (method === 'analyze' || method === 'analyzeJson') return { id, value: analyzeJson(text ?? '', options) };
    return { id, error: `newslens/worker: unknown method ${JSON.stringify(method)}` };
  } catch (err) {
    // The core throws an Error with a readable message on bad input; anything else (a wasm
    // trap) is reported too, and the thread goes on serving.
    return { id, error: err instanceof Error ? err.message : String(err) };
  }
}
