// @ts-check
// Take away: the analysis as JSON, quotes and entities as CSV (RFC 4180 quoting, with cells
// that a spreadsheet would run as a formula defused by a leading apostrophe), and a Markdown
// summary (user text escaped), saved as a file or copied to the clipboard; and the buttons.

import { formatDay, formatRange, utcDate } from './util.js';
import { rankEntities, groupQuotes, quoteText, correctedWords } from './panels.js';
import { quoteKindLabel } from './render.js';
import { timelineEntries } from './timeline.js';

/**
 * The analysis as JSON, with the text its offsets point into (`text`, after `offsets`), so the
 * file stands on its own: `text.slice(start, end)` is every span's text.
 * @param {Analysis} analysis @param {string} text
 */
export function analysisJSON(analysis, text) {
  const { schema, offsets, ...rest } = analysis;
  return `${JSON.stringify({ schema, offsets, text, ...rest }, null, 2)}\n`;
}

/** One CSV cell: formula starters (= + - @, tab, CR) get a leading ', then RFC 4180 quoting. */
export function csvCell(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCSV(rows) {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** What the reader corrected of an item ('kind; mentions'), for a CSV cell. @param {{corrected?: string[]}} item */
const corrected = (item) => item.corrected?.join('; ') ?? '';

export function entitiesCSV(analysis) {
  const rows = [['id', 'kind', 'name', 'titles', 'mentions', 'quotes', 'first_mention', 'corrected']];
  for (const r of rankEntities(analysis)) {
    rows.push([r.entity.id, r.entity.kind, r.entity.name, (r.entity.titles ?? []).join('; '), r.mentions, r.quotes,
      Number.isFinite(r.first) ? r.first : '', corrected(r.entity)]);
  }
  return toCSV(rows);
}

export function quotesCSV(analysis) {
  const entities = new Map((analysis.entities ?? []).map((e) => [e.id, e]));
  const rows = [['id', 'kind', 'speaker', 'speaker_title', 'quote', 'start', 'end', 'corrected']];
  for (const q of analysis.quotes ?? []) {
    const entity = q.speaker ? entities.get(q.speaker) : null;
    rows.push([q.id, q.kind, entity?.name ?? q.speaker_name ?? '', entity?.titles?.[0] ?? '', quoteText(q), q.start, q.end, corrected(q)]);
  }
  return toCSV(rows);
}

/** Escapes Markdown syntax in user text, so that it stays text wherever the summary is pasted. */
export function mdEscape(text) {
  return mdInline(text).replace(/^([-+#>]|\d+[.)])/, '\\$1');
}

/** `mdEscape` for text inside a line: what only opens a line ("1.", "-") stays as it is. */
export function mdInline(text) {
  return String(text ?? '')
    .replace(/[\\`*_{}[\]<>|~&]/g, '\\$&')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/** @param {Analysis} analysis @param {{version?: string | null}} [o] */
export function markdownSummary(analysis, { version } = {}) {
  const lines = ['# newslens summary', ''];
  const ref = analysis.reference_date;
  if (ref) lines.push(`Reference date: ${formatDay(ref.value)} (${{ given: 'given', inferred: 'inferred from the text' }[ref.source] ?? 'found in the text'})`, '');
  const ranked = rankEntities(analysis);
  lines.push('## People, organisations and places', '');
  if (!ranked.length) lines.push('None found.');
  for (const r of ranked) {
    const titles = r.entity.titles?.length ? `, ${r.entity.titles.map(mdEscape).join(', ')}` : '';
    lines.push(`- **${mdEscape(r.entity.name)}** (${r.entity.kind}${titles}): ${r.mentions} mention${r.mentions === 1 ? '' : 's'}` +
      (r.quotes ? `, ${r.quotes} quote${r.quotes === 1 ? '' : 's'}` : '') + mdCorrected(r.entity));
  }
  lines.push('', '## Quotes', '');
  const groups = groupQuotes(analysis);
  if (!groups.length) lines.push('None found.');
  for (const g of groups) {
    lines.push(`### ${mdEscape(g.name ?? 'Unattributed')}${g.title ? `, ${mdEscape(g.title)}` : ''}`, '');
    for (const q of g.quotes) lines.push(`> ${mdEscape(quoteText(q))} (${quoteKindLabel(q.kind).toLowerCase()})${mdCorrected(q)}`, '');
  }
  lines.push('## Timeline', '');
  const { dated, undated } = timelineEntries(analysis);
  if (!dated.length && !undated.length) lines.push('No dates found.');
  for (const e of dated) {
    const event = e.events.find((x) => x.event)?.event?.text;
    lines.push(`- ${formatRange(e.timex.range)}: “${mdEscape(e.timex.text)}”${event ? ` — ${mdEscape(event)}` : ''}` +
      (e.phase === 'past' ? ' (before publication)' : e.phase === 'future' ? ' (after publication)' : '') + mdCorrected(e.timex));
  }
  for (const { timex } of undated) lines.push(`- undated: “${mdEscape(timex.text)}” (${timex.value})${mdCorrected(timex)}`);
  const fixes = analysis.corrections?.length;
  lines.push('', `_Analysed in the browser by newslens${version ? ` ${mdInline(version)}` : ''}` +
    `${fixes ? `, with ${fixes} correction${fixes === 1 ? '' : 's'} by the reader` : ''}._`, '');
  return lines.join('\n');
}

/** " _(corrected: speaker)_" for an item the reader corrected. @param {{corrected?: string[]}} item */
const mdCorrected = (item) => (item.corrected ? ` _(${correctedWords(item)})_` : '');

/** User text as HTML text (TimelineJS shows headlines and texts as HTML). */
const htmlText = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The dated entries as TimelineJS's JSON (timeline.knightlab.com/docs/json-format.html): one
 * event per date placed on the calendar, as precise as its range (a year, a month, a day, or
 * from one day to another); the headline is what happened (else the expression), the text the
 * expression and the people involved; groups are before / after publication. (No title slide.)
 * @param {Analysis} analysis
 */
export function timelineJS(analysis) {
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const events = timelineEntries(analysis).dated.map(({ timex, events, phase }) => {
    const [y1, m1, d1] = timex.range.from.split('-').map(Number);
    const [y2, m2, d2] = timex.range.to.split('-').map(Number);
    // 1: a whole year, 2: a whole month, 3: one day, 0: from one day to another.
    const unit = y1 !== y2 ? 0 : m1 === 1 && d1 === 1 && m2 === 12 && d2 === 31 ? 1
      : m1 === m2 && d1 === 1 && d2 === utcDate(y2, m2, 0).getUTCDate() ? 2 : m1 === m2 && d1 === d2 ? 3 : 0;
    const date = (year, month, day) => (unit === 1 ? { year } : unit === 2 ? { year, month } : { year, month, day });
    const who = [...new Set(events.flatMap((e) => e.entities ?? []))].map((id) => names.get(id)).filter(Boolean);
    return {
      start_date: date(y1, m1, d1),
      ...(unit ? {} : { end_date: date(y2, m2, d2) }),
      text: {
        headline: htmlText(events.map((e) => e.event?.text).filter(Boolean).join(' ') || `“${timex.text}”`),
        text: htmlText(`“${timex.text}”${who.length ? `. People: ${who.join(', ')}` : ''}`),
      },
      ...(PHASE_GROUP[phase] ? { group: PHASE_GROUP[phase] } : {}),
    };
  });
  return `${JSON.stringify({ events }, null, 2)}\n`;
}
const PHASE_GROUP = { past: 'Before publication', present: 'At publication', future: 'After publication' };

/** Offers `content` as a file download (nothing leaves the page: a local blob URL). */
export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Copies text to the clipboard; falls back to a hidden text area where the API is missing. */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** Wires the take-away buttons (`data-export`) to the analysis shown; `tell` reports a copy. */
export function setupTakeaway(buttons, model, tell) {
  const formats = {
    json: (a) => download('newslens-analysis.json', 'application/json', analysisJSON(a, model.lastText)),
    quotes: (a) => download('newslens-quotes.csv', 'text/csv;charset=utf-8', `\ufeff${quotesCSV(a)}`),
    entities: (a) => download('newslens-entities.csv', 'text/csv;charset=utf-8', `\ufeff${entitiesCSV(a)}`),
    timeline: (a) => download('newslens-timeline.json', 'application/json', timelineJS(a)),
    markdown: (a) => download('newslens-summary.md', 'text/markdown;charset=utf-8', markdownSummary(a, model)),
    copy: async (a) => {
      const ok = await copyText(markdownSummary(a, model));
      tell(ok ? 'The summary is on the clipboard (Markdown).' : 'Could not copy to the clipboard.', ok ? 'ok' : 'error');
    },
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      if (model.lastAnalysis) formats[button.dataset.export](model.lastAnalysis);
    });
  }
}
