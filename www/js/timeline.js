// @ts-check
// The timeline panel: an SVG overview of the dated expressions on a time axis, with the
// article's own date marked "published" and past and future drawn apart; below it the dated
// entries in order (each linked back to the text, with the event it dates), split into
// before / at / after publication; undated relative expressions are listed apart.

import { h, svg, dayValue, formatDay, formatRange, plural, MONTHS } from './util.js';
import { fixButton, fixedBadge } from './panels.js';

const DAY = 86_400_000;
const REF_WORDS = { PAST_REF: 'some time in the past', PRESENT_REF: 'now, at the time of writing', FUTURE_REF: 'some time in the future' };
const UNITS = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second', DE: 'decade', CE: 'century' };

/** The dated and undated entries of an analysis, and the reference date. */
export function timelineEntries(analysis) {
  const ref = analysis?.reference_date ?? null;
  const refMs = dayValue(ref?.value);
  const eventsOf = new Map();
  for (const entry of analysis?.timeline ?? []) {
    if (!eventsOf.has(entry.timex)) eventsOf.set(entry.timex, []);
    eventsOf.get(entry.timex).push(entry);
  }
  const dated = [];
  const undated = [];
  for (const timex of analysis?.timexes ?? []) {
    const from = dayValue(timex.range?.from);
    const to = dayValue(timex.range?.to);
    if (Number.isNaN(from) || Number.isNaN(to)) {
      undated.push({ timex });
      continue;
    }
    const phase = Number.isNaN(refMs) ? 'unknown' : to < refMs ? 'past' : from > refMs ? 'future' : 'present';
    const isDateline = ref?.span && ref.span.start === timex.start && ref.span.end === timex.end;
    dated.push({ timex, from, to, phase, isDateline: Boolean(isDateline), events: eventsOf.get(timex.id) ?? [] });
  }
  dated.sort((a, b) => a.from - b.from || a.to - b.to || a.timex.start - b.timex.start);
  undated.sort((a, b) => a.timex.start - b.timex.start);
  return { ref, refMs, dated, undated };
}

/** "P2Y" → "2 years"; anything unusual is returned as it is. */
export function describeDuration(value) {
  const m = /^P(T?)(\d+(?:\.\d+)?|X)(DE|CE|[YMWDHS])$/.exec(value ?? '');
  if (!m) return value ?? '';
  const unit = m[1] && m[3] === 'M' ? 'minute' : UNITS[m[3]];
  return m[2] === 'X' ? `some ${unit}s` : plural(Number(m[2]), unit, `${unit}s`);
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const PARTS = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night' };
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/**
 * What an expression without a calendar date says, in words: "XXXX-WXX-2" → "a Tuesday,
 * date unknown". The TIMEX3 value itself is for the hover and the exports.
 * @param {{type: string, value: string}} timex
 */
export function undatedDescription({ type, value }) {
  if (REF_WORDS[value]) return REF_WORDS[value];
  if (type === 'duration') return `lasting ${describeDuration(value)}`;
  const [date, time = ''] = value.split('T');
  const at = PARTS[time] ? ` ${PARTS[time]}` : /^\d\d:\d\d$/.test(time) ? ` at ${time}` : '';
  let m;
  if (type === 'set') {
    if ((m = /^XXXX-WXX-(\d)$/.exec(date))) return `every ${WEEKDAYS[Number(m[1]) - 1]}${at}`;
    if ((m = /^P(\d+)(DE|CE|[YMWDHS])$/.exec(value))) return m[1] === '1' ? `every ${UNITS[m[2]]}` : `every ${describeDuration(value)}`;
    return 'repeating';
  }
  if ((m = /^XXXX-WXX-(\d)$/.exec(date))) return `a ${WEEKDAYS[Number(m[1]) - 1]}${at}, date unknown`;
  if ((m = /^XXXX-(\d\d)-(\d\d)$/.exec(date))) return `${MONTHS[Number(m[1]) - 1]} ${Number(m[2])}${at}, year unknown`;
  if ((m = /^XXXX-(\d\d)$/.exec(date))) return `${MONTHS[Number(m[1]) - 1]}, year unknown`;
  if ((m = /^XXXX-Q(\d)$/.exec(date))) return `the ${ORDINALS[Number(m[1]) - 1]} quarter, year unknown`;
  if ((m = /^XXXX-(SP|SU|FA|WI)$/.exec(date))) return `${SEASONS[m[1]]}, year unknown`;
  if (date === 'XXXX-WXX-WE') return 'a weekend, date unknown';
  if (date === 'XXXX-WXX') return 'a week, date unknown';
  if (date === 'XXXX-XX-XX') return `a day${at}, date unknown`;
  if (/^X+$/.test(date)) return 'a year, unknown';
  return 'not placed on a date';
}

/** The TIMEX3 value and modifier, as the hover shows them. */
const rawValue = (timex) => `TIMEX3 ${timex.value}${timex.mod ? ` ${timex.mod}` : ''}`;

const SOURCE_WORDS = { text: 'found in the text', given: 'set by you', inferred: 'inferred from the text' };

/**
 * The date this article's relative dates are placed against, where it came from, and a way to
 * set or change it in place: a date field and, one click away, the full dates the text writes
 * (latest first). compose.js listens: `[data-set-date]` buttons and the `.tl-date-input` field.
 * @param {Analysis} analysis
 */
function dateBar(analysis) {
  const ref = analysis.reference_date;
  const candidates = [...new Set(analysis.timexes
    .filter((t) => t.type === 'date' && /^\d{4}-\d\d-\d\d$/.test(t.value) && t.value !== ref?.value)
    .map((t) => t.value))].sort().reverse().slice(0, 3);
  const evidence = ref?.source === 'inferred' ? ref.evidence : ref?.source === 'text' && ref.span ? [ref.span] : [];
  const about = ref
    ? h('p', { class: 'tl-date-about' }, 'Dates placed against ', h('time', { datetime: ref.value }, formatDay(ref.value)), ', ',
      SOURCE_WORDS[ref.source] ?? ref.source,
      evidence.length ? `: ${evidence.map((s) => `“${s.text}”`).join(', ')}` : '',
      ref.source === 'inferred' ? ' — check it.' : '.')
    : h('p', { class: 'tl-date-about' }, 'No date for this article: relative dates such as “on Tuesday” cannot be placed. Set one to place them.');
  return h('div', { class: 'tl-date', dataset: { source: ref?.source ?? 'none' } },
    about,
    h('div', { class: 'tl-date-set' },
      h('label', {}, ref ? 'Change it: ' : 'Article date: ',
        h('input', { type: 'date', class: 'tl-date-input', value: ref?.value ?? '' })),
      candidates.length
        ? h('span', { class: 'tl-date-candidates' }, ref ? ' or ' : ' or one from the text: ',
          candidates.map((v) => h('button', { type: 'button', class: 'button button-small', dataset: { setDate: v } }, formatDay(v))))
        : null));
}

/** An expression, linked to its place in the text. */
const expression = (timex) => h('a', { class: 'expression goto', href: `#mark-${timex.id}`, title: rawValue(timex), dataset: { goto: timex.id } }, `“${timex.text}”`);
/** Whether the reader corrected it, and the button to. */
const fixes = (timex) => [fixedBadge(timex), fixButton(timex.id, `the date “${timex.text}”`)];

const PHASE_LABEL = { past: 'Before', present: 'At publication', future: 'After', unknown: '' };

function entryItem(entry, entityNames) {
  const { timex } = entry;
  return h('li', { class: 'tl-item', dataset: { id: timex.id, phase: entry.phase, type: timex.type } },
    h('div', { class: 'when' },
      h('time', { datetime: timex.range.from }, formatRange(timex.range)),
      PHASE_LABEL[entry.phase] ? h('span', { class: 'phase', dataset: { phase: entry.phase } }, PHASE_LABEL[entry.phase]) : null,
      fixes(timex)),
    expression(timex),
    entry.events.map((e) =>
      h('p', { class: 'event' },
        e.event ? e.event.text : null,
        e.entities?.length
          ? h('span', { class: 'event-entities' }, e.entities.map((id) => entityNames.get(id) ?? id).join(', '))
          : null)));
}

/** The overview: a horizontal time axis, published marker, one dot (or bar) per dated entry. */
function overview({ ref, refMs, dated }) {
  const W = 320;
  const pad = 14;
  const times = dated.flatMap((e) => [e.from, e.to + DAY]);
  if (!Number.isNaN(refMs)) times.push(refMs, refMs + DAY);
  let min = Math.min(...times);
  let max = Math.max(...times);
  if (max - min < DAY * 2) {
    min -= DAY * 3;
    max += DAY * 3;
  }
  const x = (ms) => pad + ((ms - min) / (max - min)) * (W - 2 * pad);
  // Each mark in the lowest lane where it overlaps no other (dots are 7 units wide, bars as
  // long as their range), so nearby dates sit one above the other instead of on top.
  const MAX_LANES = 8;
  const laneEnds = [];
  const placed = dated.map((e) => {
    let x1 = x(e.from);
    let x2 = x(e.to + DAY);
    const dot = x2 - x1 <= 6;
    if (dot) [x1, x2] = [(x1 + x2) / 2 - 3.5, (x1 + x2) / 2 + 3.5];
    let lane = laneEnds.findIndex((end) => end + 1.5 <= x1);
    if (lane === -1) lane = laneEnds.length < MAX_LANES ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, x2);
    return { e, x1, x2, dot, lane };
  });
  const LANE = 7;
  const axisY = 24 + Math.max(laneEnds.length - 1, 0) * LANE;
  const H = axisY + 24;
  const hasRef = !Number.isNaN(refMs);
  const refX = hasRef ? x(refMs + DAY / 2) : null;
  const past = dated.filter((e) => e.phase === 'past').length;
  const future = dated.filter((e) => e.phase === 'future').length;
  const first = formatDay(new Date(min).toISOString().slice(0, 10));
  const last = formatDay(new Date(max - DAY).toISOString().slice(0, 10));
  const label = `Overview: ${plural(dated.length, 'date', 'dates')} from ${first} to ${last}` +
    (hasRef ? `; ${past} before and ${future} after the ${{ given: 'reference date', inferred: 'inferred date' }[ref.source] ?? 'publication date'} ${formatDay(ref.value)}` : '');
  const children = [];
  if (hasRef) {
    children.push(
      svg('line', { class: 'axis axis-past', x1: pad, x2: refX, y1: axisY, y2: axisY }),
      svg('line', { class: 'axis axis-future', x1: refX, x2: W - pad, y1: axisY, y2: axisY }),
      svg('line', { class: 'now-line', x1: refX, x2: refX, y1: 12, y2: H - 10 }),
      svg('text', { class: 'now-label', x: refX, y: 9, 'text-anchor': refX < 60 ? 'start' : refX > W - 60 ? 'end' : 'middle' },
        { given: 'reference date', inferred: 'inferred date' }[ref.source] ?? 'published'));
  } else {
    children.push(svg('line', { class: 'axis', x1: pad, x2: W - pad, y1: axisY, y2: axisY }));
  }
  for (const { e, x1, x2, dot, lane } of placed) {
    const y = axisY - 8 - lane * LANE;
    const title = svg('title', {}, `${formatRange(e.timex.range)}: “${e.timex.text}”`);
    children.push(dot
      ? svg('circle', { class: 'mark', cx: (x1 + x2) / 2, cy: y, r: 3.5, 'data-phase': e.phase }, title)
      : svg('rect', { class: 'mark', x: x1, y: y - 2.5, width: x2 - x1, height: 5, rx: 2.5, 'data-phase': e.phase }, title));
  }
  const year = (ms) => String(new Date(ms).getUTCFullYear());
  children.push(
    svg('text', { class: 'tick', x: pad, y: H - 2, 'text-anchor': 'start' }, year(min) === year(max) ? first : year(min)),
    svg('text', { class: 'tick', x: W - pad, y: H - 2, 'text-anchor': 'end' }, year(min) === year(max) ? last : year(max - DAY)));
  return svg('svg', { class: 'tl-overview', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': label }, children);
}

/**
 * The timeline panel as parts (see `entityParts` in panels.js): one part, whose key is all
 * it shows; it names only the entities of its events, so a new name elsewhere leaves it be.
 */
export function timelineParts(analysis) {
  const build = () => renderTimelinePanel(analysis);
  if (!analysis) return [{ key: 'none', build }];
  const { reference_date: ref, timexes, timeline, entities } = analysis;
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return [{
    key: JSON.stringify([ref?.value, ref?.source, ref?.span?.text, ref?.evidence?.map((s) => s.text),
      timexes.map((t) => [t.id, t.text, t.type, t.value, t.mod, t.range, ref?.span?.start === t.start, t.corrected]),
      timeline.map((e) => [e.timex, e.event?.text, e.entities?.map((id) => [id, names.get(id)])])]),
    build,
  }];
}

export function renderTimelinePanel(analysis) {
  const entries = timelineEntries(analysis);
  const { ref, dated, undated } = entries;
  if (!dated.length && !undated.length) return [h('p', { class: 'empty' }, 'No dates found.')];
  const entityNames = new Map((analysis.entities ?? []).map((e) => [e.id, e.name]));
  const out = [dateBar(analysis)];
  if (dated.length) out.push(overview(entries));
  const list = (items, label, phase) => items.length
    ? h('section', { class: 'tl-section', dataset: { phase }, 'aria-label': label },
      h('h3', { class: 'tl-heading' }, label),
      h('ol', { class: 'timeline' }, items.map((e) => entryItem(e, entityNames))))
    : null;
  if (ref && !Number.isNaN(entries.refMs)) {
    const at = (p) => dated.filter((e) => e.phase === p);
    const name = { given: 'Reference date', inferred: 'Inferred date' }[ref.source] ?? 'Published';
    const dateline = dated.find((e) => e.isDateline)?.timex.id;
    // Headings say which date they are before or after, unless it is the article's own.
    const side = (word) => ref.source === 'text' ? `${word} publication` : `${word} ${formatDay(ref.value)} (${ref.source === 'given' ? 'your date' : 'inferred'})`;
    out.push(list(at('past'), side('Before'), 'past'));
    out.push(h('section', { class: 'tl-section tl-now', dataset: { phase: 'present' }, 'aria-label': `${name} ${formatDay(ref.value)}` },
      h('h3', { class: 'tl-heading' }, `${name} `,
        ref.span && dateline
          ? h('a', { class: 'goto', href: `#mark-${dateline}`, dataset: { goto: dateline } },
            h('time', { datetime: ref.value }, formatDay(ref.value)))
          : h('time', { datetime: ref.value }, formatDay(ref.value))),
      at('present').filter((e) => !e.isDateline).length
        ? h('ol', { class: 'timeline' }, at('present').filter((e) => !e.isDateline).map((e) => entryItem(e, entityNames)))
        : null));
    out.push(list(at('future'), side('After'), 'future'));
  } else {
    out.push(list(dated, 'Dated', 'unknown'));
  }
  if (undated.length) {
    out.push(h('section', { class: 'tl-section tl-undated', 'aria-label': 'Undated' },
      h('h3', { class: 'tl-heading' }, 'Undated or relative'),
      h('ul', { class: 'undated-list' }, undated.map(({ timex }) =>
        h('li', { class: 'tl-undated-item', dataset: { id: timex.id, type: timex.type } },
          expression(timex),
          ' ',
          h('span', { class: 'undated-what' }, undatedDescription(timex)), fixes(timex))))));
  }
  return out.filter(Boolean);
}
