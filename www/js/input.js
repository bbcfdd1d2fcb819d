// @ts-check
// Getting text in: pasting (rich clipboard content is reduced to plain text), dropping or
// opening a .txt or .html file (HTML is parsed into an inert document and only its text is
// kept: no script runs, no image loads, nothing is rendered), and the page's size limit.

import { formatBytes, plural, utf8Length } from './util.js';

/** The most text the page analyses at once (UTF-8 bytes). The core itself takes up to 16 MB. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;
/** Files larger than this are not even read (the text box keeps what it has). */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/** Why `text` is too long for the page, or null. */
export function sizeProblem(text) {
  if (text.length * 3 <= MAX_INPUT_BYTES) return null; // cannot be over, however it is encoded
  const bytes = utf8Length(text);
  if (bytes <= MAX_INPUT_BYTES) return null;
  return `This text is ${formatBytes(bytes)}; the page analyses up to ${formatBytes(MAX_INPUT_BYTES)} at a time. ` +
    'Nothing was removed from the text box: shorten the text to analyse it.';
}

const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table',
  'tr', 'ul', 'title']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object', 'svg', 'math', 'canvas', 'button',
  'select', 'textarea', 'input', 'nav']);

/**
 * The readable text of an HTML string. DOMParser builds an inert document (scripts never run,
 * images and styles never load); the text is read node by node, blocks become paragraphs.
 */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(String(html), 'text/html');
  const articles = doc.querySelectorAll('article');
  const root = articles.length === 1 ? articles[0] : doc.body ?? doc.documentElement;
  const out = [];
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        out.push(child.data.replace(/[ \t\r\n\f]+/g, ' '));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const name = child.localName;
        if (SKIP.has(name)) continue;
        if (name === 'br') { out.push('\n'); continue; }
        const block = BLOCKS.has(name);
        if (block) out.push('\n\n');
        if (name === 'td' || name === 'th') out.push('\t');
        walk(child);
        if (block) out.push('\n\n');
      }
    }
  };
  const title = doc.querySelector('title')?.textContent?.trim();
  if (title && !root.querySelector('h1') && !root.textContent.includes(title)) out.push(title, '\n\n');
  walk(root);
  return out.join('')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * The text of a file's bytes: as its byte-order mark says (UTF-16), else as UTF-8. Bytes that are
 * not UTF-8 become U+FFFD (`bad`: how many) where other characters decode as UTF-8; where none
 * does, the file is older Western text, read as Windows-1252, where every byte is one (`guessed`).
 */
export function decodeBytes(bytes) {
  const read = (encoding, fatal = false) => new TextDecoder(encoding, { fatal }).decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: read('utf-16be') };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: read('utf-16le') };
  try {
    return { text: read('utf-8', true) };
  } catch {
    const text = read('utf-8');
    return /[^\0-\x7f\ufffd]/.test(text) ? { text, bad: text.split('\ufffd').length - 1 } : { text: read('windows-1252'), guessed: true };
  }
}

const TEXT_TYPES = /^text\/(plain|markdown)$/;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/;

/**
 * Reads a dropped or chosen file as article text; `note` tells of a guessed encoding or bad bytes.
 * @returns {Promise<{text: string, note: string} | {error: string}>}
 */
export async function readArticleFile(file) {
  const name = file.name ?? 'file';
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const html = HTML_TYPES.test(file.type) || ['html', 'htm', 'xhtml'].includes(ext);
  const text = TEXT_TYPES.test(file.type) || ['txt', 'text', 'md'].includes(ext);
  if (!html && !text) return { error: `“${name}” is not a .txt or .html file; only text and web pages can be read.` };
  if (file.size > MAX_FILE_BYTES) {
    return { error: `“${name}” is ${formatBytes(file.size)}, too large to open (the limit is ${formatBytes(MAX_FILE_BYTES)}).` };
  }
  const { text: content, guessed, bad } = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  const note = guessed ? `“${name}” is not UTF-8: read as Windows-1252 (Western European). ` +
    'If some characters look wrong, save it as UTF-8 and open it again.'
    : bad ? `“${name}” is not all UTF-8: ${plural(bad, 'unreadable character shows', 'unreadable characters show')} as “\ufffd”.` : '';
  return { text: html ? htmlToText(content) : content, note };
}

/**
 * Wires paste, drop and the file chooser. `put(text, note, name)` replaces the text box's
 * content (`note`: how a file was read, or ''; `name`: the file's); `tell(message, kind)`
 * reports a problem.
 */
export function setupInput({ textarea, dropZone, fileInput, put, tell }) {
  // A paste with no plain text (only HTML) is reduced to text; plain text pastes as usual.
  textarea.addEventListener('paste', (event) => {
    const data = event.clipboardData;
    if (!data || data.types.includes('text/plain') || !data.types.includes('text/html')) return;
    event.preventDefault();
    const text = htmlToText(data.getData('text/html'));
    textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });

  const openFile = async (file) => {
    const result = await readArticleFile(file);
    if ('error' in result) tell(result.error, 'error');
    else put(result.text, result.note, file.name ?? '');
  };

  let depth = 0;
  const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
  dropZone.addEventListener('dragenter', (event) => {
    if (!hasFiles(event)) return;
    depth++;
    dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragleave', () => {
    if (--depth <= 0) { depth = 0; dropZone.classList.remove('dragging'); }
  });
  dropZone.addEventListener('dragover', (event) => {
    if (hasFiles(event)) {
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    }
  });
  dropZone.addEventListener('drop', (event) => {
    depth = 0;
    dropZone.classList.remove('dragging');
    const data = event.dataTransfer;
    if (!data) return;
    if (data.files?.length) {
      event.preventDefault();
      openFile(data.files[0]);
      return;
    }
    // Dragged HTML (from another page) without plain text: its text only.
    if (!data.types.includes('text/plain') && data.types.includes('text/html')) {
      event.preventDefault();
      put(htmlToText(data.getData('text/html')));
    }
  });
  // Files dropped anywhere else must not make the browser navigate to them.
  window.addEventListener('dragover', (event) => { if (hasFiles(event)) event.preventDefault(); });
  window.addEventListener('drop', (event) => { if (hasFiles(event)) event.preventDefault(); });

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) openFile(file);
    fileInput.value = '';
  });
}
