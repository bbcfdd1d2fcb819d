// newslens page: wires the text box, the analyser (a Web Worker) and the views together.
// The views live in js/: render.js (reading view), panels.js (entities, quotes),
// timeline.js, export.js (take away), input.js (paste, drop, files, size limit),
// analyser.js (worker client: stale answers, restarts, time limit). User text reaches the
// DOM only as text nodes.
//
// Test hook: `window.newslens` (read-only) exposes
//   state          'loading' | 'empty' | 'busy' | 'ready' | 'error'  (also <main data-state>)
//   lastText       the text the shown analysis (or error) belongs to
//   lastAnalysis   the analysis currently rendered (null when empty or on error)
//   lastError      the message of the last error shown (null otherwise)
//   referenceDate  the date the user set (null: the article's own date is used)
//   selected       the id of the selected entity, or null
//   version        version() of the wasm core (null until it has loaded)
//   stats          {requests, answers, stale, skippedSpans, restarts, renders, local}
//                  (local: answers from the main thread, before the worker was ready)
//   test           {timeLimit (get/set, ms), fault('panic' | 'hang' | 'crash')}
// An answer is rendered before `state` becomes 'ready', so waiting for
// `state === 'ready' && lastText === text` waits for the rendered analysis of `text`.

import { diffChildren, formatMs, patchChildren, plural, yieldToBrowser } from './js/util.js';
import { collectSpans, renderHighlightsAsync, renderHighlights, revealMark, selectInArticle } from './js/render.js';
import { entityParts, quoteParts, rankEntities } from './js/panels.js';
import { timelineParts } from './js/timeline.js';
import { createAnalyser } from './js/analyser.js';
import { setupInput, sizeProblem } from './js/input.js';
import { analysisJSON, copyText, download, entitiesCSV, markdownSummary, quotesCSV } from './js/export.js';

const DEBOUNCE_MS = 250;
/** Texts longer than this show "Analysing…" at once; shorter ones only if it takes a while. */
const LARGE_TEXT = 20_000;
/**
 * Each panel as parts `{key, build}` (js/panels.js, js/timeline.js): a part is only rebuilt
 * when its key, all that it shows, changes (typing usually shifts offsets only, which no
 * panel shows; see `diffChildren`).
 */
const PANELS = { entities: entityParts, quotes: quoteParts, timeline: timelineParts };
const SOURCE_LABELS = { text: 'found in the text', given: 'given by you' };

/** Set by the single-file build: {createWorker, example}. */
const embed = globalThis.NEWSLENS_EMBED ?? null;
/** Set by js/boot.js: the worker started early, the example's fetch, the main-thread core. */
const boot = embed ? null : globalThis.NEWSLENS_BOOT ?? null;

export function statusSummary(analysis, ms) {
  const parts = [
    plural(analysis.entities.length, 'entity', 'entities'),
    plural(analysis.quotes.length, 'quote', 'quotes'),
    plural(analysis.timexes.length, 'date', 'dates'),
  ];
  const time = formatMs(ms);
  if (time) parts.push(time);
  return parts.join(' · ');
}

function start() {
  const $ = (id) => document.getElementById(id);
  const ui = {
    app: $('app'), input: $('input'), example: $('try-example'), clear: $('clear'), file: $('file'),
    openFile: $('open-file'), compose: $('compose'), refdate: $('refdate'), refdateSource: $('refdate-source'),
    refdateReset: $('refdate-reset'), status: $('status'), article: $('article'), version: $('version'),
    hint: $('input-hint'), selection: $('selection'), selectionText: $('selection-text'), selectionClear: $('selection-clear'),
    panels: [...document.querySelectorAll('[data-panel]')],
    exports: [...document.querySelectorAll('[data-export]')],
    toggles: [...document.querySelectorAll('.legend .toggle')],
  };

  const model = {
    state: 'loading', lastText: '', lastAnalysis: null, lastError: null, referenceDate: null,
    selected: null, version: null,
    stats: { requests: 0, answers: 0, stale: 0, skippedSpans: 0, restarts: 0, renders: 0, local: 0 },
  };
  let ready = false;
  let failed = false; // the analyser could not start at all
  let timer = 0;
  let busyTimer = 0;
  let renderSeq = 0;

  const analyser = createAnalyser({
    stats: model.stats,
    createWorker: embed?.createWorker ??
      (() => boot?.takeWorker() ?? new Worker(new URL('./worker.js', import.meta.url), { type: 'module' })),
    onReady(version, restarted) {
      const first = !ready && model.version === null;
      if (first) performance.mark('newslens:ready');
      ready = true;
      model.version = version;
      ui.version.textContent = `newslens ${version}`;
      // Text sent before the worker was ready is already queued there. After a restart, wait
      // for the next edit: the same text might fail the same way. An error on show (the
      // example could not be loaded) stays until the next edit.
      if (first && !restarted && model.stats.requests === 0 && model.lastError === null) update({ now: true });
    },
    onFailure(message) {
      ready = false;
      failed = true;
      model.lastError = message;
      setState('error');
      setStatus(`Sorry, ${message}.`, 'error');
    },
    onAnswer: (request, answer) => show(request, answer),
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
    test: Object.freeze({
      get timeLimit() { return analyser.timeLimit; },
      set timeLimit(ms) { analyser.timeLimit = ms; },
      fault: (mode) => analyser.fault(mode),
    }),
  });

  function setState(state) {
    model.state = state;
    ui.app.dataset.state = state;
    ui.article.setAttribute('aria-busy', String(state === 'busy' || state === 'loading'));
    for (const button of ui.exports) button.disabled = !(state === 'ready' && model.lastAnalysis);
  }

  function setStatus(message, kind = 'info') {
    clearTimeout(busyTimer);
    // (On /#example the main part waits for the example's analysis: see js/boot.js.)
    if (kind !== 'busy') document.documentElement.classList.remove('booting');
    ui.status.textContent = message;
    ui.status.dataset.kind = kind;
  }

  function renderReferenceDate(analysis, { force = false } = {}) {
    const ref = analysis?.reference_date ?? null;
    ui.refdateSource.dataset.source = ref ? ref.source : 'none';
    ui.refdateSource.textContent = ref
      ? ref.source === 'text' && ref.span ? `${SOURCE_LABELS.text}: “${ref.span.text}”` : SOURCE_LABELS[ref.source] ?? ref.source
      : analysis ? 'none found — set one to resolve relative dates' : 'none yet';
    ui.refdateReset.hidden = model.referenceDate === null;
    // Do not overwrite a date the user is still typing (an incomplete date is `badInput`).
    if (force || !ui.refdate.validity.badInput) ui.refdate.value = model.referenceDate ?? ref?.value ?? '';
  }

  /** Puts a panel's parts (by default those of no analysis) in `body`, keeping those unchanged. */
  function drawPanel(body, parts = PANELS[body.dataset.panel](null), diff = diffChildren(body, parts.map((p) => p.key), true)) {
    patchChildren(body, diff, parts.slice(diff.head, parts.length - diff.tail)
      .flatMap(({ key, build }) => [build()].flat().map((node) => Object.assign(node, { nlKey: key }))));
  }

  /** Empties the views; the pane shows `shown` (the blank text, or nothing when too large). */
  function clearViews(text, shown = text) {
    renderSeq++;
    model.lastText = text;
    model.lastAnalysis = null;
    renderHighlights(ui.article, shown, []);
    for (const body of ui.panels) drawPanel(body);
    renderReferenceDate(null);
    select(null);
  }

  /** Renders an answer: the article first (in slices), then each panel, then 'ready'. */
  async function show(request, answer) {
    const seq = ++renderSeq;
    performance.mark('newslens:answer', { detail: answer.ms });
    if (answer.error !== undefined) {
      model.lastText = request.text;
      model.lastAnalysis = null;
      model.lastError = answer.error;
      renderHighlights(ui.article, request.text, []);
      for (const body of ui.panels) drawPanel(body);
      renderReferenceDate(null);
      select(null);
      setStatus(answer.restarted ? `Sorry, ${answer.error}.` : answer.error, 'error');
      setState('error');
      return;
    }
    const { analysis } = answer;
    const isStale = () => seq !== renderSeq;
    // A short text is drawn at once; a long one in slices, each panel in a task of its own.
    const long = request.text.length > LARGE_TEXT;
    ui.app.classList.toggle('long', long);
    // (The answer was parsed in this task: the drawing starts in the next.)
    if (long) await yieldToBrowser();
    if (isStale()) return;
    const spans = collectSpans(analysis);
    const drawn = long
      ? await renderHighlightsAsync(ui.article, request.text, spans, { isStale })
      : renderHighlights(ui.article, request.text, spans);
    if (!drawn) return;
    model.stats.skippedSpans += drawn.skipped;
    for (const body of ui.panels) {
      const parts = PANELS[body.dataset.panel](analysis);
      const diff = diffChildren(body, parts.map((p) => p.key), true);
      if (diff.same) continue;
      if (long) await yieldToBrowser();
      if (isStale()) return;
      drawPanel(body, parts, diff);
    }
    const previous = model.lastAnalysis?.entities?.find((e) => e.id === model.selected);
    model.lastText = request.text;
    model.lastAnalysis = analysis;
    model.lastError = null;
    renderReferenceDate(analysis);
    // Keep the selection across edits when the same entity is still there.
    select(previous ? analysis.entities.find((e) => e.name === previous.name && e.kind === previous.kind)?.id ?? null : null);
    setStatus(statusSummary(analysis, answer.ms), 'ok');
    model.stats.renders++;
    performance.mark('newslens:rendered');
    if (model.stats.renders === 1) {
      // The first analysis on screen: the panels below the fold (quotes, timeline) are laid
      // out in the frame after it, so that what is in view is drawn sooner (style.css).
      document.documentElement.classList.add('first-frame');
      requestAnimationFrame(() => setTimeout(() => {
        performance.mark('newslens:painted');
        document.documentElement.classList.remove('first-frame');
        requestAnimationFrame(() => setTimeout(() => {
          performance.mark('newslens:complete');
          analyser.start(); // (deferred for the example: see js/boot.js)
        }));
      }));
    }
    setState('ready');
  }

  /** Analyses the current text: after a pause in typing, or at once (`now`). */
  function update({ now = false } = {}) {
    clearTimeout(timer);
    const text = ui.input.value;
    if (text.trim() === '') {
      analyser.cancel();
      clearViews(text);
      model.lastError = null;
      ui.input.removeAttribute('aria-invalid');
      if (ready) {
        setStatus('Paste or type an article above, or try the example.', 'info');
        setState('empty');
      }
      return;
    }
    const problem = sizeProblem(text);
    if (problem) {
      analyser.cancel();
      clearViews(text, '');
      model.lastError = problem;
      ui.input.setAttribute('aria-invalid', 'true');
      setStatus(problem, 'error');
      setState('error');
      return;
    }
    ui.input.removeAttribute('aria-invalid');
    if (failed) return;
    // (Before the worker is ready, a request waits in its queue.)
    const send = () => {
      renderSeq++; // a render still in progress is for an older text
      setState('busy');
      const message = `Analysing${text.length > LARGE_TEXT ? ` ${plural(text.split(/\s+/).length, 'word', 'words')}` : ''}…`;
      if (text.length > LARGE_TEXT) setStatus(message, 'busy');
      else {
        clearTimeout(busyTimer);
        busyTimer = setTimeout(() => setStatus(message, 'busy'), 150);
      }
      analyser.analyse(text, model.referenceDate);
    };
    if (now) send();
    else timer = setTimeout(send, text.length > LARGE_TEXT * 10 ? DEBOUNCE_MS * 2 : DEBOUNCE_MS);
  }

  // ---- selection ------------------------------------------------------------------------

  function select(id) {
    const entity = id ? model.lastAnalysis?.entities?.find((e) => e.id === id) : null;
    model.selected = entity ? id : null;
    selectInArticle(ui.article, model.selected);
    for (const button of document.querySelectorAll('[data-select]')) {
      button.setAttribute('aria-pressed', String(button.dataset.select === model.selected));
    }
    for (const group of document.querySelectorAll('.speaker-group')) {
      group.classList.toggle('is-selected', Boolean(model.selected) && group.dataset.speaker === model.selected);
    }
    ui.selection.hidden = !entity;
    if (entity) {
      const ranked = rankEntities(model.lastAnalysis).find((r) => r.entity.id === id);
      ui.selectionText.textContent = `Showing ${entity.name}: ${plural(ranked.mentions, 'mention', 'mentions')}, ${plural(ranked.quotes, 'quote', 'quotes')}.`;
    }
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const pick = target?.closest('[data-select]');
    if (pick) {
      select(pick.dataset.select === model.selected ? null : pick.dataset.select);
      return;
    }
    const goto = target?.closest('a[data-goto]');
    if (goto) {
      event.preventDefault();
      revealMark(goto.dataset.goto);
      return;
    }
    const mark = target?.closest('#article mark.entity-mark, #article mark[data-speaker]');
    if (mark) select(mark.dataset.speaker ?? mark.dataset.id);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && model.selected) {
      select(null);
      event.preventDefault();
    }
  });
  ui.selectionClear.addEventListener('click', () => select(null));
  document.addEventListener('panel-expanded', () => select(model.selected));

  for (const toggle of ui.toggles) {
    toggle.addEventListener('click', () => {
      const shown = toggle.getAttribute('aria-pressed') !== 'true';
      toggle.setAttribute('aria-pressed', String(shown));
      ui.article.classList.toggle(`hide-${toggle.dataset.kind}`, !shown);
    });
  }

  // ---- input ----------------------------------------------------------------------------

  /**
   * Replaces the whole text (example, file): a new article brings its own date. `note` (how a
   * file was read) stands in for the text box's hint until the next text.
   */
  function put(text, note = '') {
    ui.hint.textContent = note || hint;
    ui.hint.dataset.kind = note ? 'note' : '';
    ui.input.value = text;
    model.referenceDate = null;
    update({ now: true });
  }

  const hint = ui.hint.textContent;
  ui.input.addEventListener('input', () => update());
  setupInput({
    textarea: ui.input, dropZone: ui.compose, fileInput: ui.file, put,
    tell: (message, kind) => setStatus(message, kind),
  });
  ui.openFile.addEventListener('click', () => ui.file.click());

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

  ui.example.addEventListener('click', async () => {
    ui.example.disabled = true;
    try {
      put(await loadExample());
    } catch (err) {
      analyser.start(); // (deferred for the example: see js/boot.js)
      model.lastError = `Could not load the example (${err.message}).`;
      setStatus(model.lastError, 'error');
      setState('error');
    } finally {
      ui.example.disabled = false;
    }
  });

  ui.clear.addEventListener('click', () => {
    put('');
    ui.input.focus();
  });

  ui.refdate.addEventListener('change', () => {
    if (ui.refdate.validity.badInput) return; // a date still being typed
    model.referenceDate = ui.refdate.value || null;
    update({ now: true });
  });
  // A date left half-typed goes back to the one in use.
  ui.refdate.addEventListener('blur', () => {
    if (ui.refdate.validity.badInput) renderReferenceDate(model.lastAnalysis, { force: true });
  });
  ui.refdateReset.addEventListener('click', () => {
    model.referenceDate = null;
    update({ now: true });
    ui.refdate.focus();
  });

  // ---- take away ------------------------------------------------------------------------

  const EXPORTS = {
    json: (a) => download('newslens-analysis.json', 'application/json', analysisJSON(a)),
    quotes: (a) => download('newslens-quotes.csv', 'text/csv;charset=utf-8', `\ufeff${quotesCSV(a)}`),
    entities: (a) => download('newslens-entities.csv', 'text/csv;charset=utf-8', `\ufeff${entitiesCSV(a)}`),
    markdown: (a) => download('newslens-summary.md', 'text/markdown;charset=utf-8', markdownSummary(a, model)),
    copy: async (a) => {
      const ok = await copyText(markdownSummary(a, model));
      setStatus(ok ? 'The summary is on the clipboard (Markdown).' : 'Could not copy to the clipboard.', ok ? 'ok' : 'error');
    },
  };
  for (const button of ui.exports) {
    button.addEventListener('click', () => {
      if (model.lastAnalysis) EXPORTS[button.dataset.export](model.lastAnalysis);
    });
  }

  // ---- start ----------------------------------------------------------------------------

  update({ now: true });
  if (location.hash === '#example') ui.example.click();
  if ('serviceWorker' in navigator && !embed && /^https?:$/.test(location.protocol)) {
    const register = () => navigator.serviceWorker.register('sw.js').catch(() => {});
    if (document.readyState === 'complete') setTimeout(register, 500);
    else addEventListener('load', () => setTimeout(register, 500), { once: true });
  }
}

if (typeof document !== 'undefined' && document.getElementById('app') && !window.newslens) start();
