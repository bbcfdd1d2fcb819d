// @ts-check
// An answer on screen: the article with its highlights, each panel (only the parts that
// changed), the reference date and the status, then state 'ready'. A long article is drawn in
// slices, given up as soon as a newer text is sent. Also the empty views.

import { showCounts } from './jumpbar.js';
import { diffChildren, patchChildren, yieldToBrowser } from './util.js';
import { collectSpans, renderHighlightsAsync, renderHighlights } from './render.js';
import { entityParts, quoteParts } from './panels.js';
import { timelineParts } from './timeline.js';
import { statusSummary } from './status.js';

/** Texts longer than this show "Analysing…" at once; shorter ones only if it takes a while. */
export const LARGE_TEXT = 20_000;
/**
 * Each panel as parts `{key, build}`: a part is only rebuilt when its key, all that it shows,
 * changes (typing usually shifts offsets only, which no panel shows; see `diffChildren`).
 */
const PANELS = { entities: entityParts, quotes: quoteParts, timeline: timelineParts };

/** @param {ViewsSetup} o (types.d.ts) */
export function createViews({ ui, model, status, select, showDate, analyser }) {
  let renderSeq = 0;
  /** The answer shown last, as the core gave it (corrections are applied to it on each draw). */
  let last = null;

  /** Puts a panel's parts (by default those of no analysis) in `body`, keeping those unchanged. */
  function drawPanel(body, parts = PANELS[body.dataset.panel](null), diff = diffChildren(body, parts.map((p) => p.key), true)) {
    patchChildren(body, diff, parts.slice(diff.head, parts.length - diff.tail)
      .flatMap(({ key, build }) => [build()].flat().map((node) => Object.assign(node, { nlKey: key }))));
  }

  /** Empties the views; the pane shows `shown` (the blank text, or nothing when too large). */
  function clear(text, shown = text) {
    renderSeq++;
    last = null;
    showCounts(null);
    model.lastText = text;
    model.lastAnalysis = null;
    renderHighlights(ui.article, shown, []);
    for (const body of ui.panels) drawPanel(body);
    showDate(null);
    select(null);
  }

  /** Renders an answer: the article first (in slices), then each panel, then 'ready'. */
  async function show(request, answer) {
    const seq = ++renderSeq;
    last = [request, answer];
    performance.mark('newslens:answer', { detail: answer.ms });
    if (answer.error !== undefined) {
      model.lastError = answer.error;
      clear(request.text);
      status.setStatus(answer.restarted ? `Sorry, ${answer.error}.` : answer.error, 'error');
      status.setState('error');
      return;
    }
    // The reader's corrections, once there are any (js/correct.js sets `correct`).
    const analysis = self.correct?.(request.text, answer.analysis) ?? answer.analysis;
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
    showDate(analysis);
    showCounts(analysis);
    // Keep the selection across edits when the same entity is still there.
    select(previous ? analysis.entities.find((e) => e.name === previous.name && e.kind === previous.kind)?.id ?? null : null);
    status.setStatus(statusSummary(analysis, answer.ms, model.dropped), 'ok');
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
    status.setState('ready');
  }

  const self = {
    show,
    clear,
    /** Gives up any render in progress: it is for an older text. */
    invalidate() { renderSeq++; },
    /** Draws the last answer again (after a correction). */
    redraw: () => last && show(...last),
    /** @type {((text: string, analysis: Analysis) => Analysis) | null} */
    correct: null,
  };
  return self;
}
