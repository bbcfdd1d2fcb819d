// @ts-check
// newslens page: wires together the modules of js/, one concern each (see the head of each).
// User text reaches the DOM only as text nodes.
//
// Test hook: `window.newslens`, read-only (its fields: `NewslensHook` in types.d.ts).

import { createAnalyser } from './js/analyser.js';
import { setupCompose } from './js/compose.js';
import { setupJumpbar } from './js/jumpbar.js';
import { setupTakeaway } from './js/export.js';
import { setupSelection } from './js/selection.js';
import { createStatus } from './js/status.js';
import { createViews } from './js/views.js';

/** Set by the single-file build: {createWorker, example}. */
const embed = globalThis.NEWSLENS_EMBED ?? null;
/** Set by js/boot.js: the worker started early, the example's fetch, the main-thread core. */
const boot = embed ? null : globalThis.NEWSLENS_BOOT ?? null;

/** The example's text: embedded, fetched early by js/boot.js, or fetched now. */
async function loadExample() {
  if (embed?.example) return embed.example;
  if (boot?.example) {
    const early = boot.example;
    boot.example = null;
    return early;
  }
  const response = await fetch('example.txt');
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.text();
}

function start() {
  /** @type {(id: string) => any} */
  const $ = (id) => document.getElementById(id);
  /** @type {(selector: string) => any[]} */
  const all = (selector) => [...document.querySelectorAll(selector)];
  /** @type {Ui} */
  const ui = {
    app: $('app'), input: $('input'), example: $('try-example'), clear: $('clear'), file: $('file'),
    openFile: $('open-file'), compose: $('compose'), refdate: $('refdate'), refdateSource: $('refdate-source'),
    refdateReset: $('refdate-reset'), timelinePanel: $('timeline-panel'), status: $('status'), article: $('article'), version: $('version'),
    hint: $('input-hint'), replaced: $('replaced'), replacedText: $('replaced-text'), undoReplace: $('undo-replace'), selection: $('selection'), selectionText: $('selection-text'), selectionClear: $('selection-clear'),
    panels: all('[data-panel]'), exports: all('[data-export]'), toggles: all('.legend .toggle'), labelsToggle: $('labels-toggle'),
  };

  /** @type {Model} */
  const model = {
    state: 'loading', lastText: '', lastAnalysis: null, lastError: null, referenceDate: null,
    selected: null, version: null, corrections: [], dropped: 0,
    stats: { requests: 0, answers: 0, stale: 0, skippedSpans: 0, restarts: 0, renders: 0, local: 0 },
    ready: false,
    failed: false, // the analyser could not start at all
  };

  // (Its callbacks come later, asynchronously: `status`, `views` and `compose` are set by then.)
  const analyser = createAnalyser({
    stats: model.stats,
    createWorker: embed?.createWorker ??
      (() => boot?.takeWorker() ?? new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })),
    onReady(version, restarted) {
      const first = !model.ready && model.version === null;
      if (first) performance.mark('newslens:ready');
      model.ready = true;
      model.version = version;
      ui.version.textContent = `newslens ${version}`;
      // Text sent before the worker was ready is already queued there. After a restart, wait
      // for the next edit: the same text might fail the same way. An error on show (the
      // example could not be loaded) stays until the next edit.
      if (first && !restarted && model.stats.requests === 0 && model.lastError === null) compose.update({ now: true });
    },
    onFailure(message) {
      model.ready = false;
      model.failed = true;
      model.lastError = message;
      status.setState('error');
      status.setStatus(`Sorry, ${message}.`, 'error');
    },
    onAnswer: (request, answer) => views.show(request, answer),
    local: boot?.analyse.bind(boot),
    // For /#example, the worker starts once the example is on screen (see js/boot.js).
    lazy: Boolean(boot?.deferWorker),
  });

  window.newslens = Object.freeze({
    get state() { return model.state; },
    get lastText() { return model.lastText; },
    get lastAnalysis() { return model.lastAnalysis; },
    get lastError() { return model.lastError; },
    get referenceDate() { return model.referenceDate; },
    get selected() { return model.selected; },
    get version() { return model.version; },
    get stats() { return { ...model.stats }; },
    get corrections() { return [...model.corrections]; },
    test: Object.freeze({
      get timeLimit() { return analyser.timeLimit; },
      set timeLimit(ms) { analyser.timeLimit = ms; },
      fault: (mode) => analyser.fault(mode),
    }),
  });

  const status = createStatus(ui, model);
  const select = setupSelection(ui, model);
  const views = createViews({ ui, model, status, select, showDate: (a) => compose.showDate(a), analyser });
  const compose = setupCompose({ ui, model, status, views, analyser, example: loadExample });
  setupTakeaway(ui.exports, model, status.setStatus);
  setupJumpbar(document.querySelector('.jumpbar'));

  // Corrections (js/correct.js) load on first use: a "✎" in a panel, or text selected in the
  // article or the text box, by mouse or keyboard ("Add as").
  let correcting = null;
  const correct = () => (correcting ??= import('./js/correct.js').then((m) => m.setupCorrect({ ui, model, views })));
  document.addEventListener('click', (event) => {
    const fix = /** @type {HTMLElement} */ (/** @type {HTMLElement} */ (event.target).closest?.('[data-fix]'));
    if (fix) correct().then((c) => c.open(fix.dataset.fix));
  });
  // The article: any selection in it (mouse, touch, caret browsing). The text box: the reader's
  // own selecting only, not a select-all by script, as a paste may do.
  document.addEventListener('selectionchange', () => (correcting || (!getSelection().isCollapsed && ui.article.contains(getSelection().anchorNode))) &&
    correct().then((c) => c.offer(ui.article)));
  for (const type of ['mouseup', 'keyup']) {
    ui.input.addEventListener(type, () => (correcting || ui.input.selectionEnd > ui.input.selectionStart) && correct().then((c) => c.offer(ui.input)));
  }

  // The tab's last text comes back after a reload (not over the example asked for).
  if (location.hash !== '#example') compose.restore();
  compose.update({ now: true });
  if (location.hash === '#example') ui.example.click();
  if ('serviceWorker' in navigator && !embed && /^https?:$/.test(location.protocol)) {
    const register = () => navigator.serviceWorker.register('sw.js').catch(() => {});
    if (document.readyState === 'complete') setTimeout(register, 500);
    else addEventListener('load', () => setTimeout(register, 500), { once: true });
  }
}

if (typeof document !== 'undefined' && document.getElementById('app') && !window.newslens) start();
