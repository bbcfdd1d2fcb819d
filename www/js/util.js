// @ts-check
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
// first time in a page (ICU's data is loaded), so for English, the page's own
// language, they are written here, exactly as Intl's en-US does ("Apr 16, 2013", "April 2013");
// for any other language Intl's formatters are made on first use.
/** The months' names in English (also for timeline.js's words for undated expressions). */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
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
 * Keyed updates of views redrawn often (the article's lines, the panels' parts): each child
 * carries `nlKey`, all that it shows. Of the new `keys`, only those between the leading and
 * trailing unchanged children are to be built. `grouped`: a part may be several children in a row.
 */
export function diffChildren(container, keys, grouped = false) {
  const old = [];
  for (const node of container.children) {
    if (grouped && node.nlKey !== undefined && old.at(-1)?.[0].nlKey === node.nlKey) old.at(-1).push(node);
    else old.push([node]);
  }
  const same = (i, j) => old[i][0].nlKey !== undefined && old[i][0].nlKey === keys[j];
  let head = 0;
  while (head < old.length && head < keys.length && same(head, head)) head++;
  let tail = 0;
  while (tail < old.length - head && tail < keys.length - head && same(old.length - 1 - tail, keys.length - 1 - tail)) tail++;
  return { old, head, tail, same: head === old.length && head === keys.length };
}

/** Puts `nodes` in place of the children between a `diff`'s unchanged ends. */
export function patchChildren(container, { old, head, tail }, nodes) {
  for (const part of old.slice(head, old.length - tail)) for (const node of part) node.remove();
  const fresh = document.createDocumentFragment();
  fresh.append(...nodes);
  container.insertBefore(fresh, old[old.length - tail]?.[0] ?? null);
}
