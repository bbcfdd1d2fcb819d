// @ts-check
// The reader's corrections to an analysis, as pure functions (no DOM): `applyCorrections`
// gives the corrected analysis that the views, panels and exports all show; `rebase` moves the
// corrections' spans to an edited text, dropping those whose text was edited away. A
// correction points at the text by span AND text (`Anchor`), never by the core's ids, which
// change at every analysis: it applies to whatever item the new analysis has at that span.
// Loaded on the first correction (js/correct.js), never at start-up.

/** A letter or digit: a name edited into a longer word is edited away. */
const WORD = /[\p{L}\p{N}]/u;

/**
 * Moves the corrections' anchors from `from` to the edited text `to` (one edit: the text
 * between their common start and end). Anchors before the edit stay, those after it shift by
 * its length; one inside it (or that the edit makes part of a longer word) is looked for, by
 * its text as a whole word, within the edited stretch (nearest to where it was), else its
 * correction is dropped.
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
  /** @param {Anchor} a @returns {Anchor | null} */
  const move = (a) => {
    const n = a.text.length;
    /** `a` at `i` in `to`, not inside a longer word. @param {number} i */
    const fits = (i) => to.startsWith(a.text, i) && !(WORD.test(to[i - 1] ?? '') && WORD.test(a.text[0])) &&
      !(WORD.test(to[i + n] ?? '') && WORD.test(a.text[n - 1]));
    let at = a.end <= head ? a.start : a.start >= from.length - tail ? a.start + to.length - from.length : -1;
    if (at < 0 || !fits(at)) {
      at = -1;
      for (let i = to.indexOf(a.text, Math.max(0, head - n)); i >= 0 && i + n <= to.length - tail + n; i = to.indexOf(a.text, i + 1)) {
        if (fits(i) && (at < 0 || Math.abs(i - a.start) < Math.abs(at - a.start))) at = i;
      }
    }
    return at < 0 ? null : { ...a, start: at, end: at + n };
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
 * The calendar date of a date the reader marked, as precise as it is written: a day ("May 3,
 * 2021", "3rd May 2021", "2021-05-03"), a month ("March 2020") or a year ("1999"); without a
 * year, or unreadable, it is kept undated ('XXXX-XX-XX').
 * @param {string} text @returns {{value: string, range: DateRange | null}}
 */
export function readDate(text) {
  const iso = /^\d{4}-\d\d-\d\d$/.test(text);
  const plain = text.replace(/(\d)(st|nd|rd|th)\b/g, '$1');
  const date = new Date(iso ? `${text}T00:00` : plain);
  const year = /\b\d{4}\b/.exec(text)?.[0];
  if (!year || Number.isNaN(date.getTime())) return { value: 'XXXX-XX-XX', range: null };
  /** @param {number} m @param {number} d */
  const day = (m, d) => `${year}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const m = date.getMonth();
  if (iso || /\b\d\d?\b/.test(plain.replace(year, ''))) {
    const value = day(m, date.getDate());
    return { value, range: { from: value, to: value } };
  }
  return /\p{L}/u.test(text)
    ? { value: day(m, 1).slice(0, 7), range: { from: day(m, 1), to: day(m, new Date(+year, m + 1, 0).getDate()) } }
    : { value: year, range: { from: `${year}-01-01`, to: `${year}-12-31` } };
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
      if (range) a.timeline = [...a.timeline, { timex: id, range, event: null, entities: [] }].sort((x, y) => x.range.from.localeCompare(y.range.from));
    } else if (c.type === 'add') {
      // The span the reader marked, and the same words elsewhere that are no one's yet;
      // what overlapped the marked span is no longer a name of its own (a name left with no
      // mention gives its quotes to the new one).
      /** @type {Entity} */
      const added = { id: `c${++made}`, kind: /** @type {EntityKind} */ (c.kind), name: c.at.text, titles: [], mentions: [], corrected: ['added'] };
      for (const e of [...a.entities]) {
        e.mentions = e.mentions.filter((m) => !overlaps(m, c.at));
        if (!e.mentions.length) drop(e, added);
      }
      for (let i = text.indexOf(c.at.text); i >= 0; i = text.indexOf(c.at.text, i + 1)) {
        const m = { start: i, end: i + c.at.text.length, text: c.at.text };
        if (i === c.at.start || (!WORD.test(text[i - 1] ?? '') && !WORD.test(text[m.end] ?? '') && !entityAt(m))) added.mentions.push(m);
      }
      a.entities.push(added);
    }
    if (ok) applied.push(c);
  }
  a.corrections = applied;
  return a;
}

/** A text in quotation marks, cut short. @param {string} text */
export const quoted = (text) => `“${text.length > 40 ? `${text.slice(0, 38)}…` : text}”`;

/**
 * What a correction did, in words (the notice, the status).
 * @param {Correction} c
 */
export function describe(c) {
  const what = quoted(c.at.text);
  const kind = c.kind === 'organization' ? 'an organisation' : `a ${c.kind}`;
  return {
    kind: `${what} is now ${kind}`,
    merge: `${what} merged with “${c.to?.text}”`,
    split: `${what} split out`,
    speaker: `${what} now said by ${c.name || 'no one'}`,
    remove: `${what} removed`,
    add: `${what} added as ${kind}`,
  }[c.type];
}
