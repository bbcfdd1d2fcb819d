// The example article, end to end: served page → worker → wasm → highlights and panels.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';

import { CONTENT_SECURITY_POLICY } from '../../scripts/serve.mjs';
import {
  enterText, expectedSpans, loadCore, markedSpans, openExample, openPage, readExample, readPane, resultsDir, tryExample, useBrowser, waitForAnalysis,
} from './harness.mjs';

const env = useBrowser();

test('"Try an example" analyses the example and renders every span', async () => {
  const { page, errors, consoleErrors } = await openPage(env);
  const core = await loadCore();

  const { text: example, analysis } = await tryExample(page);

  // The page shows the core's own analysis of the text, unchanged.
  assert.deepEqual(analysis, core.analyze(example, { offsets: 'utf16' }));
  assert.equal(await page.inputValue('#input'), example);
  // (Without /#example the worker starts with the page, before any analysis.)
  assert.ok(await page.evaluate(() => performance.getEntriesByName('newslens:worker')[0]?.startTime < performance.getEntriesByName('newslens:answer')[0].startTime));

  // The reading pane is the text, exactly, with a mark for every span and no other.
  const pane = await readPane(page);
  assert.equal(pane.text, example);
  assert.ok(pane.marks.length >= 1, 'at least one highlight');
  const timexMarks = pane.marks.filter((m) => m.kind === 'timex' && !m.continued);
  assert.equal(timexMarks.length, analysis.timexes.length);
  // Each mark (joined with its continuations, where spans cross) holds its span's text.
  const marked = markedSpans(pane.marks);
  for (const [key, text] of marked) {
    const [, , start, end] = key.split('|').map(Number);
    assert.equal(text, example.slice(start, end), `mark ${key}`);
  }
  assert.deepEqual(marked, expectedSpans(analysis));

  // The date line is a timex whose value shows on hover.
  const dateLine = page.locator('#article mark[data-kind="timex"]', { hasText: 'April 16, 2013' });
  await assert.doesNotReject(dateLine.waitFor());
  assert.equal(await dateLine.textContent(), 'April 16, 2013');
  assert.match(await dateLine.getAttribute('title'), /2013-04-16/);
  assert.ok(analysis.timexes.some((t) => t.text === 'April 16, 2013' && t.value === '2013-04-16'));

  // The reference date, and where it came from.
  assert.equal(await page.inputValue('#refdate'), '2013-04-16');
  assert.equal(await page.textContent('#refdate-source'), 'found in the text: “April 16, 2013”');

  // The three panels.
  for (const name of ['People, organisations, places', 'Quotes', 'Timeline']) {
    const panel = page.getByRole('region', { name, exact: true });
    assert.ok(await panel.isVisible(), `${name} panel visible`);
    assert.equal(await panel.getByRole('heading', { level: 2 }).textContent(), name);
  }
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  // Every date is in the timeline: as an entry, or (the date line) as the "published" marker.
  for (const timex of analysis.timexes) {
    const shown = await timeline.locator(`[data-id="${timex.id}"], .tl-now h3 a[data-goto="${timex.id}"]`).count();
    assert.equal(shown, 1, `timeline shows ${timex.id} ${timex.text}`);
  }
  if (analysis.quotes.length === 0) {
    assert.equal(await page.getByRole('region', { name: 'Quotes' }).locator('.empty').textContent(), 'No quotes found.');
  }

  // The status line counts what was found.
  const status = await page.textContent('#status');
  const n = (count, one, many) => `${count} ${count === 1 ? one : many}`;
  assert.ok(
    status.startsWith(
      [n(analysis.entities.length, 'entity', 'entities'), n(analysis.quotes.length, 'quote', 'quotes'),
        n(analysis.timexes.length, 'date', 'dates')].join(' · '),
    ),
    status,
  );
  assert.match(status, / · (<)?\d+(\.\d)? ms$/);

  // The footer names the core's version and promises privacy.
  const footer = await page.textContent('footer');
  assert.ok(footer.includes(`newslens ${core.version()}`), footer);
  assert.match(footer, /never leaves this page/);

  await page.screenshot({ path: join(await resultsDir(), 'page-example.png'), fullPage: true });
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
});

for (const slow of [false, true]) test(`/#example${slow ? ' (the wasm slow to come)' : ''}: the first analysis runs on the main thread if the worker has no wasm yet; then the worker takes over`, async () => {
  const context = await env.browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  // A slow wasm: the example's request comes before the module is compiled.
  if (slow) await context.route('**/*.wasm', (route) => setTimeout(() => route.continue(), 1500));
  const page = await context.newPage();
  const errors = [];
  const consoleErrors = [];
  const requests = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error' || msg.type() === 'warning') consoleErrors.push(msg.text()); });
  // (The service worker, once installed, fetches every file again to cache it.)
  context.on('request', (req) => { if (!req.serviceWorker()) requests.push(new URL(req.url()).pathname); });
  const example = await readExample();
  const core = await loadCore();
  await page.goto(`${env.url}#example`);
  const analysis = await waitForAnalysis(page, example);
  assert.deepEqual(analysis, core.analyze(example, { offsets: 'utf16' }));
  assert.equal((await readPane(page)).text, example);
  // The main part, skipped until the example's analysis is in it (js/boot.js), is shown.
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('booting')), false);
  assert.ok(await page.isVisible('#input') && await page.isVisible('#article mark'));
  // The panels below the fold, left out of the first frame (js/views.js), are drawn in the next.
  await page.waitForFunction(() => performance.getEntriesByName('newslens:complete').length > 0, null, { timeout: 15_000 });
  const shown = await page.evaluate(() => ({
    firstFrame: document.documentElement.classList.contains('first-frame'),
    panels: ['quotes-panel', 'timeline-panel'].map((id) => getComputedStyle(document.getElementById(id)).contentVisibility),
    // '#example' names no element, which the browser would scroll to and focus.
    scrollY, focused: document.activeElement?.id ?? null, named: document.getElementById('example') !== null,
  }));
  assert.deepEqual(shown, { firstFrame: false, panels: ['auto', 'auto'], scrollY: 0, focused: '', named: false });
  assert.ok(await page.isVisible('#quotes-panel .quote') && await page.isVisible('#timeline-panel .tl-item'));
  await page.waitForFunction(() => window.newslens.version, null, { timeout: 15_000 });
  // Answered once: by the main thread (when the request came before the wasm was compiled)
  // or by the worker (when it already had the module), never by both.
  const stats = await page.evaluate(() => window.newslens.stats);
  assert.ok(stats.local === 0 || stats.local === 1, JSON.stringify(stats));
  if (slow) assert.equal(stats.local, 1);
  // The worker starts only once the example is on screen, lower panels included (on few cores its start would delay them).
  const marks = await page.evaluate(() => Object.fromEntries(['complete', 'worker'].map((m) => [m, performance.getEntriesByName(`newslens:${m}`)[0]?.startTime])));
  assert.ok(marks.worker >= marks.complete, JSON.stringify(marks));
  assert.equal(stats.answers, 1);
  assert.equal(stats.renders, 1);
  // The page compiles the wasm (preloaded by index.html) and hands the module to the worker:
  // it is downloaded once.
  assert.deepEqual(requests.filter((path) => path.endsWith('.wasm')), ['/pkg/newslens_bg.wasm']);
  // Once the worker is ready, it analyses every edit.
  const next = await enterText(page, 'Another text.\nMarch 2, 2020\nMayor Jane Doe spoke on Monday.');
  assert.equal(next.reference_date.value, '2020-03-02');
  assert.equal(await page.evaluate(() => window.newslens.stats.local), stats.local);
  assert.equal(await page.evaluate(() => window.newslens.stats.answers), 2);
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
});

test('/#example with the example missing: an error is shown, and the worker still starts and analyses edits', async () => {
  const context = await env.browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  await context.route('**/example.txt', (route) => route.fulfill({ status: 404, body: 'not here' }));
  const page = await context.newPage();
  // (When js/boot.js's 'booting' class goes: the main part is shown.)
  await page.addInitScript(() => {
    new MutationObserver((records, observer) => {
      if (!records.some((r) => r.target === document.documentElement && r.oldValue?.includes('booting'))) return;
      window.shownAt = performance.now();
      observer.disconnect();
    }).observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['class'] });
  });
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(`${env.url}#example`);
  await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('Could not load the example'), null, { timeout: 15_000 });
  // The main part is shown with the error, not only after js/boot.js's 1 s.
  const shown = await page.evaluate(() => ({ at: window.shownAt, boot: performance.getEntriesByName('newslens:boot')[0].startTime }));
  assert.ok(shown.at - shown.boot < 1000, JSON.stringify(shown));
  assert.ok(await page.isVisible('#status'));
  // (The worker's start waits for the example's paint: here it starts on the failure.)
  await page.waitForFunction(() => window.newslens.version, null, { timeout: 15_000 });
  // The worker's readiness does not wipe the error (it did when it came after the error).
  assert.match(await page.textContent('#status'), /^Could not load the example/);
  assert.equal(await page.evaluate(() => window.newslens.state), 'error');
  const text = 'Another text.\nMarch 2, 2020\nMayor Jane Doe spoke on Monday.';
  const analysis = await enterText(page, text);
  assert.equal(analysis.reference_date.value, '2020-03-02');
  assert.equal(await page.evaluate(() => window.newslens.stats.local), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no request leaves the local server', async () => {
  const { page, errors, consoleErrors, requests } = await openExample(env);
  await page.fill('#refdate', '2014-01-01');
  await page.waitForFunction(() => window.newslens.lastAnalysis?.reference_date?.source === 'given' && window.newslens.state === 'ready');
  await enterText(page, 'Another text.\nMarch 2, 2020');

  // The recorder sees the page, its worker and its fetches...
  const paths = requests.map((url) => new URL(url).pathname);
  for (const path of ['/', '/app.js', '/style.css', '/worker.js', '/pkg/newslens.js', '/pkg/newslens_bg.wasm', '/example.txt']) {
    assert.ok(paths.includes(path), `${path} was requested (${paths.join(', ')})`);
  }
  // ...and none of them goes anywhere else.
  const foreign = requests.filter((url) => new URL(url).origin !== env.origin);
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
});

test('the page declares a self-only Content-Security-Policy', async () => {
  const { page, errors } = await openPage(env);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  const normalise = (policy) => policy.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean).sort();
  assert.deepEqual(normalise(csp), normalise(CONTENT_SECURITY_POLICY));
  // No inline scripts or style attributes in the markup.
  assert.equal(await page.locator('script:not([src])').count(), 0);
  assert.equal(await page.locator('[style]').count(), 0);
  assert.deepEqual(errors, []);
});
