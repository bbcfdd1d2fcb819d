// The page's own types. Declarations only: browsers never load this file (nor do the service
// worker, the site build or the page weight count it). The analysis's types are the wasm
// core's, generated into pkg/newslens.d.ts.

type Analysis = import('./pkg/newslens.js').Analysis;
type Entity = import('./pkg/newslens.js').Entity;

type PageState = 'loading' | 'empty' | 'busy' | 'ready' | 'error';

/** What the analyser has done (js/analyser.js counts; the test hook shows them). */
interface Stats {
  requests: number;
  answers: number;
  stale: number;
  skippedSpans: number;
  restarts: number;
  renders: number;
  /** Answers from the main thread, before the worker was ready (js/boot.js). */
  local: number;
}

/**
 * The test hook, `window.newslens` (read-only; made by app.js). An answer is rendered before
 * `state` becomes 'ready', so waiting for `state === 'ready' && lastText === text` waits for
 * the rendered analysis of `text`.
 */
interface NewslensHook {
  /** Also <main data-state>. */
  readonly state: PageState;
  /** The text the shown analysis (or error) belongs to. */
  readonly lastText: string;
  /** The analysis currently rendered (null when empty or on error). */
  readonly lastAnalysis: Analysis | null;
  /** The message of the last error shown (null otherwise). */
  readonly lastError: string | null;
  /** The date the user set (null: the article's own date is used). */
  readonly referenceDate: string | null;
  /** The id of the selected entity, or null. */
  readonly selected: string | null;
  /** version() of the wasm core (null until it has loaded). */
  readonly version: string | null;
  /** A copy of the counters. */
  readonly stats: Stats;
  readonly test: {
    /** The analyser's time limit, ms. */
    timeLimit: number;
    fault(mode: 'panic' | 'hang' | 'crash'): void;
  };
}

/** The page's state (app.js): what the test hook shows, and whether the analyser works. */
interface Model {
  state: PageState;
  lastText: string;
  lastAnalysis: Analysis | null;
  lastError: string | null;
  referenceDate: string | null;
  selected: string | null;
  version: string | null;
  stats: Stats;
  /** The worker has said it is ready. */
  ready: boolean;
  /** The analyser could not start at all. */
  failed: boolean;
}

interface Window {
  newslens?: NewslensHook;
}

