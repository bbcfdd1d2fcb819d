// Shared set-up for the browser tests: a local server for www/ and one headless Chromium per
// test file (the system's /usr/bin/chromium; never a downloaded one), both from `useBrowser()`;
// pages that record uncaught errors, console errors and every request (`openPage`); and the
// steps most tests take: putting a text in and waiting for its analysis (`enterText`), trying
// the example (`tryExample`, `openExample`).
//
// The page exposes its state as `window.newslens` (`NewslensHook` in www/types.d.ts): `state`
// is 'ready' once the analysis of `lastText` is rendered; `lastAnalysis` is that analysis.

import { readFile, mkdir } from 'node:fs/promises';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

import { startServer } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WWW = fileURLToPath(new URL('../../www/', import.meta.url));
export const RESULTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Generous enough for a busy 2-core machine; a healthy run needs a fraction of it. */
export const TIMEOUT = 15_000;

/**
 * Launches Chromium, trying again (three tries in all) when it dies while starting: on these
 * machines it now and then does (SIGSEGV, before any page is opened; 5 of one file's tests
 * failed in CI so). A failure of anything the tests open is never retried.
 */
export async function launchChromium() {
  for (let attempt = 1; ; attempt++) {
    try {
      return await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 30_000 });
    } catch (err) {
      if (attempt === 3 || !/has been closed|SIGSEGV/.test(String(err?.message))) throw err;
    }
  }
}

/**
 * Starts the server and the browser. Call from `before`; call `close()` from `after`.
 * @returns {Promise<{url: string, origin: string, browser: import('playwright-core').Browser, close: () => Promise<void>}>}
 */
export async function launch() {
  const server = await startServer({ port: 0 });
  let browser;
  try {
    browser = await launchChromium();
  } catch (err) {
    await server.close();
    throw err;
  }
  return {
    url: server.url,
    origin: new URL(server.url).origin,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * The server and the browser of a test file: launched by a `before` hook, closed by an `after`
 * one. Returns `launch()`'s object (`url`, `origin`, `browser`), filled in once `before` ran.
 */
export function useBrowser() {
  const env = {};
  before(async () => {
    Object.assign(env, await launch());
  });
  after(async () => {
    await env.close?.();
  });
  return env;
}

/**
 * Opens the page in a fresh context. `errors` collects uncaught page errors, `consoleErrors`
 * console errors (CSP violations, failed loads), `requests` every URL requested by the page
 * or its worker.
 */
export async function openPage(env, { viewport = { width: 1280, height: 900 }, colorScheme = 'light' } = {}) {
  const context = await env.browser.newContext({ viewport, colorScheme, locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const errors = [];
  const consoleErrors = [];
  const requests = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  context.on('request', (req) => requests.push(req.url()));
  page.on('worker', (worker) => {
    worker.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`worker: ${msg.text()}`);
    });
  });
  await page.goto(env.url);
  await page.waitForFunction(() => window.newslens?.version, null, { timeout: TIMEOUT });
  return { page, context, errors, consoleErrors, requests };
}

/** Waits until the analysis of exactly `text` is rendered (or has failed, with `state`). */
export async function waitForAnalysis(page, text, state = 'ready') {
  await page.waitForFunction(
    ([expected, wanted]) => window.newslens?.lastText === expected && window.newslens.state === wanted,
    [text, state],
    { timeout: TIMEOUT },
  );
  return page.evaluate(() => window.newslens.lastAnalysis);
}

/** Puts `text` in the text box (as a paste would) and waits for its analysis (or `state`). */
export async function enterText(page, text, state = 'ready') {
  await page.fill('#input', text);
  return waitForAnalysis(page, text, state);
}

/** Presses "Try an example" and waits for the example's analysis: `{text, analysis}`. */
export async function tryExample(page) {
  const text = await readExample();
  await page.getByRole('button', { name: 'Try an example' }).click();
  return { text, analysis: await waitForAnalysis(page, text) };
}

/** Opens the page (`openPage`) and tries the example: `openPage`'s object, `text`, `analysis`. */
export async function openExample(env, options) {
  const opened = await openPage(env, options);
  return { ...opened, ...(await tryExample(opened.page)) };
}

/** What the reading pane shows: its text and every mark. */
export async function readPane(page) {
  return page.$eval('#article', (pane) => ({
    text: pane.textContent,
    marks: [...pane.querySelectorAll('mark')].map((m) => ({
      kind: m.dataset.kind,
      id: m.dataset.id,
      start: Number(m.dataset.start),
      end: Number(m.dataset.end),
      continued: m.hasAttribute('data-continued'),
      text: m.textContent,
      title: m.title,
    })),
  }));
}

/**
 * The spans an analysis asks the page to highlight, as `kind|id|start|end` → text:
 * entity mentions, quote fragments (or the whole quote), timexes.
 */
export function expectedSpans(analysis) {
  const spans = new Map();
  for (const e of analysis.entities) for (const m of e.mentions) spans.set(`${e.kind}|${e.id}|${m.start}|${m.end}`, m.text);
  for (const q of analysis.quotes) {
    for (const f of q.fragments.length ? q.fragments : [q]) spans.set(`quote|${q.id}|${f.start}|${f.end}`, f.text);
  }
  for (const t of analysis.timexes) spans.set(`timex|${t.id}|${t.start}|${t.end}`, t.text);
  return spans;
}

/** The marks of a pane joined back into spans (a span may be split across marks). */
export function markedSpans(marks) {
  const spans = new Map();
  for (const m of marks) {
    const key = `${m.kind}|${m.id}|${m.start}|${m.end}`;
    spans.set(key, (spans.get(key) ?? '') + m.text);
  }
  return spans;
}

export function readExample() {
  return readFile(new URL('../../www/example.txt', import.meta.url), 'utf8');
}

export async function resultsDir() {
  await mkdir(RESULTS, { recursive: true });
  return RESULTS;
}

let core;
/**
 * The wasm core, loaded in Node from www/pkg: `{analyze, version}`. Lets a test compare what
 * the page shows with what the core itself returns for the same input.
 */
export async function loadCore() {
  core ??= (async () => {
    const mod = await import(new URL('../../www/pkg/newslens.js', import.meta.url).href);
    const bytes = await readFile(new URL('../../www/pkg/newslens_bg.wasm', import.meta.url));
    await mod.default({ module_or_path: bytes });
    return { analyze: mod.analyze, version: mod.version };
  })();
  return core;
}
