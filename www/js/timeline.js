// @ts-check
// The timeline panel: an SVG overview of the dated expressions on a time axis, with the
// article's own date marked "published" and past and future drawn apart; below it the dated
// entries in order (each linked back to the text, with the event it dates), split into
// before / at / after publication; undated relative expressions are listed apart.

import { h, svg, dayValue, formatDay, formatRange, plural, utcDate, MONTHS } from './util.js';
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

const W = 320;
const PAD = 14;
const LANE = 7;
const MON = (d) => MONTHS[d.getUTCMonth()].slice(0, 3);

/**
 * The axis labels from `a` to `b` (ms): the finest calendar step (days, months, years) giving
 * at most 7, each kept only if it clears the one before and the ends (6 units a character
 * is wider than the 9px labels' glyphs), so they never overlap at any zoom.
 * @param {number} a @param {number} b @param {(ms: number) => number} x
 * @returns {[number, string][]}
 */
function axisLabels(a, b, x) {
  const out = [];
  const days = (b - a) / DAY;
  const n = [1, 2, 7, 14].find((k) => days / k <= 7);
  if (n) for (let t = Math.ceil(a / DAY / n) * n * DAY; t < b; t += n * DAY) out.push([t, `${MON(new Date(t))} ${new Date(t).getUTCDate()}`]);
  else {
    const m = [1, 3, 6, 12, 24, 60, 120, 240, 600].find((k) => days / 30.4 / k <= 7) ?? 1200;
    const d = new Date(a);
    for (let i = Math.ceil((d.getUTCFullYear() * 12 + d.getUTCMonth()) / m) * m, t; (t = utcDate(i / 12 | 0, i % 12, 1).getTime()) < b; i += m) {
      out.push([t, i % 12 ? MON(new Date(t)) : String(i / 12)]);
    }
  }
  // The first label, and the first of each year, say the year.
  let end = 0;
  let year;
  const kept = [];
  for (let [t, s] of out) {
    const y = new Date(t).getUTCFullYear();
    if (y !== year && /\D/.test(s)) s += ` ${y}`;
    const c = x(t);
    const w = s.length * 3;
    if (c - w >= end + 4 && c + w <= W) kept.push([t, s]), end = c + w, year = y;
  }
  return kept;
}

/**
 * The overview: a time axis, the published marker, one dot (or bar) per dated entry, in lanes
 * so that none overlap. The reader zooms with the buttons, or with + and
 * − (0 shows all) on a mark; the arrow keys step through the marks (panning to one out
 * of view), Enter goes to its place in the text; the focused or hovered mark's date, sentence
 * and names are written under it.
 */
function overview({ ref, refMs, dated }, names) {
  const times = dated.flatMap((e) => [e.from, e.to + DAY]);
  const hasRef = !Number.isNaN(refMs);
  if (hasRef) times.push(refMs, refMs + DAY);
  let min = Math.min(...times);
  let max = Math.max(...times);
  if (max - min < DAY * 2) {
    min -= DAY * 3;
    max += DAY * 3;
  }
  let [v0, v1, cur] = [min, max, 0];
  const day = (ms) => formatDay(new Date(ms).toISOString().slice(0, 10));
  const refName = hasRef ? { given: 'reference date', inferred: 'inferred date' }[ref.source] ?? 'published' : '';
  const graphic = svg('svg', { class: 'tl-overview', role: 'group', 'aria-label': `Overview: ${plural(dated.length, 'date', 'dates')} from ${day(min)} to ${day(max - DAY)}` +
    (hasRef ? `; ${dated.filter((e) => e.phase === 'past').length} before and ${dated.filter((e) => e.phase === 'future').length} after the ${refName === 'published' ? 'publication date' : refName} ${formatDay(ref.value)}` : '') });
  const detail = h('p', { class: 'tl-detail', 'aria-live': 'polite' });
  const set = (a, b) => {
    const s = Math.min(Math.max(b - a, DAY * 4), max - min);
    v0 = Math.min(Math.max(a, min), max - s);
    v1 = v0 + s;
    draw();
  };
  const zoom = (f, c = (v0 + v1) / 2) => set(c - (v1 - v0) * f / 2, c + (v1 - v0) * f / 2);
  const mid = (e) => (e.from + e.to + DAY) / 2;
  const seen = (e) => e.to + DAY > v0 && e.from < v1;
  const x = (ms) => PAD + ((ms - v0) / (v1 - v0)) * (W - 2 * PAD);
  function draw() {
    const clip = (u) => Math.min(Math.max(u, PAD), W - PAD);
    // Each mark in the lowest lane where it overlaps no other (dots are 7 units wide, bars as
    // long as their range), so nearby dates sit one above the other instead of on top.
    const laneEnds = [];
    const placed = [];
    dated.forEach((e, i) => {
      if (!seen(e)) return;
      let x1 = clip(x(e.from));
      let x2 = clip(x(e.to + DAY));
      const dot = x2 - x1 <= 6;
      if (dot) [x1, x2] = [(x1 + x2) / 2 - 3.5, (x1 + x2) / 2 + 3.5];
      let lane = laneEnds.findIndex((end) => end + 1.5 <= x1);
      if (lane === -1) lane = laneEnds.length < 8 ? laneEnds.length : laneEnds.indexOf(Math.min(...laneEnds));
      laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, x2);
      placed.push({ e, i, x1, x2, dot, lane });
    });
    const axisY = 24 + Math.max(laneEnds.length - 1, 0) * LANE;
    const H = axisY + 24;
    const refX = x(refMs + DAY / 2);
    const stop = placed.some((p) => p.i === cur) ? cur : placed[0]?.i;
    const children = [svg('line', { class: 'axis', x1: PAD, x2: W - PAD, y1: axisY, y2: axisY })];
    if (hasRef) {
      children.push(svg('line', { class: 'axis axis-future', x1: clip(refX), x2: W - PAD, y1: axisY, y2: axisY }));
      if (refX >= 0 && refX <= W) {
        children.push(svg('line', { class: 'now-line', x1: refX, x2: refX, y1: 12, y2: H - 10 }),
          svg('text', { class: 'now-label', x: refX, y: 9, 'text-anchor': refX < 60 ? 'start' : refX > W - 60 ? 'end' : 'middle' }, refName));
      }
    }
    for (const { e, i, x1, x2, dot, lane } of placed) {
      const y = axisY - 8 - lane * LANE;
      const props = { class: 'mark', role: 'button', tabindex: i === stop ? 0 : -1, 'aria-label': `${formatRange(e.timex.range)}: “${e.timex.text}”`, 'data-phase': e.phase, 'data-i': i };
      children.push(dot
        ? svg('circle', { ...props, cx: (x1 + x2) / 2, cy: y, r: 3.5 })
        : svg('rect', { ...props, x: x1, y: y - 2.5, width: x2 - x1, height: 5, rx: 2.5 }));
    }
    for (const [t, s] of axisLabels(v0, v1, x)) children.push(svg('text', { class: 'tick', x: x(t), y: H - 2, 'text-anchor': 'middle' }, s));
    graphic.replaceChildren(...children);
    Object.assign(graphic.dataset, { from: day(v0), to: day(v1 - DAY) });
    graphic.setAttribute('viewBox', `0 0 ${W} ${H}`);
  }
  draw();
  /** Steps to mark `i` (panning to it if out of view) and focuses it. */
  const go = (i) => {
    const e = dated[cur = Math.min(Math.max(i, 0), dated.length - 1)];
    if (!seen(e)) zoom(1, mid(e));
    /** @type {SVGElement} */ (graphic.querySelector(`[data-i="${cur}"]`)).focus();
  };
  /** Writes what the mark at `target` dates: its date, its expression (a link to it), its sentences and names. */
  const show = ({ target }) => {
    const i = target.closest('.mark')?.dataset.i;
    if (!i) return;
    const { timex, events } = dated[cur = Number(i)];
    detail.replaceChildren(h('b', {}, formatRange(timex.range)), ' ', expression(timex),
      ...events.flatMap((ev) => [` ${ev.event?.text ?? ''}`, ev.entities?.length ? ` (${ev.entities.map((id) => names.get(id) ?? id).join(', ')})` : '']));
  };
  const reveal = () => detail.querySelector('a')?.click();
  graphic.addEventListener('focusin', show);
  graphic.onpointerover = show;
  graphic.onclick = (ev) => ev.target.closest('.mark') && reveal();
  graphic.onkeydown = (ev) => {
    const k = ev.key;
    const step = { ArrowRight: 1, ArrowLeft: -1 }[k];
    if (step) go(cur + step);
    else if (/^[-+=0]$/.test(k)) {
      k === '0' ? set(min, max) : zoom(k === '-' ? 2 : 0.5, mid(dated[cur]));
      go(cur);
    } else if (k === 'Enter') reveal();
    else return;
    ev.preventDefault();
  };
  const button = (text, name, onclick) => Object.assign(h('button', { type: 'button', class: 'button button-small', 'aria-label': name }, text), { onclick });
  return h('div', { class: 'tl-ov' }, graphic,
    h('div', { class: 'tl-zoom' }, button('−', 'Zoom out', () => zoom(2)), button('+', 'Zoom in', () => zoom(0.5)), button('Show all', null, () => set(min, max))),
    detail);
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
  if (dated.length) out.push(overview(entries, entityNames));
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
