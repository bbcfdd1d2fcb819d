// @ts-check
// The reader's corrections to an analysis, as pure functions (no DOM): `applyCorrections`
// gives the corrected analysis that the views, panels and exports all show; `rebase` moves the
// corrections' spans to an edited text, dropping those whose text was edited away. A
// correction points at the text by span AND text (`Anchor`), never by the core's ids, which
// change at every analysis: it applies to whatever item the new analysis has at that span.
// Loaded on the first correction (js/correct.js), never at start-up.

/**
 * Moves the corrections' anchors from `from` to the edited text `to` (one edit: the text
 * between their common start and end). Anchors before the edit stay, those after it shift by
 * its length; one inside it is looked for, by its text, within the edited stretch (nearest to
 * where it was), else its correction is dropped.
 * @param {Correction[]} corrections @param {string} from @param {string} to
 * @returns {{kept: Correction[], dropped: Correction[]}}
 */
export function rebase(corrections, from, to) {
  const kept = [];
  const dropped = [];
  if (from === to) return { kept: corrections, dropped };
  const max = Math.min(from.length, to.length);
  let head = 0;
  while (head < max && from[head] === to[head]) head++;
  let tail = 0;
  while (tail < max - head && from[from.length - 1 - tail] === to[to.length - 1 - tail]) tail++;
  const delta = to.length - from.length;
  /** @param {Anchor} a @returns {Anchor | null} */
  const move = (a) => {
    if (a.end <= head) return a;
    if (a.start >= from.length - tail) return { ...a, start: a.start + delta, end: a.end + delta };
    // Inside the edit: the same text in what replaced it (and its edges), nearest first.
    const lo = Math.max(0, head - a.text.length);
    const hi = to.length - tail + a.text.length;
    let best = -1;
    for (let i = to.indexOf(a.text, lo); i >= 0 && i + a.text.length <= hi; i = to.indexOf(a.text, i + 1)) {
      if (best < 0 || Math.abs(i - a.start) < Math.abs(best - a.start)) best = i;
    }
    return best < 0 ? null : { ...a, start: best, end: best + a.text.length };
  };
  for (const c of corrections) {
    const at = move(c.at);
    const other = c.to && move(c.to);
    if (at && other !== null) kept.push({ ...c, at, ...(other ? { to: other } : {}) });
    else dropped.push(c);
  }
  return { kept, dropped };
}

/** @param {{start: number, end: number}} a @param {{start: number, end: number}} b */
const overlaps = (a, b) => a.start < b.end && b.start < a.end;
/** @param {{start: number, end: number}} a @param {{start: number, end: number}} b */
const byStart = (a, b) => a.start - b.start;

/** @param {any} item @param {string} field */
function mark(item, field) {
  if (!(item.corrected ??= []).includes(field)) item.corrected.push(field);
}

/**
 * A calendar date read from a date the reader marked ("May 3, 2021", "2021-05-03", "March
 * 2020", "1999"); anything else is kept undated ('XXXX-XX-XX').
 * @param {string} text @returns {{value: string, range: DateRange | null}}
 */
export function readDate(text) {
  const pad = (n) => String(n).padStart(2, '0');
  if (/^\d{4}$/.test(text)) return { value: text, range: { from: `${text}-01-01`, to: `${text}-12-31` } };
  if (/^\d{4}-\d\d-\d\d$/.test(text)) return { value: text, range: { from: text, to: text } };
  const date = new Date(text.replace(/(\d)(st|nd|rd|th)\b/g, '$1'));
  if (!/\b\d{4}\b/.test(text) || Number.isNaN(date.getTime())) return { value: 'XXXX-XX-XX', range: null };
  const month = `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
  if (/\b\d{1,2}(st|nd|rd|th)?\b/.test(text.replace(/\b\d{4}\b/g, ''))) {
    const day = `${month}-${pad(date.getDate())}`;
    return { value: day, range: { from: day, to: day } };
  }
  return { value: month, range: { from: `${month}-01`, to: `${month}-${new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate()}` } };
}

/**
 * The analysis as the reader corrected it: `analysis` is left as it is. Each correction, in
 * the order made, applies to the item its anchors overlap now; the items it changed list what
 * in `corrected` (`['speaker']`, `['kind']`, `['mentions']`, `['added']`), and `corrections`
 * lists those applied (none: no `corrections` field). Anchors whose text is not at their span
 * in `text` apply to nothing (`rebase` keeps them in step).
 * @param {Analysis} analysis @param {string} text @param {Correction[]} corrections
 * @returns {Analysis}
 */
export function applyCorrections(analysis, text, corrections) {
  if (!corrections.length) return analysis;
  /** @type {Analysis} */
  const a = structuredClone(analysis);
  const applied = [];
  let made = 0;
  /** @param {Anchor} s */
  const entityAt = (s) => a.entities.find((e) => e.mentions.some((m) => overlaps(m, s)));
  /** Moves the quotes and events of entity `id` to entity `to` (none: to no one). */
  const reassign = (id, to = null) => {
    for (const q of a.quotes) {
      if (q.speaker === id) Object.assign(q, to ? { speaker: to.id, speaker_name: to.name } : { speaker: null, speaker_confidence: null });
    }
    for (const t of a.timeline) t.entities = [...new Set(t.entities.map((e) => (e === id ? to?.id : e)).filter(Boolean))];
  };
  /** Takes entity `e` out; its quotes and events go to `to`, or to no one. @param {Entity} e @param {Entity} [to] */
  const drop = (e, to) => {
    a.entities = a.entities.filter((x) => x !== e);
    reassign(e.id, to);
  };
  for (const c of corrections) {
    if (![c.at, c.to].every((s) => !s || text.slice(s.start, s.end) === s.text)) continue;
    const entity = entityAt(c.at);
    const quote = a.quotes.find((q) => overlaps(q, c.at));
    let ok = true;
    if (c.type === 'kind') {
      if ((ok = Boolean(entity))) {
        entity.kind = /** @type {EntityKind} */ (c.kind);
        mark(entity, 'kind');
      }
    } else if (c.type === 'merge') {
      const into = entityAt(c.to);
      if ((ok = Boolean(entity && into && entity !== into))) {
        into.mentions = [...into.mentions, ...entity.mentions].sort(byStart);
        into.titles = [...new Set([...into.titles, ...entity.titles])];
        drop(entity, into);
        mark(into, 'mentions');
      }
    } else if (c.type === 'split') {
      const mention = entity?.mentions.find((m) => overlaps(m, c.at));
      if ((ok = entity?.mentions.length > 1)) {
        entity.mentions = entity.mentions.filter((m) => m !== mention);
        mark(entity, 'mentions');
        a.entities.push(/** @type {Entity} */ ({ id: `c${++made}`, kind: entity.kind, name: mention.text, titles: [], mentions: [mention], corrected: ['added'] }));
      }
    } else if (c.type === 'speaker') {
      const who = c.to ? entityAt(c.to) : null;
      if ((ok = Boolean(quote && (who || !c.to)))) {
        Object.assign(quote, { speaker: who?.id ?? null, speaker_name: who?.name ?? c.name, speaker_confidence: who ? 1 : null, speaker_mention: null });
        mark(quote, 'speaker');
      }
    } else if (c.type === 'remove') {
      const timex = a.timexes.find((t) => overlaps(t, c.at));
      const item = c.kind === 'entity' ? entity : c.kind === 'quote' ? quote : timex;
      if ((ok = Boolean(item))) {
        if (item === entity) drop(entity);
        a.quotes = a.quotes.filter((q) => q !== item);
        a.timexes = a.timexes.filter((t) => t !== item);
        a.timeline = a.timeline.filter((t) => t.timex !== timex?.id || item !== timex);
      }
    } else if (c.type === 'add' && c.kind === 'date') {
      const { value, range } = readDate(c.at.text);
      const id = `c${++made}`;
      const gone = new Set(a.timexes.filter((t) => overlaps(t, c.at)).map((t) => t.id));
      a.timexes = [...a.timexes.filter((t) => !gone.has(t.id)), /** @type {any} */ ({ id, ...c.at, type: 'date', value, mod: null, range, corrected: ['added'] })].sort(byStart);
      a.timeline = a.timeline.filter((t) => !gone.has(t.timex));
      if (range) a.timeline = [...a.timeline, { timex: id, range, event: null, entities: [] }].sort((x, y) => (x.range.from < y.range.from ? -1 : x.range.from > y.range.from ? 1 : 0));
    } else if (c.type === 'add') {
      // The span the reader marked, and the same words elsewhere that are no one's yet;
      // what overlapped the marked span is no longer a name of its own.
      for (const e of [...a.entities]) {
        e.mentions = e.mentions.filter((m) => !overlaps(m, c.at));
        if (!e.mentions.length) drop(e);
      }
      const mentions = [];
      const word = /[\p{L}\p{N}]/u;
      for (let i = text.indexOf(c.at.text); i >= 0; i = text.indexOf(c.at.text, i + 1)) {
        const m = { start: i, end: i + c.at.text.length, text: c.at.text };
        if (i === c.at.start || (!word.test(text[i - 1] ?? '') && !word.test(text[m.end] ?? '') && !entityAt(m))) mentions.push(m);
      }
      a.entities.push(/** @type {Entity} */ ({ id: `c${++made}`, kind: /** @type {EntityKind} */ (c.kind), name: c.at.text, titles: [], mentions, corrected: ['added'] }));
    }
    if (ok) applied.push(c);
  }
  a.corrections = applied;
  return a;
}

/**
 * What a correction did, in words (the notice, the status).
 * @param {Correction} c
 */
export function describe(c) {
  const what = `“${c.at.text}”`;
  return {
    kind: `${what} is now ${c.kind === 'organization' ? 'an organisation' : `a ${c.kind}`}`,
    merge: `${what} merged with “${c.to?.text}”`,
    split: `${what} split out`,
    speaker: `quote ${what.length > 40 ? `${what.slice(0, 38)}…”` : what} now said by ${c.name || 'no one'}`,
    remove: `${what} removed`,
    add: `${what} added as ${c.kind === 'date' ? 'a date' : c.kind === 'organization' ? 'an organisation' : `a ${c.kind}`}`,
  }[c.type];
}
