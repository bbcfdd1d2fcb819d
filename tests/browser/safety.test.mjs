// The text is data, never markup; and offsets are UTF-16 string indices.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { expectedSpans, launch, markedSpans, openPage, readPane, waitForAnalysis } from './harness.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test('markup in the text is shown literally and never runs', async () => {
  const { page, errors, requests } = await openPage(env);
  const text =
    'Breaking <script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">\n' +
    'April 16, 2013\n' +
    'Officials said <b>nothing</b> & <iframe src="javascript:window.__pwned=1"></iframe> more on Monday.';
  await page.fill('#input', text);
  const analysis = await waitForAnalysis(page, text);
  assert.ok(analysis.timexes.length >= 1, 'the date line is still found');
  // Give a parsed <img> time to fail and fire onerror, were there one.
  await page.waitForTimeout(300);

  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#article img, #article script, #article iframe, #article b').count(), 0);
  const elements = await page.$$eval('#article *', (nodes) => [...new Set(nodes.map((n) => n.localName))]);
  assert.deepEqual(elements.filter((name) => name !== 'mark' && name !== 'div'), []);
  assert.equal(await page.locator('#article div:not(.line)').count(), 0);
  const pane = await readPane(page);
  assert.equal(pane.text, text);
  assert.deepEqual(markedSpans(pane.marks), expectedSpans(analysis));
  assert.ok(await page.getByText('<img src=x onerror="window.__pwned=1">', { exact: false }).isVisible());
  assert.deepEqual(requests.filter((url) => new URL(url).pathname === '/x'), []);
  assert.deepEqual(errors, []);
});

test('offsets are UTF-16: emoji and CJK before a date do not shift the highlight', async () => {
  const { page, errors, consoleErrors } = await openPage(env);
  const text = '😀👍🏽 東京 🇯🇵 — naïve café\nApril 16, 2013\n𝒜 party in 東京 was held on Monday. 🎉';
  await page.fill('#input', text);
  const analysis = await waitForAnalysis(page, text);

  const dateLine = analysis.timexes.find((t) => t.text === 'April 16, 2013');
  assert.ok(dateLine, 'the date line is a timex');
  assert.equal(dateLine.start, text.indexOf('April 16, 2013'));
  assert.equal(analysis.reference_date.value, '2013-04-16');

  const pane = await readPane(page);
  assert.equal(pane.text, text);
  const mark = pane.marks.find((m) => m.kind === 'timex' && m.id === dateLine.id);
  assert.equal(mark?.text, 'April 16, 2013');
  assert.deepEqual(markedSpans(pane.marks), expectedSpans(analysis));
  assert.equal(await page.evaluate(() => window.newslens.stats.skippedSpans), 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
});
