// @ts-check
// Which highlights stand out: the selected entity (chosen in a panel or by clicking one of its
// marks; Escape or "Clear selection" clears it), the links from the panels to their place in
// the text, and the legend's toggles that show or hide a kind of highlight.

import { plural } from './util.js';
import { revealMark, selectInArticle } from './render.js';
import { rankEntities } from './panels.js';

/**
 * Wires the reading view's choices; returns `select(id)` (null clears).
 * @param {Ui} ui @param {Model} model
 */
export function setupSelection(ui, model) {
  function select(id) {
    const entity = id ? model.lastAnalysis?.entities?.find((e) => e.id === id) : null;
    model.selected = entity ? id : null;
    selectInArticle(ui.article, model.selected);
    for (const button of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-select]'))) {
      button.setAttribute('aria-pressed', String(button.dataset.select === model.selected));
    }
    for (const group of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('.speaker-group'))) {
      group.classList.toggle('is-selected', Boolean(model.selected) && group.dataset.speaker === model.selected);
    }
    ui.selection.hidden = !entity;
    if (entity) {
      const ranked = rankEntities(model.lastAnalysis).find((r) => r.entity.id === id);
      ui.selectionText.textContent = `Showing ${entity.name}: ${plural(ranked.mentions, 'mention', 'mentions')}, ${plural(ranked.quotes, 'quote', 'quotes')}.`;
    }
  }

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    /** @type {(selector: string) => HTMLElement | null} */
    const closest = (selector) => target?.closest(selector);
    const pick = closest('[data-select]');
    if (pick) {
      select(pick.dataset.select === model.selected ? null : pick.dataset.select);
      return;
    }
    const goto = closest('a[data-goto]');
    if (goto) {
      event.preventDefault();
      revealMark(goto.dataset.goto);
      return;
    }
    const mark = closest('#article mark.entity-mark, #article mark[data-speaker]');
    if (mark) select(mark.dataset.speaker ?? mark.dataset.id);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && model.selected) {
      select(null);
      event.preventDefault();
    }
  });
  ui.selectionClear.addEventListener('click', () => select(null));
  document.addEventListener('panel-expanded', () => select(model.selected));

  // "Labels": every highlight names its kind (CSS, .show-labels).
  ui.labelsToggle.addEventListener('click', () => {
    const shown = ui.labelsToggle.getAttribute('aria-pressed') !== 'true';
    ui.labelsToggle.setAttribute('aria-pressed', String(shown));
    ui.article.classList.toggle('show-labels', shown);
  });
  for (const toggle of ui.toggles) {
    toggle.addEventListener('click', () => {
      const shown = toggle.getAttribute('aria-pressed') !== 'true';
      toggle.setAttribute('aria-pressed', String(shown));
      ui.article.classList.toggle(`hide-${toggle.dataset.kind}`, !shown);
    });
  }

  return select;
}
