// The messages between `newslens/worker` (client.js) and its thread (serve.js).
import type { AnalyzeOptions } from './core.js';

export interface Request {
  id: number;
  method: 'analyze' | 'analyzeJson' | 'version';
  text?: string;
  options?: AnalyzeOptions | null;
}

/** `value` is the analysis as JSON text (for both analyze methods) or the version. */
export type Reply = { id: number; value: string; error?: undefined } | { id: number; error: string; value?: undefined };

/** What client.js needs of a thread, whether a Web Worker or a worker_threads Worker. */
export interface Thread {
  post(request: Request): void;
  /** Node: let the process exit while nothing is pending (no-op in browsers). */
  idle(idle: boolean): void;
  terminate(): void;
}

export interface ThreadEvents {
  reply(reply: Reply): void;
  /** The thread died (failed to load, or crashed): every pending call fails with `message`. */
  fail(message: string): void;
}
