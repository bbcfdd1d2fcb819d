// @ts-check
// The text box, the buttons around it and the reference date: text typed is analysed after a
// pause in typing, a new whole text (the example, a file, Clear) at once; a text too large
// for the page is not sent, and a long one says "Analysing…" at once. The date field shows the
// analysis's reference date and where it came from; a date the user sets
// (`model.referenceDate`) is sent with the text until a new article replaces it.

import { plural } from './util.js';
import { setupInput, sizeProblem } from './input.js';
import { LARGE_TEXT } from './views.js';

const DEBOUNCE_MS = 250;
/**
 * The tab's last text and the date the reader set, kept in sessionStorage: they survive a reload
 * of the tab, never leave the browser, and go when the tab closes.
 */
const SAVED = 'newslens:text';

/** @param {string} text @param {string | null} date */
function save(text, date) {
  try {
    if (text.trim() === '') sessionStorage.removeItem(SAVED);
    else sessionStorage.setItem(SAVED, JSON.stringify({ text, date }));
  } catch {
    // Storage off or full (a very long text): the text box still has it.
  }
}

/** @returns {{text: string, date: string | null} | null} */
function saved() {
  try {
    const value = JSON.parse(sessionStorage.getItem(SAVED) ?? 'null');
    return typeof value?.text === 'string' ? { text: value.text, date: typeof value.date === 'string' ? value.date : null } : null;
  } catch {
    return null;
  }
}
const SOURCE_LABELS = { text: 'found in the text', given: 'given by you', inferred: 'inferred from the text' };

/**
 * `example()`: the example's text (a promise). Returns `update({now})`, which analyses the
 * text box's text (after a pause in typing, or at once), and `showDate(analysis, {force})`.
 * @param {ComposeSetup} o
 */
export function setupCompose({ ui, model, status, views, analyser, example }) {
  const { setState, setStatus } = status;
  let timer = 0;

  function showDate(analysis, { force = false } = {}) {
    const ref = analysis?.reference_date ?? null;
    ui.refdateSource.dataset.source = ref ? ref.source : 'none';
    ui.refdateSource.textContent = ref
      ? ref.source === 'text' && ref.span ? `${SOURCE_LABELS.text}: “${ref.span.text}”`
        : ref.source === 'inferred' && ref.evidence?.length
          ? `${SOURCE_LABELS.inferred}: ${ref.evidence.map((s) => `“${s.text}”`).join(', ')} — check it`
          : SOURCE_LABELS[ref.source] ?? ref.source
      : analysis ? 'none found — set one to resolve relative dates' : 'none yet';
    ui.refdateReset.hidden = model.referenceDate === null;
    // Do not overwrite a date the user is still typing (an incomplete date is `badInput`).
    if (force || !ui.refdate.validity.badInput) ui.refdate.value = model.referenceDate ?? ref?.value ?? '';
  }

  function update({ now = false } = {}) {
    clearTimeout(timer);
    const text = ui.input.value;
    if (text.trim() === '') {
      save('', null);
      analyser.cancel();
      views.clear(text);
      model.lastError = null;
      ui.input.removeAttribute('aria-invalid');
      if (model.ready) {
        setStatus('Paste or type an article above, or try the example.', 'info');
        setState('empty');
      }
      return;
    }
    const problem = sizeProblem(text);
    if (problem) {
      analyser.cancel();
      views.clear(text, '');
      model.lastError = problem;
      ui.input.setAttribute('aria-invalid', 'true');
      setStatus(problem, 'error');
      setState('error');
      return;
    }
    ui.input.removeAttribute('aria-invalid');
    if (model.failed) return;
    // (Before the worker is ready, a request waits in its queue.)
    const send = () => {
      save(text, model.referenceDate);
      views.invalidate();
      setState('busy');
      const large = text.length > LARGE_TEXT;
      status.busy(`Analysing${large ? ` ${plural(text.split(/\s+/).length, 'word', 'words')}` : ''}…`, !large);
      analyser.analyse(text, model.referenceDate);
    };
    if (now) send();
    else timer = setTimeout(send, text.length > LARGE_TEXT * 10 ? DEBOUNCE_MS * 2 : DEBOUNCE_MS);
  }

  /**
   * What a whole-text replacement replaced: the text and the date the reader had set, until
   * the reader edits the new text. The notice under the box offers it back (Undo, Ctrl+Z).
   * @type {{text: string, date: string | null, now: string} | null}
   */
  let before = null;

  /** @param {string} message */
  function notice(message) {
    ui.replacedText.textContent = message;
    ui.replaced.hidden = false;
  }

  function forget() {
    before = null;
    ui.replaced.hidden = true;
  }

  /**
   * A new article replaces the old: it brings its own date, so a date the reader set goes,
   * and both can be had back.
   * @param {string} what  what replaced the text ("the example", "“notes.txt”", …)
   */
  function replaced(what, old) {
    const cleared = old.date !== null;
    if (old.text.trim() === '' && !cleared) return forget();
    before = { ...old, now: ui.input.value };
    notice(`Replaced ${old.text.trim() ? 'your text' : 'the empty box'} with ${what}` +
      `${cleared ? `; the date you set (${old.date}) was cleared, as it belonged to the old text` : ''}.`);
  }

  /**
   * Replaces the whole text (example, file, Clear): a new article brings its own date. `note`
   * (how a file was read) stands in for the text box's hint until the next text.
   */
  function put(text, note = '', what = 'a new text') {
    const old = { text: ui.input.value, date: model.referenceDate };
    ui.hint.textContent = note || hint;
    ui.hint.dataset.kind = note ? 'note' : '';
    ui.input.value = text;
    model.referenceDate = null;
    replaced(what, old);
    update({ now: true });
  }

  function undo() {
    if (!before) return;
    const { text, date } = before;
    forget();
    ui.input.value = text;
    model.referenceDate = date;
    update({ now: true });
    ui.input.focus();
  }

  const hint = ui.hint.textContent;
  // A paste over the whole of a text is a new article too: the date the reader set goes.
  /** @type {{text: string, date: string | null} | null} */
  let pasting = null;
  ui.input.addEventListener('paste', () => {
    const { value, selectionStart, selectionEnd } = ui.input;
    pasting = value.trim() && selectionStart === 0 && selectionEnd === value.length
      ? { text: value, date: model.referenceDate } : null;
  });
  ui.input.addEventListener('input', () => {
    if (pasting) {
      model.referenceDate = null;
      replaced('the pasted text', pasting);
      pasting = null;
    } else if (before && ui.input.value !== before.now) {
      forget(); // an edit: the new text is the reader's now
    }
    update();
  });
  ui.input.addEventListener('keydown', (event) => {
    if (before && (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' &&
        ui.input.value === before.now) {
      event.preventDefault();
      undo();
    }
  });
  ui.undoReplace.addEventListener('click', undo);
  setupInput({ textarea: ui.input, dropZone: ui.compose, fileInput: ui.file, put: (text, note, name) => put(text, note, name ? `“${name}”` : 'the file'), tell: setStatus });
  ui.openFile.addEventListener('click', () => ui.file.click());

  ui.example.addEventListener('click', async () => {
    ui.example.disabled = true;
    try {
      put(await example(), '', 'the example');
    } catch (err) {
      analyser.start(); // (deferred for the example: see js/boot.js)
      model.lastError = `Could not load the example (${err.message}).`;
      setStatus(model.lastError, 'error');
      setState('error');
    } finally {
      ui.example.disabled = false;
    }
  });

  ui.clear.addEventListener('click', () => {
    put('', '', 'nothing (Clear)');
    ui.input.focus();
  });

  // A date the reader sets: the field above, or the timeline panel's field and buttons.
  /** @param {string} value */
  const setDate = (value) => {
    model.referenceDate = value || null;
    update({ now: true });
  };
  ui.refdate.addEventListener('change', () => {
    if (ui.refdate.validity.badInput) return; // a date still being typed
    setDate(ui.refdate.value);
  });
  // A date left half-typed goes back to the one in use.
  ui.refdate.addEventListener('blur', () => {
    if (ui.refdate.validity.badInput) showDate(model.lastAnalysis, { force: true });
  });
  // The timeline panel sets it in place (js/timeline.js, dateBar).
  ui.timelinePanel.addEventListener('click', (event) => {
    const button = /** @type {HTMLElement} */ (event.target).closest?.('[data-set-date]');
    if (button instanceof HTMLElement && button.dataset.setDate) setDate(button.dataset.setDate);
  });
  ui.timelinePanel.addEventListener('change', (event) => {
    const field = event.target;
    if (field instanceof HTMLInputElement && field.classList.contains('tl-date-input') && !field.validity.badInput) {
      setDate(field.value);
    }
  });

  ui.refdateReset.addEventListener('click', () => {
    setDate('');
    ui.refdate.focus();
  });

  /** Puts back the tab's last text (after a reload), if the box is empty; whether it did. */
  function restore() {
    const last = saved();
    if (!last || ui.input.value !== '') return false;
    ui.input.value = last.text;
    model.referenceDate = last.date;
    return true;
  }

  return { update, showDate, restore };
}
