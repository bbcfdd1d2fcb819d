// @ts-check
// The reading view: an analysis's spans (entity mentions, quote fragments, dates) drawn as
// nested <mark>s over the article, one block per line, built off-screen in time slices so
// that a long article never blocks the main thread for long; plus selecting an entity.

import { h, diffChildren, formatDay, formatRange, patchChildren, yieldToBrowser } from './util.js';

/** Entity kinds in display order, with their labels. */
export const ENTITY_KINDS = [
  { kind: 'person', one: 'Person', many: 'People' },
  { kind: 'organization', one: 'Organisation', many: 'Organisations' },
  { kind: 'place', one: 'Place', many: 'Places' },
  { kind: 'other', one: 'Other name', many: 'Other names' },
];
const ENTITY_KIND_SET = new Set(ENTITY_KINDS.map((k) => k.kind));

export const QUOTE_KINDS = { direct: 'Direct', mixed: 'Mixed', indirect: 'Reported' };

/** Highlight layers: a lower layer is drawn outside a higher one when both cover a span. */
const LAYER = { quote: 0, person: 1, organization: 1, place: 1, other: 1, timex: 2 };

export function quoteKindLabel(kind) {
  return QUOTE_KINDS[kind] ?? 'Quote';
}

/**
 * Every span of the analysis that the reading pane highlights:
 * `{start, end, text, kind, id, title, value?, speaker?}`; kind is an entity kind, `quote` or `timex`.
 */
export function collectSpans(analysis) {
  const spans = [];
  for (const entity of analysis.entities ?? []) {
    const title = [entity.name, ...(entity.titles ?? [])].join(' · ');
    for (const m of entity.mentions ?? []) spans.push({ ...pick(m), kind: entity.kind, id: entity.id, title });
  }
  for (const quote of analysis.quotes ?? []) {
    const parts = quote.fragments?.length ? quote.fragments : [quote];
    const title = `${quoteKindLabel(quote.kind)} quote${quote.speaker_name ? ` · ${quote.speaker_name}` : ''}`;
    parts.forEach((part, i) => {
      spans.push({
        ...pick(part), kind: 'quote', id: quote.id, title, speaker: quote.speaker ?? undefined, quoteKind: quote.kind,
        // The speaker is shown after the quote's last part.
        said: i === parts.length - 1 ? quote.speaker_name ?? undefined : undefined,
      });
    });
  }
  for (const timex of analysis.timexes ?? []) {
    spans.push({ ...pick(timex), kind: 'timex', id: timex.id, title: timexTitle(timex), value: timexValueLabel(timex) });
  }
  return spans;
}

function pick({ start, end, text }) {
  return { start, end, text };
}

/** What a date shows on hover and focus: its resolved date (or value). */
export function timexValueLabel(timex) {
  const value = timex.mod ? `${timex.value} ${timex.mod}` : timex.value;
  if (!timex.range) return value;
  return `${formatRange(timex.range)} (${value})`;
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

/** Keeps the spans whose offsets select their text, outermost first. */
function prepare(text, spans) {
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
  const order = valid
    .map((span, index) => ({ span, index }))
    .sort((a, b) =>
      a.span.start - b.span.start || b.span.end - a.span.end ||
      (LAYER[a.span.kind] ?? 1) - (LAYER[b.span.kind] ?? 1) || a.index - b.index)
    .map(({ span }) => span);
  return { order, skipped };
}

/** Lines longer than this are drawn as several blocks. */
export const LONG_LINE = 2000;

/**
 * Where a line over `LONG_LINE` is cut into blocks (pasted without breaks, a whole article is
 * one line, rebuilt and laid out at each edit, slowly). Cuts come after about one sentence
 * end in 8, chosen by a hash of the 16 characters before it, not by distance: an edit moves
 * only the cuts near it. Past 3,000 characters with no cut, a space will do.
 */
function chunkStarts(text, from, to, starts) {
  // (Two small letters or a digit before the stop: not after "U.S.", "Mr." or "a.m.".)
  const end = /(?<=\p{Ll}\p{Ll}|\d)[.!?…]["'”’»)\]]*\s+/gu;
  end.lastIndex = from;
  let last = from;
  for (;;) {
    const m = end.exec(text);
    const at = m && m.index < to ? m.index + m[0].length : to;
    for (let space; at - last > 3000 && (space = text.indexOf(' ', last + 2000) + 1) && space < at;) starts.push(last = space);
    if (at >= to) return;
    let hash = 0x811c9dc5;
    for (let i = Math.max(from, at - 16); i < at; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x1000193);
    if (((hash >>> 13) & 7) === 0 || at - last > 3000) starts.push(last = at);
  }
}

/**
 * Plans the highlighted text, one line (or block of a long line) at a time (a line keeps its "\n",
 * so the lines' text is exactly `text`), into `lines`: `{start, key, pieces}`. Spans may nest or
 * cross; the text is cut at every span boundary and each piece is wrapped in the marks of all
 * spans covering it, outermost first: a piece is `{keep, open, to}` (keep the `keep` outermost
 * marks of the piece before, open marks `[span, continued, anchor]` inside them, text up to `to`).
 * A span crossing another's end or a line end continues in a second `<mark>` with the same data
 * (`continued`). `key` says all a line shows, with offsets relative to its start: equal keys draw
 * the same (see `renderHighlightsAsync`). Nothing is built here. Yields every 256 pieces.
 */
function* plan(lines, text, order, counts) {
  const cuts = new Set([0, text.length]);
  const starts = [];
  for (let from = 0; from < text.length;) {
    const to = text.indexOf('\n', from) + 1 || text.length;
    if (to - from > LONG_LINE) chunkStarts(text, from, to, starts);
    if (to < text.length) starts.push(to);
    from = to;
  }
  const lineStarts = new Set(starts);
  for (const start of starts) cuts.add(start);
  for (const span of order) cuts.add(span.start).add(span.end);
  const points = [...cuts].sort((a, b) => a - b);

  let line = null;
  let key = [];
  const close = () => {
    if (line) line.key = key.join('\u0000');
  };
  let stack = [];
  const started = new Set();
  const anchored = new Set();
  let next = 0;
  let active = [];
  for (let i = 0; i + 1 < points.length; i++) {
    if ((i & 255) === 255) yield;
    const from = points[i];
    const to = points[i + 1];
    active = active.filter((span) => span.end > from);
    while (next < order.length && order[next].start <= from) active.push(order[next++]);
    if (line === null || lineStarts.has(from)) {
      close();
      line = { start: from, key: '', pieces: [] };
      key = [];
      lines.push(line);
      stack = [];
    }
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep] === active[keep]) keep++;
    stack.length = keep;
    key.push(`^${keep}`);
    const open = [];
    for (let j = keep; j < active.length; j++) {
      const span = active[j];
      const continued = started.has(span);
      started.add(span);
      const anchor = !continued && !anchored.has(span.id);
      if (anchor) anchored.add(span.id);
      open.push([span, continued, anchor]);
      key.push(`<${span.kind}|${span.id}|${span.start - line.start}|${span.end - line.start}|${continued ? 1 : 0}|${anchor ? 1 : 0}|` +
        `${span.value ?? ''}|${span.speaker ?? ''}|${span.quoteKind ?? ''}|${span.title ?? ''}`);
      stack.push(span);
      counts.marks++;
    }
    line.pieces.push({ keep, open, to });
    key.push(text.slice(from, to));
    // The speaker label goes on the mark that ends a quote's last part.
    for (const span of stack) if (span.said && span.end === to) key.push(`@${span.said}`);
  }
  close();
}

/** The `<div class="line">` of a planned line (see `plan`). */
function buildLine(line, text) {
  const div = h('div', { class: 'line' });
  div.nlStart = line.start;
  div.nlKey = line.key;
  const stack = [];
  let from = line.start;
  for (const { keep, open, to } of line.pieces) {
    stack.length = keep;
    let parent = keep ? stack[keep - 1].node : div;
    for (const [span, continued, anchor] of open) {
      const node = markFor(span, continued, anchor);
      parent.append(node);
      stack.push({ span, node });
      parent = node;
    }
    parent.append(text.slice(from, to));
    for (const { span, node } of stack) if (span.said && span.end === to) node.dataset.said = span.said;
    from = to;
  }
  return div;
}

/** A kept line after an edit: its marks' offsets move with it. */
function moveLine(line, start) {
  const delta = start - line.nlStart;
  if (!delta) return;
  line.nlStart = start;
  for (const mark of line.querySelectorAll('mark')) {
    mark.dataset.start = Number(mark.dataset.start) + delta;
    mark.dataset.end = Number(mark.dataset.end) + delta;
  }
}

function markFor(span, continued, anchor) {
  const entity = ENTITY_KIND_SET.has(span.kind);
  return h('mark', {
    id: anchor && span.id ? `mark-${span.id}` : null,
    'data-kind': span.kind,
    'data-id': span.id,
    'data-start': span.start,
    'data-end': span.end,
    'data-continued': continued,
    'data-value': span.value,
    'data-speaker': span.speaker,
    'data-qkind': span.quoteKind,
    title: span.title,
    // Dates can be focused to reveal their value (style.css shows it on focus).
    tabindex: span.kind === 'timex' && !continued ? '0' : null,
    'aria-label': span.kind === 'timex' && !continued ? `${span.text}: ${span.value}` : null,
    class: entity ? 'entity-mark' : null,
  });
}

/**
 * Fills `container` with `text` and its highlights at once.
 * @returns {{marks: number, skipped: number}}
 */
export function renderHighlights(container, text, spans) {
  const { order, skipped } = prepare(text, spans);
  const planned = [];
  const counts = { marks: 0 };
  for (const _ of plan(planned, text, order, counts));
  container.replaceChildren(...planned.map((line) => buildLine(line, text)));
  return { marks: counts.marks, skipped };
}

/**
 * Like `renderHighlights`, but keeps the lines already in `container` that show the same
 * (equal keys: see `plan`), and plans and builds in slices of about `budgetMs`, yielding to
 * the browser in between, then swaps the new lines in at once: typing in one paragraph of a
 * long article builds that paragraph only. Resolves to null as soon as `isStale()` says a
 * newer render was asked for (the only kind of change to `container` meanwhile).
 * @param {HTMLElement} container @param {string} text @param {ReturnType<typeof collectSpans>} spans
 * @param {{isStale?: () => boolean, budgetMs?: number}} [o]
 */
export async function renderHighlightsAsync(container, text, spans, { isStale = () => false, budgetMs = 8 } = {}) {
  const { order, skipped } = prepare(text, spans);
  const planned = [];
  const counts = { marks: 0 };
  let sliceStart = performance.now();
  const slice = async () => {
    if (performance.now() - sliceStart < budgetMs) return true;
    await yieldToBrowser();
    sliceStart = performance.now();
    return !isStale();
  };
  for (const _ of plan(planned, text, order, counts)) if (!(await slice())) return null;
  // (Equal keys of the lines before a line give it the same start.)
  const diff = diffChildren(container, planned.map((line) => line.key));
  const built = [];
  for (let i = diff.head; i < planned.length - diff.tail; i++) {
    built.push(buildLine(planned[i], text));
    if ((i & 15) === 15 && !(await slice())) return null;
  }
  if (isStale()) return null;
  for (let k = 1; k <= diff.tail; k++) moveLine(diff.old[diff.old.length - k][0], planned[planned.length - k].start);
  patchChildren(container, diff, built);
  return { marks: counts.marks, skipped };
}

/**
 * Highlights every mention and quote of entity `id` in `article` (null clears).
 * @returns {number} how many marks were selected
 */
export function selectInArticle(article, id) {
  for (const mark of article.querySelectorAll('mark.is-selected')) mark.classList.remove('is-selected');
  if (!id) {
    delete article.dataset.selected;
    return 0;
  }
  const key = CSS.escape(id);
  const marks = article.querySelectorAll(`mark[data-id="${key}"], mark[data-speaker="${key}"]`);
  for (const mark of marks) mark.classList.add('is-selected');
  article.dataset.selected = id;
  return marks.length;
}

/** Scrolls to the first mark of span `id`, focuses it and makes it flash. */
export function revealMark(id) {
  const mark = document.getElementById(`mark-${id}`);
  if (!mark) return false;
  if (!mark.hasAttribute('tabindex')) mark.setAttribute('tabindex', '-1');
  mark.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
  mark.classList.remove('flash');
  void mark.offsetWidth; // restart the animation
  mark.classList.add('flash');
  return true;
}
