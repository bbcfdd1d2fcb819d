// @ts-check
// Correcting the analysis (the corrections themselves: js/corrections.js): the dialog of a
// name, quote or date (its "✎" in the panels), the "Add as" bar on text selected in the
// article or the text box, and the notice with Undo (also Ctrl+Z outside text fields). Loaded
// by app.js on first use; from then on every answer is drawn corrected (`views.correct`).

import { h } from './util.js';
import { ENTITY_KINDS } from './render.js';
import { quoteText } from './panels.js';
import { applyCorrections, describe, quoted, rebase } from './corrections.js';

/** @param {{start: number, end: number, text: string}} s @returns {Anchor} */
const anchor = ({ start, end, text }) => ({ start, end, text });

/** @param {{ui: Ui, model: Model, views: Views}} o */
export function setupCorrect({ ui, model, views }) {
  const list = model.corrections;
  /** The text the corrections' anchors point into. */
  let anchored = model.lastText;
  views.correct = (text, analysis) => {
    const { kept, dropped } = rebase(list, anchored, text);
    anchored = text;
    model.dropped += dropped.length;
    list.splice(0, list.length, ...kept);
    return applyCorrections(analysis, text, list);
  };

  const button = (label, onclick, props = {}) => {
    const b = h('button', { type: 'button', class: 'button button-small', ...props }, label);
    b.addEventListener('click', onclick);
    return b;
  };

  // The notice: what was done, and Undo.
  const said = h('span');
  const undoButton = button('Undo', () => undo());
  const close = button('Close', () => { notice.hidden = true; });
  const notice = h('p', { class: 'card replaced fix-notice', role: 'status', hidden: true }, said, ' ', undoButton, close);
  document.body.append(notice);
  const tell = (message) => {
    said.textContent = message;
    notice.hidden = false;
    undoButton.hidden = !list.length;
  };

  /** @param {Correction} c */
  function add(c) {
    // (Made on the analysis shown, while a newer text's is being drawn: in that text's terms.)
    [c] = rebase([c], model.lastText, anchored).kept;
    if (!c) return;
    list.push(c);
    model.dropped = 0;
    tell(`Corrected: ${describe(c)}.`);
    views.redraw();
    undoButton.focus();
  }

  function undo() {
    const c = list.pop();
    if (!c) return;
    tell(`Undone: ${describe(c)}.`);
    views.redraw();
    (list.length ? undoButton : close).focus();
  }
  document.addEventListener('keydown', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && list.length &&
        !target.closest?.('input, textarea, select')) {
      event.preventDefault();
      undo();
    }
  });

  // The dialog of one item.
  const title = h('h2', { id: 'fix-title' });
  const body = h('div', { class: 'fix-body' });
  const dialog = h('dialog', { class: 'fix-dialog card', 'aria-labelledby': 'fix-title' }, title, body,
    button('Cancel', () => dialog.close()));
  document.body.append(dialog);

  /** A labelled field and the button that makes a correction of its value. */
  const row = (label, field, action, make) => h('div', { class: 'replaced' },
    h('label', {}, `${label} `, field), button(action, () => done(make(field.value))));
  /** @param {Correction} c */
  const done = (c) => {
    dialog.close();
    add(c);
  };
  const options = (items, selected) => items.map(([value, text]) => h('option', { value, selected: value === selected }, text));

  /** Opens the corrections of item `id` (an entity, quote or date of the analysis shown). */
  function open(id) {
    const analysis = model.lastAnalysis;
    if (!analysis) return;
    const entity = analysis.entities.find((e) => e.id === id);
    const quote = analysis.quotes.find((q) => q.id === id);
    const timex = analysis.timexes.find((t) => t.id === id);
    const rows = [];
    if (entity) {
      const at = anchor(entity.mentions[0]);
      title.textContent = `Correct ${quoted(entity.name)}`;
      rows.push(row('Kind', h('select', {}, options(ENTITY_KINDS.map((k) => [k.kind, k.one]), entity.kind)), 'Change kind',
        (kind) => ({ type: 'kind', at, kind })));
      const others = analysis.entities.filter((e) => e !== entity);
      if (others.length) {
        rows.push(row('Same as', h('select', {}, options(others.map((e) => [e.id, `${e.name} (${e.kind})`]))), 'Merge',
          (other) => ({ type: 'merge', at, to: anchor(others.find((e) => e.id === other).mentions[0]) })));
      }
      if (entity.mentions.length > 1) {
        const text = model.lastText;
        rows.push(row('Mention', h('select', {}, options(entity.mentions.map((m, i) => [String(i),
          `…${text.slice(Math.max(0, m.start - 24), m.end + 24).replace(/\s+/g, ' ')}…`]))), 'Split out',
        (i) => ({ type: 'split', at: anchor(entity.mentions[Number(i)]) })));
      }
      rows.push(button(`Not a name: remove “${entity.name}”`, () => done({ type: 'remove', kind: 'entity', at })));
    } else if (quote) {
      const at = anchor(quote);
      title.textContent = `Correct the quote ${quoted(quoteText(quote))}`;
      const people = analysis.entities.filter((e) => e.kind === 'person');
      const field = h('input', { list: 'fix-people', value: quote.speaker_name ?? '', autocomplete: 'off' });
      rows.push(h('datalist', { id: 'fix-people' }, options(people.map((e) => [e.name, e.name]))),
        row('Speaker', field, 'Set speaker', (name) => {
          const who = analysis.entities.find((e) => e.name.toLowerCase() === name.trim().toLowerCase());
          return { type: 'speaker', at, to: who ? anchor(who.mentions[0]) : null, name: who?.name ?? name.trim() };
        }),
        button('Not a quote: remove it', () => done({ type: 'remove', kind: 'quote', at })));
    } else if (timex) {
      title.textContent = `Correct the date ${quoted(timex.text)}`;
      rows.push(button('Not a date: remove it', () => done({ type: 'remove', kind: 'date', at: anchor(timex) })));
    } else return;
    body.replaceChildren(...rows);
    dialog.showModal();
  }

  // "Add as": on a selection of the article (mouse, touch, keyboard with caret browsing) or of
  // the text box (mouse, keyboard).
  /** @type {Anchor | null} */
  let picked = null;
  const bar = h('div', { class: 'card replaced fix-add', role: 'group', 'aria-label': 'Add the selected text', hidden: true },
    h('span', {}, 'Add as'),
    [...ENTITY_KINDS.map((k) => [k.kind, k.one]), ['date', 'Date']].map(([kind, label]) => button(label, () => {
      bar.hidden = true;
      if (picked) add({ type: 'add', kind, at: picked });
    }, { 'aria-label': `Add as ${label.toLowerCase()}` })));
  bar.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') bar.hidden = true;
  });
  ui.input.addEventListener('input', () => { bar.hidden = true; });

  /**
   * Offers to add the text selected in `from` (the article or the text box) as a name or a
   * date; hides the offer when nothing (or nothing addable) is selected.
   * @param {HTMLElement} from
   */
  function offer(from) {
    const text = model.lastText;
    let start = 0;
    let end = 0;
    let rect;
    if (from === ui.input) {
      if (ui.input.value === text) [start, end] = [ui.input.selectionStart, ui.input.selectionEnd];
      rect = ui.input.getBoundingClientRect();
    } else {
      const selection = getSelection();
      const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
      if (!ui.article.contains(range?.commonAncestorContainer)) {
        // (Focus elsewhere, as on the bar's buttons: an offer for the text box stays.)
        if (bar.previousSibling === ui.input) return;
      } else if (!range.collapsed) {
        const before = document.createRange();
        before.setStart(ui.article, 0);
        before.setEnd(range.startContainer, range.startOffset);
        start = before.toString().length;
        end = start + range.toString().length;
        rect = range.getBoundingClientRect();
      }
    }
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    bar.hidden = !(end > start && end - start <= 200 && !text.slice(start, end).includes('\n') && model.lastAnalysis);
    if (bar.hidden) return;
    picked = { start, end, text: text.slice(start, end) };
    from.after(bar);
    const base = /** @type {HTMLElement} */ (bar.offsetParent)?.getBoundingClientRect() ?? { left: 0, top: 0, width: innerWidth };
    bar.style.top = `${rect.bottom - base.top + 4}px`;
    bar.style.left = `${Math.max(0, Math.min(rect.left - base.left, base.width - bar.offsetWidth))}px`;
  }

  return { open, offer };
}
