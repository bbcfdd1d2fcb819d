// Small shared helpers: building DOM nodes (user text only ever becomes text nodes),
// formatting dates, sizes and durations, and the size of a text in UTF-8 bytes.

/**
 * Creates an element. `props`: `class`, `text`, `dataset` (object), `hidden`, and any other
 * key as an attribute (skipped when null/undefined/false). Children: nodes or strings
 * (strings become text nodes).
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  setProps(node, props);
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else node.append(child);
  }
}

/** An SVG element (same props as `h`). */
export function svg(tag, props = {}, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setProps(node, props);
  append(node, children);
  return node;
}

function setProps(node, props) {
  for (const key in props) {
    const value = props[key];
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.setAttribute('class', value);
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') {
      for (const name in value) if (value[name] !== null && value[name] !== undefined) node.dataset[name] = value[name];
    }
    else if (key === 'hidden') node.hidden = Boolean(value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
}

export function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// Dates are written in the browser's language. Making an Intl.DateTimeFormat is slow the
// first time in a page (~20–50 ms here: ICU's data is loaded), so for English, the page's own
// language, they are written here, exactly as Intl's en-US does ("Apr 16, 2013", "April 2013");
// for any other language Intl's formatters are made on first use.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const english = typeof navigator !== 'undefined' && /^en(-US)?$/i.test(navigator.language ?? '');
/** The year as Intl prints it without an era: 1 BC (year 0) is 1, 2 BC is 2. */
const yearOf = (date) => {
  const y = date.getUTCFullYear();
  return y > 0 ? y : 1 - y;
};
let intl = null;
const intlFormats = () => (intl ??= {
  day: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
});
const dateFormat = {
  format: (date) => (english
    ? `${MONTHS[date.getUTCMonth()].slice(0, 3)} ${date.getUTCDate()}, ${yearOf(date)}`
    : intlFormats().day.format(date)),
};
const monthFormat = {
  format: (date) => (english ? `${MONTHS[date.getUTCMonth()]} ${yearOf(date)}` : intlFormats().month.format(date)),
};

/** A UTC date; unlike `Date.UTC`, years 0–99 are not taken as 1900–1999. */
export function utcDate(year, monthIndex, day) {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

/** `YYYY-MM-DD` → milliseconds since the epoch (UTC), or NaN. */
export function dayValue(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? utcDate(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : NaN;
}

/** `2013-04-16` → a localised date; anything else is returned as it is. */
export function formatDay(iso) {
  const ms = dayValue(iso);
  return Number.isNaN(ms) ? iso ?? '' : dateFormat.format(new Date(ms));
}

/** A calendar interval as text: one day, a whole month, a whole year, or "from – to". */
export function formatRange(range) {
  if (!range) return '';
  if (range.from === range.to) return formatDay(range.from);
  const from = /^(\d{4})-(\d{2})-01$/.exec(range.from);
  if (from) {
    const [year, month] = [Number(from[1]), Number(from[2])];
    const lastDay = utcDate(year, month, 0).getUTCDate();
    if (range.to === `${from[1]}-${from[2]}-${lastDay}`) return monthFormat.format(utcDate(year, month - 1, 1));
    if (month === 1 && range.to === `${from[1]}-12-31`) return from[1];
  }
  return `${formatDay(range.from)} – ${formatDay(range.to)}`;
}

export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '';
  if (ms < 0.1) return '<0.1 ms';
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The UTF-8 size of a string, counted without encoding it. */
export function utf8Length(text) {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff) i++, bytes += 2; // a pair: 4 bytes for 2 units
    else bytes += 2;
  }
  return bytes;
}

/**
 * Resolves in a task after the next frame, so that the browser draws and handles input in
 * between (a hidden tab draws no frames: then after 100 ms at most).
 */
export function yieldToBrowser() {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (!done) setTimeout(resolve, 0);
      done = true;
    };
    requestAnimationFrame(go);
    setTimeout(go, 100);
  });
}

/**
 * Puts a panel's `parts` (`{key, build}`; `build()` makes a node or an array of nodes) into
 * `container`, keeping the nodes of its leading and trailing parts whose keys are unchanged
 * and building only the parts in between: a long article's edit restyles little.
 * The result is the same as `container.replaceChildren(...every part built)`.
 */
export function patchParts(container, parts) {
  const old = partsIn(container);
  let head = 0;
  while (head < old.length && head < parts.length && old[head].key === parts[head].key) head++;
  let tail = 0;
  while (tail < old.length - head && tail < parts.length - head && old[old.length - 1 - tail].key === parts[parts.length - 1 - tail].key) tail++;
  const before = old[old.length - tail]?.nodes[0] ?? null;
  for (const { nodes } of old.slice(head, old.length - tail)) for (const node of nodes) node.remove();
  const fresh = document.createDocumentFragment();
  for (const { key, build } of parts.slice(head, parts.length - tail)) {
    for (const node of [build()].flat()) {
      node.nlPart = key;
      fresh.append(node);
    }
  }
  container.insertBefore(fresh, before);
}

/** Whether `container` shows `parts` already (see `patchParts`). */
export function showsParts(container, parts) {
  const old = partsIn(container);
  return old.length === parts.length && old.every((part, i) => part.key === parts[i].key);
}

/** The parts in `container`: its children in runs of the same key (a node without one is a part of its own). */
function partsIn(container) {
  const out = [];
  for (const node of container.children) {
    const last = out.at(-1);
    if (last && node.nlPart !== undefined && node.nlPart === last.key) last.nodes.push(node);
    else out.push({ key: node.nlPart, nodes: [node] });
  }
  return out;
}
