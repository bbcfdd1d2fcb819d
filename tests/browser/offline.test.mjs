// Works offline and from a file: the service worker caches the page (a versioned cache; old
// ones are deleted) so that it reloads and analyses with the network off; and the single-file
// build (scripts/build-single.mjs) opens from file:// under its own strict CSP, with its
// analysis in a Blob worker, or on the main thread where workers are unavailable.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import {
  enterText, loadCore, openPage, resultsDir, tryExample, useBrowser, TIMEOUT, WWW,
} from './harness.mjs';
import { buildSingle } from '../../scripts/build-single.mjs';

const env = useBrowser();

/** The files the service worker lists (its FILES array). */
async function swFiles() {
  const source = await readFile(join(WWW, 'sw.js'), 'utf8');
  return [...source.match(/const FILES = \[([\s\S]*?)\];/)[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

test('the service worker lists every file of the page', async () => {
  const listed = new Set(await swFiles());
  const wanted = ['./', 'index.html', 'style.css', 'app.js', 'worker.js', 'example.txt', 'pkg/newslens.js', 'pkg/newslens_bg.wasm',
    ...(await readdir(join(WWW, 'js'))).filter((f) => f.endsWith('.js')).map((f) => `js/${f}`)];
  for (const file of wanted) assert.ok(listed.has(file), `sw.js caches ${file}`);
  // And every JS module the page imports is among them.
  const html = await readFile(join(WWW, 'index.html'), 'utf8');
  for (const [, href] of html.matchAll(/(?:href|src)="([^":]+\.(?:js|css))"/g)) assert.ok(listed.has(href), href);
});

test('after one visit the page reloads and analyses offline; old caches are removed', async () => {
  const { page, context, errors } = await openPage(env);
  const version = /^const VERSION = '([^']+)';/m.exec(await readFile(join(WWW, 'sw.js'), 'utf8'))[1];
  await page.evaluate(() => caches.open('newslens-v0').then((c) => c.put('/old', new Response('old'))));
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: TIMEOUT });
  const keys = await page.evaluate(() => caches.keys());
  assert.deepEqual(keys, [version]);
  const cached = await page.evaluate(async (v) => (await (await caches.open(v)).keys()).map((r) => new URL(r.url).pathname), version);
  for (const file of await swFiles()) assert.ok(cached.includes(`/${file === './' ? '' : file}`), `${file} is cached`);

  await context.setOffline(true);
  const offline = await page.evaluate(() => fetch('/not-cached.txt', { cache: 'no-store' }).then(() => 'online', () => 'offline'));
  assert.equal(offline, 'offline', 'the network is really off');
  await page.reload();
  await page.waitForFunction(() => window.newslens?.version, null, { timeout: TIMEOUT });
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'served by the service worker');
  const { text: example, analysis } = await tryExample(page);
  const core = await loadCore();
  assert.deepEqual(analysis, core.analyze(example, { offsets: 'utf16' }));
  await context.setOffline(false);
  assert.deepEqual(errors, []);
});

async function openSingle({ breakWorkers = false } = {}) {
  const out = join(await resultsDir(), 'newslens-single.html');
  const { csp } = await buildSingle({ out });
  const context = await env.browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(TIMEOUT);
  if (breakWorkers) {
    await context.addInitScript(() => {
      window.Worker = function Worker() { throw new DOMException('workers are off', 'SecurityError'); };
    });
  }
  const page = await context.newPage();
  const errors = [];
  const consoleErrors = [];
  const requests = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
  context.on('request', (req) => requests.push(req.url()));
  await page.goto(pathToFileURL(out).href);
  await page.waitForFunction(() => window.newslens?.version, null, { timeout: TIMEOUT });
  return { page, context, csp, errors, consoleErrors, requests, out };
}

test('the single-file build opens from file:// and analyses the example', async () => {
  const { page, context, csp, errors, consoleErrors, requests, out } = await openSingle();
  const html = await readFile(out, 'utf8');
  assert.equal(await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content'), csp);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'|https?:|'self'/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(html, /<script[^>]+src=|<link rel="stylesheet"/, 'nothing to fetch');

  const { text: example, analysis } = await tryExample(page);
  const core = await loadCore();
  assert.deepEqual(analysis, core.analyze(example, { offsets: 'utf16' }));
  assert.equal(await page.evaluate(() => window.NEWSLENS_EMBED.mode), 'worker');
  assert.equal(page.workers().length, 1);
  assert.equal(await page.textContent('#article'), example);
  assert.ok(await page.locator('#timeline-panel .tl-item').count() >= 1);
  // The corrections, loaded on first use on the site, are in the file (the bundler resolves
  // import('./js/correct.js') to the bundled module).
  await page.locator(`button[data-fix="${analysis.entities[0].id}"]`).click();
  await page.getByRole('dialog').getByRole('button', { name: /^Not a name: remove/ }).click();
  await page.waitForFunction(() => window.newslens.corrections.length === 1 && window.newslens.state === 'ready');
  assert.equal(await page.evaluate(() => window.newslens.lastAnalysis.entities.length), analysis.entities.length - 1);
  // Nothing but the file itself (and its own blob: worker) was loaded.
  assert.deepEqual(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('blob:') && !url.startsWith('data:')), []);
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('the single-file build falls back to the main thread where workers are unavailable', async () => {
  const { page, context, errors, consoleErrors } = await openSingle({ breakWorkers: true });
  const text = 'Storm hits coast\nMay 3, 2021\nThe storm hit on Monday, Mayor Jane Doe said.';
  const analysis = await enterText(page, text);
  assert.equal(analysis.reference_date.value, '2021-05-03');
  assert.equal(await page.evaluate(() => window.NEWSLENS_EMBED.mode), 'main-thread');
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});
