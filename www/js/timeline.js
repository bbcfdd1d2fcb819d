// @ts-check
// The timeline panel: an SVG overview of the dated expressions on a time axis, with the
// article's own date marked "published" and past and future drawn apart; below it the dated
// entries in order (each linked back to the text, with the event it dates), split into
// before / at / after publication; undated relative expressions are listed apart.

import { h, svg, dayValue, formatDay, formatRange, plural } from './util.js';

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

function undatedDescription(timex) {
  if (REF_WORDS[timex.value]) return REF_WORDS[timex.value];
  if (timex.type === 'duration') return `lasting ${describeDuration(timex.value)}`;
  if (timex.type === 'set') return `repeating (${timex.value})`;
  return `not placed on a date (${timex.value})`;
}

const PHASE_LABEL = { past: 'Before', present: 'At publication', future: 'After', unknown: '' };

function entryItem(entry, entityNames) {
  const { timex } = entry;
  return h('li', { class: 'tl-item', dataset: { id: timex.id, phase: entry.phase, type: timex.type } },
    h('div', { class: 'when' },
      h('time', { datetime: timex.range.from }, formatRange(timex.range)),
      PHASE_LABEL[entry.phase] ? h('span', { class: 'phase', dataset: { phase: entry.phase } }, PHASE_LABEL[entry.phase]) : null,
      h('code', { class: 'value', title: 'TIMEX3 value' }, timex.mod ? `${timex.value} ${timex.mod}` : timex.value)),
    h('a', { class: 'expression goto', href: `#mark-${timex.id}`, dataset: { goto: timex.id } }, `“${timex.text}”`),
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
  const H = 64;
  const pad = 14;
  const axisY = 40;
  const times = dated.flatMap((e) => [e.from, e.to + DAY]);
  if (!Number.isNaN(refMs)) times.push(refMs, refMs + DAY);
  let min = Math.min(...times);
  let max = Math.max(...times);
  if (max - min < DAY * 2) {
    min -= DAY * 3;
    max += DAY * 3;
  }
  const x = (ms) => pad + ((ms - min) / (max - min)) * (W - 2 * pad);
  const hasRef = !Number.isNaN(refMs);
  const refX = hasRef ? x(refMs + DAY / 2) : null;
  const past = dated.filter((e) => e.phase === 'past').length;
  const future = dated.filter((e) => e.phase === 'future').length;
  const label = `Overview: ${plural(dated.length, 'date', 'dates')} from ${formatDay(new Date(min).toISOString().slice(0, 10))}` +
    ` to ${formatDay(new Date(max - DAY).toISOString().slice(0, 10))}` +
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
  dated.forEach((e, i) => {
    const y = axisY - 8 - (i % 3) * 6;
    const x1 = x(e.from);
    const x2 = x(e.to + DAY);
    const title = svg('title', {}, `${formatRange(e.timex.range)}: “${e.timex.text}”`);
    children.push(x2 - x1 > 6
      ? svg('rect', { class: 'mark', x: x1, y: y - 2.5, width: x2 - x1, height: 5, rx: 2.5, 'data-phase': e.phase }, title)
      : svg('circle', { class: 'mark', cx: (x1 + x2) / 2, cy: y, r: 3.5, 'data-phase': e.phase }, title));
  });
  const year = (ms) => String(new Date(ms).getUTCFullYear());
  const first = formatDay(new Date(min).toISOString().slice(0, 10));
  const last = formatDay(new Date(max - DAY).toISOString().slice(0, 10));
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
    key: JSON.stringify([ref?.value, ref?.source, ref?.span?.text,
      timexes.map((t) => [t.id, t.text, t.type, t.value, t.mod, t.range, ref?.span?.start === t.start]),
      timeline.map((e) => [e.timex, e.event?.text, e.entities?.map((id) => [id, names.get(id)])])]),
    build,
  }];
}

export function renderTimelinePanel(analysis) {
  const entries = timelineEntries(analysis);
  const { ref, dated, undated } = entries;
  if (!dated.length && !undated.length) return [h('p', { class: 'empty' }, 'No dates found.')];
  const entityNames = new Map((analysis.entities ?? []).map((e) => [e.id, e.name]));
  const out = [];
  if (dated.length) out.push(overview(entries));
  const list = (items, label, phase) => items.length
    ? h('section', { class: 'tl-section', dataset: { phase }, 'aria-label': label },
      h('h3', { class: 'tl-heading' }, label),
      h('ol', { class: 'timeline' }, items.map((e) => entryItem(e, entityNames))))
    : null;
  if (ref && !Number.isNaN(entries.refMs)) {
    const at = (p) => dated.filter((e) => e.phase === p);
    const name = { given: 'Reference date', inferred: 'Inferred date' }[ref.source] ?? 'Published';
    // Headings say which date they are before or after, unless it is the article's own.
    const side = (word) => ref.source === 'text' ? `${word} publication` : `${word} ${formatDay(ref.value)} (${ref.source === 'given' ? 'your date' : 'inferred'})`;
    out.push(list(at('past'), side('Before'), 'past'));
    out.push(h('section', { class: 'tl-section tl-now', dataset: { phase: 'present' }, 'aria-label': `${name} ${formatDay(ref.value)}` },
      h('h3', { class: 'tl-heading' }, `${name} `,
        ref.span && dated.some((e) => e.isDateline)
          ? h('a', { class: 'goto', href: `#mark-${dated.find((e) => e.isDateline).timex.id}`, dataset: { goto: dated.find((e) => e.isDateline).timex.id } },
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
          h('a', { class: 'expression goto', href: `#mark-${timex.id}`, dataset: { goto: timex.id } }, `“${timex.text}”`),
          ' ',
          h('span', { class: 'undated-what' }, undatedDescription(timex)),
          h('code', { class: 'value', title: 'TIMEX3 value' }, timex.mod ? `${timex.value} ${timex.mod}` : timex.value))))));
  }
  return out.filter(Boolean);
}
