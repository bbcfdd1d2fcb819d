// @ts-check
// The page's state and its status line. `state` shows as <main data-state>, the article's
// aria-busy and the take-away buttons (enabled only with an analysis on screen); the status
// line says what is going on, and sums up the analysis shown.

import { formatMs, plural } from './util.js';

/**
 * "12 entities · 5 quotes · 3 dates · 4.2 ms", and the reader's corrections: how many apply,
 * and how many were dropped (`dropped`) as their text was edited away.
 * @param {Analysis} analysis @param {number} ms @param {number} [dropped]
 */
export function statusSummary(analysis, ms, dropped = 0) {
  const parts = [
    plural(analysis.entities.length, 'entity', 'entities'),
    plural(analysis.quotes.length, 'quote', 'quotes'),
    plural(analysis.timexes.length, 'date', 'dates'),
  ];
  if (analysis.corrections?.length) parts.push(plural(analysis.corrections.length, 'correction', 'corrections'));
  if (dropped) parts.push(`${plural(dropped, 'correction', 'corrections')} dropped (text edited)`);
  const time = formatMs(ms);
  if (time) parts.push(time);
  return parts.join(' · ');
}

/** @param {Ui} ui @param {Model} model @returns {Status} */
export function createStatus(ui, model) {
  let busyTimer = 0;

  function setState(state) {
    model.state = state;
    ui.app.dataset.state = state;
    ui.article.setAttribute('aria-busy', String(state === 'busy' || state === 'loading'));
    for (const button of ui.exports) button.disabled = !(state === 'ready' && model.lastAnalysis);
  }

  /** `kind`: 'info' | 'ok' | 'error' | 'busy'. */
  function setStatus(message, kind = 'info') {
    clearTimeout(busyTimer);
    // (On /#example the main part waits for the example's analysis: see js/boot.js.)
    if (kind !== 'busy') document.documentElement.classList.remove('booting');
    ui.status.textContent = message;
    ui.status.dataset.kind = kind;
  }

  /** Shows a busy `message` at once, or (`later`) if still busy after 150 ms. */
  function busy(message, later) {
    if (!later) return setStatus(message, 'busy');
    clearTimeout(busyTimer);
    busyTimer = setTimeout(() => setStatus(message, 'busy'), 150);
  }

  return { setState, setStatus, busy };
}
