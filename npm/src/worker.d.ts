// `newslens/worker`: the main entry's API, each call answered by a worker thread (a Web Worker
// in browsers, worker_threads in Node) that starts on the first call. Errors reject with the
// core's message.
import type { Analysis, AnalyzeOptions } from './core.js';

export function analyze(text: string, options?: AnalyzeOptions | null): Promise<Analysis>;
export function analyzeJson(text: string, options?: AnalyzeOptions | null): Promise<string>;
export function version(): Promise<string>;
/** Stops the thread: calls in flight reject; a later call starts a new thread. */
export function terminate(): void;
export type * from './index.js';
