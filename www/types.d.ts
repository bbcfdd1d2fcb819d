// The page's own types, for `npm run typecheck` (tsconfig.json): its JavaScript carries JSDoc
// (`// @ts-check`) and names these. Declarations only: browsers never load this file (nor do
// the service worker, the site build or the page weight count it). The analysis's types are
// the wasm core's, generated into pkg/newslens.d.ts.

/** The core's analysis; the page's, once corrected (js/corrections.js), lists its corrections. */
type Analysis = import('./pkg/newslens.js').Analysis & { corrections?: Correction[] };
type Entity = import('./pkg/newslens.js').Entity & Corrected;
type EntityKind = import('./pkg/newslens.js').EntityKind;
type DateRange = import('./pkg/newslens.js').DateRange;

/** An item the reader corrected lists what (js/corrections.js): 'kind', 'speaker', 'added', … */
interface Corrected {
  corrected?: string[];
}

/** Where a correction points: a span of the text and the text there (never the core's ids). */
interface Anchor {
  start: number;
  end: number;
  text: string;
}

/**
 * A correction the reader made (js/corrections.js). `at`: the item's span (a mention of the
 * entity, the quote, the date, the text selected); `to`: the entity merged with or the new
 * speaker (a mention of it); `kind`: the new kind, what is removed ('entity' | 'quote' |
 * 'date') or added (an entity kind or 'date'); `name`: the new speaker's name.
 */
interface Correction {
  type: 'kind' | 'merge' | 'split' | 'speaker' | 'remove' | 'add';
  at: Anchor;
  to?: Anchor | null;
  kind?: string;
  name?: string;
}

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
  /** A copy of the reader's corrections (js/correct.js), anchored in `lastText`. */
  readonly corrections: Correction[];
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
  /** The reader's corrections, in the order made (js/correct.js). */
  corrections: Correction[];
  /** Corrections dropped, as their text was edited away, since the last one made. */
  dropped: number;
  /** The worker has said it is ready. */
  ready: boolean;
  /** The analyser could not start at all. */
  failed: boolean;
}

interface Window {
  newslens?: NewslensHook;
}

/** The page's elements (app.js looks them up once). */
interface Ui {
  app: HTMLElement;
  input: HTMLTextAreaElement;
  example: HTMLButtonElement;
  clear: HTMLButtonElement;
  file: HTMLInputElement;
  openFile: HTMLButtonElement;
  compose: HTMLElement;
  refdate: HTMLInputElement;
  refdateSource: HTMLElement;
  refdateReset: HTMLButtonElement;
  /** The legend's "Labels" toggle (js/selection.js). */
  labelsToggle: HTMLButtonElement;
  /** The notice after a whole-text replacement, its words and its Undo (js/compose.js). */
  replaced: HTMLElement;
  replacedText: HTMLElement;
  undoReplace: HTMLButtonElement;
  /** The timeline panel, which can set the reference date in place (js/compose.js). */
  timelinePanel: HTMLElement;
  status: HTMLElement;
  article: HTMLElement;
  version: HTMLElement;
  hint: HTMLElement;
  selection: HTMLElement;
  selectionText: HTMLElement;
  selectionClear: HTMLButtonElement;
  panels: HTMLElement[];
  exports: HTMLButtonElement[];
  toggles: HTMLButtonElement[];
}

/** What js/status.js's `createStatus` returns. */
interface Status {
  setState(state: PageState): void;
  /** `kind`: 'info' | 'ok' | 'error' | 'busy'. */
  setStatus(message: string, kind?: string): void;
  busy(message: string, later: boolean): void;
}

/** An analyser's answer (js/analyser.js): the analysis, or an error. */
interface Answer {
  analysis?: Analysis;
  /** How long the core took, ms. */
  ms?: number;
  error?: string;
  /** The error restarted the analyser. */
  restarted?: boolean;
}

/** A request to the analyser. */
interface AnalysisRequest {
  id: number;
  text: string;
  referenceDate: string | null;
}

/** The options of js/analyser.js's `createAnalyser`. */
interface AnalyserSetup {
  /** Makes a worker speaking js/core-server.js's protocol. */
  createWorker(): Worker;
  /** After each (re)start. */
  onReady(version: string, restarted: boolean): void;
  /** The answer to the newest request (the worker's JSON text is parsed for it only). */
  onAnswer(request: AnalysisRequest, answer: Answer): void;
  /** The analyser could not start at all. */
  onFailure(message: string): void;
  /** Counters, updated there. */
  stats: Stats;
  /** Answers until the first worker is ready (js/boot.js), or null (then the worker does). */
  local?: ((text: string, referenceDate: string | null) => Promise<Answer> | null) | null;
  /** Start the worker later (`start()`), not now. */
  lazy?: boolean;
}

type Analyser = ReturnType<typeof import('./js/analyser.js').createAnalyser>;

/** What js/views.js's `createViews` needs. */
interface ViewsSetup {
  ui: Ui;
  model: Model;
  status: Status;
  /** The selection (js/selection.js). */
  select(id: string | null): void;
  /** The reference date field (js/compose.js). */
  showDate(analysis: Analysis | null): void;
  /** Started (`start()`) once the first analysis is on screen. */
  analyser: Analyser;
}

type Views = ReturnType<typeof import('./js/views.js').createViews>;

/** What js/compose.js's `setupCompose` needs. */
interface ComposeSetup {
  ui: Ui;
  model: Model;
  status: Status;
  views: Views;
  analyser: Analyser;
  /** The example's text. */
  example(): Promise<string>;
}

/** What js/boot.js leaves for app.js, as `NEWSLENS_BOOT`. */
interface Boot {
  /**
   * The core on the main thread, until the worker is ready (js/analyser.js); null for a text
   * too long to analyse there.
   */
  analyse(text: string, referenceDate: string | null): Promise<Answer> | null;
  /** The example's text, fetched early; app.js takes it (sets it to null). */
  example: Promise<string> | null;
  /** True when app.js is to start the worker (`takeWorker`) once the example is on screen. */
  deferWorker: boolean;
  /**
   * Hands the worker over (started now if not yet), once (then null): replays what it sent so
   * far to the new listeners.
   */
  takeWorker(): Worker | null;
}

/** What the single-file build leaves for app.js, as `NEWSLENS_EMBED`. */
interface Embed {
  example: string;
  mode: 'worker' | 'main-thread' | null;
  createWorker(): Worker;
}

declare var NEWSLENS_BOOT: Boot | undefined;
declare var NEWSLENS_EMBED: Embed | undefined;
/** Set in the single-file build's worker bundle. */
declare var NEWSLENS_EMBEDDED: boolean | undefined;

// The analyser's protocol (js/core-server.js answers, js/analyser.js asks).
// Page → analyser: `ToAnalyser`.

/** A text to analyse; `referenceDate`: 'YYYY-MM-DD' or null. */
interface AnalyseMessage {
  type?: never;
  id: number;
  text: string;
  referenceDate: string | null;
}

/** The wasm (bytes or module) to start with (none: it is fetched); `warm: false`: no warm-up. */
interface LoadMessage {
  type: 'load';
  wasm?: BufferSource | WebAssembly.Module;
  warm?: boolean;
}

/**
 * Test only: make the next request fail. Text can never trigger a fault: only this message,
 * which the page sends only through its test hook.
 */
interface FaultMessage {
  type: 'fault';
  mode: 'panic' | 'hang' | 'crash';
}

type ToAnalyser = AnalyseMessage | LoadMessage | FaultMessage;

// Analyser → page: `FromAnalyser`.
type FromAnalyser =
  | { type: 'ready'; version: string }
  | { type: 'init-error'; error: string }
  /**
   * The analysis as JSON text: a string is copied to the page in one piece, and the page
   * parses only the answers it shows.
   */
  | { id: number; json: string; ms: number }
  /**
   * `fatal`: a failure of the wasm itself (a panic traps as a RuntimeError): its memory may be
   * corrupt, so the page restarts the worker.
   */
  | { id: number; error: string; fatal: boolean };

/** What js/core-server.js's `createCoreServer` needs. */
interface CoreServerSetup {
  /** Loads the wasm core (from `wasm`, or fetched). */
  load(wasm?: BufferSource | WebAssembly.Module): Promise<unknown>;
  /** The analysis of `text` as JSON text (the wasm's analyzeJson). */
  analyze(text: string, options: import('./pkg/newslens.js').AnalyzeOptions): string;
  version(): string;
  post(message: FromAnalyser): void;
}
