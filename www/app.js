// newslens page: wires the text box to the analyser (worker.js) and renders what comes back.
//
// Sections, top to bottom:
//   1. constants (kinds, labels)          4. highlighting (spans → nested <mark>s)
//   2. small DOM helpers                  5. panels (entities, quotes, timeline)
//   3. the analyser client (worker)       6. the app: state, events, status line
//
// Everything the user typed reaches the DOM as text nodes only (never as HTML).
//
// Test hook: `window.newslens` (read-only) exposes
//   state             'loading' | 'empty' | 'busy' | 'ready' | 'error'  (also <main data-state>)
//   lastText          the text the shown analysis (or error) belongs to
//   lastAnalysis      the analysis currently rendered (null when empty or on error)
//   lastError         the message of the last error shown (null otherwise)
//   referenceDate     the date the user set (null: the article's own date is used)
//   version           version() of the wasm core (null until it has loaded)
//   stats             {requests, answers, stale, skippedSpans}
// An answer is rendered before `state` becomes 'ready', so waiting for
// `state === 'ready' && lastText === text` waits for the rendered analysis of `text`.

// ---------------------------------------------------------------------------------------
// 1. Constants

export const DEBOUNCE_MS = 250;

/** Entity kinds in display order, with their labels. */
export const ENTITY_KINDS = [
  { kind: 'person', one: 'Person', many: 'People' },
  { kind: 'organization', one: 'Organisation', many: 'Organisations' },
  { kind: 'place', one: 'Place', many: 'Places' },
  { kind: 'other', one: 'Other', many: 'Other names' },
];

/** Highlight layers: a lower layer is drawn outside a higher one when both cover a span. */
const LAYER = { quote: 0, person: 1, organization: 1, place: 1, other: 1, timex: 2 };

const QUOTE_KINDS = { direct: 'direct', mixed: 'partly quoted', indirect: 'reported' };

// ---------------------------------------------------------------------------------------
// 2. DOM helpers

/**
 * Creates an element. `props`: `class`, `text`, `dataset` (object), `hidden`, and any other
 * key as an attribute (skipped when null/undefined/false). Children: nodes or strings
 * (strings become text nodes).
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'hidden') node.hidden = Boolean(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return node;
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** `2013-04-16` → a localised date; anything else is returned as it is. */
export function formatDay(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return iso ?? '';
  const date = utcDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

/** A UTC date; unlike `Date.UTC`, years 0–99 are not taken as 1900–1999. */
function utcDate(year, monthIndex, day) {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar interval as text: one day, a whole month, a whole year, or "from – to". */
export function formatRange(range) {
  if (!range) return '';
  if (range.from === range.to) return formatDay(range.from);
  const from = /^(\d{4})-(\d{2})-01$/.exec(range.from);
  if (from) {
    const [year, month] = [Number(from[1]), Number(from[2])];
    const lastDay = utcDate(year, month, 0).getUTCDate();
    if (range.to === `${from[1]}-${from[2]}-${lastDay}`) return monthFormat.format(utcDate(year, month - 1, 1));
    if (month === 1 && range.to === `${from[1]}-12-31`) return from[1];
  }
  return `${formatDay(range.from)} – ${formatDay(range.to)}`;
}

export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '';
  if (ms < 0.1) return '<0.1 ms';
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

// ---------------------------------------------------------------------------------------
// 3. The analyser client

/**
 * Talks to worker.js. `analyse()` returns nothing: the newest request's answer is handed to
 * `onAnswer`; answers to older requests (and to requests made before `cancel()`) are dropped.
 */
export function createAnalyser({ onReady, onAnswer, onFailure, stats }) {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  let nextId = 1;
  let latest = 0;
  let pending = null; // {id, text, referenceDate} of the newest request

  worker.addEventListener('message', (event) => {
    const data = event.data;
    if (data?.type === 'ready') {
      onReady(data.version);
      return;
    }
    if (data?.type === 'init-error') {
      onFailure(data.error);
      return;
    }
    stats.answers++;
    if (data?.id !== latest || !pending) {
      stats.stale++;
      return;
    }
    const request = pending;
    pending = null;
    onAnswer(request, data);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onFailure(`the analyser could not start${event.message ? `: ${event.message}` : ''}`);
  });
  worker.addEventListener('messageerror', () => onFailure('the analyser sent an unreadable answer'));

  return {
    analyse(text, referenceDate) {
      const id = nextId++;
      latest = id;
      pending = { id, text, referenceDate };
      stats.requests++;
      worker.postMessage({ id, text, referenceDate });
    },
    /** Drops the answer to any request in flight. */
    cancel() {
      latest = nextId++;
      pending = null;
    },
  };
}

// ---------------------------------------------------------------------------------------
// 4. Highlighting

/**
 * Every span of the analysis that the reading pane highlights:
 * `{start, end, text, kind, id, title, value?}`, where kind is an entity kind, `quote` or `timex`.
 */
export function collectSpans(analysis) {
  const spans = [];
  for (const entity of analysis.entities ?? []) {
    const title = [entity.name, ...(entity.titles ?? [])].join(' · ');
    for (const m of entity.mentions ?? []) {
      spans.push({ ...pick(m), kind: entity.kind, id: entity.id, title });
    }
  }
  for (const quote of analysis.quotes ?? []) {
    const parts = quote.fragments?.length ? quote.fragments : [quote];
    const title = `${quoteKindLabel(quote.kind)} quote${quote.speaker_name ? ` · ${quote.speaker_name}` : ''}`;
    for (const part of parts) spans.push({ ...pick(part), kind: 'quote', id: quote.id, title });
  }
  for (const timex of analysis.timexes ?? []) {
    spans.push({ ...pick(timex), kind: 'timex', id: timex.id, title: timexTitle(timex), value: timex.value });
  }
  return spans;
}

function pick({ start, end, text }) {
  return { start, end, text };
}

function timexTitle(timex) {
  let title = timex.value;
  if (timex.mod) title += ` (${timex.mod.toLowerCase()})`;
  if (timex.range && !(timex.range.from === timex.range.to && timex.range.from === timex.value)) {
    title += ` · ${formatRange(timex.range)}`;
  } else if (timex.range) {
    title += ` · ${formatDay(timex.range.from)}`;
  }
  return title;
}

function quoteKindLabel(kind) {
  return QUOTE_KINDS[kind] ?? kind ?? 'quote';
}

/**
 * Fills `container` with `text`, wrapping each valid span in a `<mark>`.
 *
 * Spans may nest or cross. The text is cut at every span boundary; each piece is wrapped in
 * the marks of all spans covering it, outermost first (earlier start, then longer, then
 * lower layer). A span crossing another one's end is continued in a second `<mark>` with
 * the same data-id/data-start/data-end (and `data-continued`). So the container's
 * textContent is always exactly `text`. Spans whose offsets do not select their `text`
 * are left out (and counted in the returned `skipped`).
 *
 * @returns {{marks: number, skipped: number}}
 */
export function renderHighlights(container, text, spans) {
  const valid = [];
  let skipped = 0;
  for (const span of spans) {
    const ok =
      Number.isInteger(span.start) && Number.isInteger(span.end) &&
      span.start >= 0 && span.start < span.end && span.end <= text.length &&
      (span.text === undefined || text.slice(span.start, span.end) === span.text);
    if (ok) valid.push(span);
    else skipped++;
  }
  if (skipped) console.warn(`newslens: ${skipped} span(s) do not match the text and are not highlighted`);

  // Outermost first; the index keeps the order stable for identical spans.
  const order = valid
    .map((span, index) => ({ span, index }))
    .sort((a, b) =>
      a.span.start - b.span.start || b.span.end - a.span.end ||
      (LAYER[a.span.kind] ?? 1) - (LAYER[b.span.kind] ?? 1) || a.index - b.index)
    .map(({ span }) => span);

  const cuts = new Set([0, text.length]);
  for (const span of order) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);

  const fragment = document.createDocumentFragment();
  const stack = []; // [{span, node}] of the marks open at the current piece, outermost first
  const started = new Set();
  let marks = 0;
  let next = 0; // index into `order` of the first span not yet started
  let active = []; // spans covering the current piece, in `order`

  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i];
    const to = points[i + 1];
    active = active.filter((span) => span.end > from);
    // Spans join in `order`, and filtering keeps it: `active` stays outermost first.
    while (next < order.length && order[next].start <= from) active.push(order[next++]);

    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep].span === active[keep]) keep++;
    stack.length = keep;
    for (let k = keep; k < active.length; k++) {
      const span = active[k];
      const node = markFor(span, started.has(span));
      started.add(span);
      (stack.length ? stack[stack.length - 1].node : fragment).append(node);
      stack.push({ span, node });
      marks++;
    }
    const piece = document.createTextNode(text.slice(from, to));
    (stack.length ? stack[stack.length - 1].node : fragment).append(piece);
  }
  container.replaceChildren(fragment);
  return { marks, skipped };
}

function markFor(span, continued) {
  return h('mark', {
    dataset: { kind: span.kind, id: span.id, start: String(span.start), end: String(span.end) },
    'data-continued': continued,
    'data-value': span.value,
    title: span.title,
    // Dates can be focused to reveal their value (style.css shows it on focus).
    tabindex: span.kind === 'timex' && !continued ? '0' : null,
  });
}

// ---------------------------------------------------------------------------------------
// 5. Panels

function emptyState(message) {
  return h('p', { class: 'empty' }, message);
}

export function renderEntitiesPanel(analysis) {
  const entities = analysis?.entities ?? [];
  if (!entities.length) return [emptyState('No people, organisations or places found.')];
  return ENTITY_KINDS.map(({ kind, many }) => {
    const group = entities.filter((e) => e.kind === kind);
    if (!group.length) return null;
    return h('section', { class: 'group', dataset: { kind } },
      h('h3', {}, h('span', { class: 'swatch', dataset: { kind } }), `${many} `, h('span', { class: 'count' }, String(group.length))),
      h('ul', { class: 'entity-list' }, group.map((entity) =>
        h('li', { class: 'entity', dataset: { id: entity.id, kind: entity.kind } },
          h('span', { class: 'entity-name' }, entity.name),
          entity.titles?.length ? h('span', { class: 'entity-titles' }, entity.titles.join(', ')) : null,
          h('span', { class: 'badge', title: plural(entity.mentions.length, 'mention', 'mentions') },
            `${entity.mentions.length}×`)))));
  }).filter(Boolean);
}

export function renderQuotesPanel(analysis) {
  const quotes = analysis?.quotes ?? [];
  if (!quotes.length) return [emptyState('No quotes found.')];
  return [h('ol', { class: 'quote-list' }, quotes.map((quote) =>
    h('li', { class: 'quote', dataset: { id: quote.id, kind: quote.kind } },
      h('blockquote', {}, quote.text),
      h('p', { class: 'quote-meta' },
        h('span', { class: 'speaker' }, quote.speaker_name ? `— ${quote.speaker_name}` : '— unattributed'),
        h('span', { class: 'badge', dataset: { kind: quote.kind } }, quoteKindLabel(quote.kind))))))];
}

export function renderTimelinePanel(analysis) {
  const timexes = analysis?.timexes ?? [];
  if (!timexes.length) return [emptyState('No dates found.')];
  const entityNames = new Map((analysis.entities ?? []).map((e) => [e.id, e.name]));
  const eventsOf = new Map();
  for (const entry of analysis.timeline ?? []) {
    if (!eventsOf.has(entry.timex)) eventsOf.set(entry.timex, []);
    eventsOf.get(entry.timex).push(entry);
  }
  // Dated first, by date, then by position; undated (durations, sets) last.
  const sorted = [...timexes].sort((a, b) => {
    const fa = a.range?.from ?? '\uffff';
    const fb = b.range?.from ?? '\uffff';
    return fa < fb ? -1 : fa > fb ? 1 : a.start - b.start;
  });
  return [h('ol', { class: 'timeline' }, sorted.map((timex) =>
    h('li', { class: 'timeline-item', dataset: { id: timex.id, type: timex.type } },
      h('div', { class: 'when' },
        timex.range
          ? h('time', { datetime: timex.range.from }, formatRange(timex.range))
          : h('span', { class: 'undated' }, timex.type === 'duration' ? 'Duration' : 'Undated'),
        h('code', { class: 'value', title: 'TIMEX3 value' }, timex.mod ? `${timex.value} ${timex.mod}` : timex.value)),
      h('p', { class: 'expression' }, `“${timex.text}”`),
      (eventsOf.get(timex.id) ?? []).map((entry) =>
        h('p', { class: 'event' },
          entry.event ? entry.event.text : null,
          entry.entities?.length
            ? h('span', { class: 'event-entities' }, entry.entities.map((id) => entityNames.get(id) ?? id).join(', '))
            : null)))))];
}

/** The side panels, by the `data-panel` of their body. Add a panel here and in index.html. */
export const PANELS = {
  entities: renderEntitiesPanel,
  quotes: renderQuotesPanel,
  timeline: renderTimelinePanel,
};

// ---------------------------------------------------------------------------------------
// 6. The app

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

const SOURCE_LABELS = { text: 'found in the text', given: 'given' };

function start() {
  const $ = (id) => document.getElementById(id);
  const ui = {
    app: $('app'),
    input: $('input'),
    example: $('example'),
    clear: $('clear'),
    refdate: $('refdate'),
    refdateSource: $('refdate-source'),
    refdateReset: $('refdate-reset'),
    status: $('status'),
    article: $('article'),
    version: $('version'),
    panels: [...document.querySelectorAll('[data-panel]')],
  };

  const model = {
    state: 'loading',
    lastText: '',
    lastAnalysis: null,
    lastError: null,
    referenceDate: null, // set by the user; null: use the article's own date
    version: null,
    stats: { requests: 0, answers: 0, stale: 0, skippedSpans: 0 },
  };
  let ready = false;
  let timer = 0;

  window.newslens = Object.freeze({
    get state() { return model.state; },
    get lastText() { return model.lastText; },
    get lastAnalysis() { return model.lastAnalysis; },
    get lastError() { return model.lastError; },
    get referenceDate() { return model.referenceDate; },
    get version() { return model.version; },
    get stats() { return { ...model.stats }; },
  });

  function setState(state) {
    model.state = state;
    ui.app.dataset.state = state;
    ui.article.setAttribute('aria-busy', String(state === 'busy' || state === 'loading'));
  }

  function setStatus(message, kind = 'info') {
    ui.status.textContent = message;
    ui.status.dataset.kind = kind;
  }

  function renderPanels(analysis) {
    for (const body of ui.panels) {
      const render = PANELS[body.dataset.panel];
      if (render) body.replaceChildren(...render(analysis));
    }
  }

  function renderReferenceDate(analysis, { force = false } = {}) {
    const ref = analysis?.reference_date ?? null;
    const source = ref ? ref.source : 'none';
    ui.refdateSource.dataset.source = source;
    ui.refdateSource.textContent = ref
      ? SOURCE_LABELS[ref.source] ?? ref.source
      : analysis ? 'none found — set one to resolve relative dates' : 'none yet';
    ui.refdateReset.hidden = model.referenceDate === null;
    // Do not overwrite a date the user is still typing (an incomplete date is `badInput`).
    if (force || !ui.refdate.validity.badInput) ui.refdate.value = model.referenceDate ?? ref?.value ?? '';
  }

  const analyser = createAnalyser({
    stats: model.stats,
    onReady(version) {
      ready = true;
      model.version = version;
      ui.version.textContent = `newslens ${version}`;
      update({ now: true });
    },
    onFailure(message) {
      ready = false;
      model.lastError = message;
      setState('error');
      setStatus(`Sorry, ${message}.`, 'error');
    },
    onAnswer(request, answer) {
      model.lastText = request.text;
      if (answer.error !== undefined) {
        model.lastAnalysis = null;
        model.lastError = answer.error;
        renderHighlights(ui.article, request.text, []);
        renderPanels(null);
        renderReferenceDate(null);
        setStatus(answer.error, 'error');
        setState('error');
        return;
      }
      const analysis = answer.analysis;
      model.lastAnalysis = analysis;
      model.lastError = null;
      const { skipped } = renderHighlights(ui.article, request.text, collectSpans(analysis));
      model.stats.skippedSpans += skipped;
      renderPanels(analysis);
      renderReferenceDate(analysis);
      setStatus(statusSummary(analysis, answer.ms), 'ok');
      setState('ready');
    },
  });

  /** Analyses the current text: after a pause in typing, or at once (`now`). */
  function update({ now = false } = {}) {
    clearTimeout(timer);
    const text = ui.input.value;
    if (text.trim() === '') {
      analyser.cancel();
      model.lastText = text;
      model.lastAnalysis = null;
      model.lastError = null;
      renderHighlights(ui.article, text, []);
      renderPanels(null);
      renderReferenceDate(null);
      if (ready) {
        setStatus('Paste or type an article above, or try the example.', 'info');
        setState('empty');
      }
      return;
    }
    if (!ready) return; // onReady analyses whatever is there by then
    const send = () => {
      setState('busy');
      setStatus('Analysing…', 'busy');
      analyser.analyse(text, model.referenceDate);
    };
    if (now) send();
    else timer = setTimeout(send, DEBOUNCE_MS);
  }

  ui.input.addEventListener('input', () => update());

  ui.example.addEventListener('click', async () => {
    ui.example.disabled = true;
    try {
      const response = await fetch('example.txt');
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      ui.input.value = await response.text();
      model.referenceDate = null; // a new article brings its own date
      update({ now: true });
    } catch (err) {
      setStatus(`Could not load the example (${err.message}).`, 'error');
    } finally {
      ui.example.disabled = false;
    }
  });

  ui.clear.addEventListener('click', () => {
    ui.input.value = '';
    model.referenceDate = null;
    update({ now: true });
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

  update({ now: true });
}

if (typeof document !== 'undefined' && document.getElementById('app')) start();
