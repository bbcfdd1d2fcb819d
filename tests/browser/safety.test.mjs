// The text is data, never markup; and offsets are UTF-16 string indices.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import {
  enterText, expectedSpans, markedSpans, openPage, readPane, useBrowser, waitForAnalysis,
} from './harness.mjs';

const env = useBrowser();

test('markup in the text is shown literally and never runs', async () => {
  const { page, errors, requests } = await openPage(env);
  const text =
    'Breaking <script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">\n' +
    'April 16, 2013\n' +
    'Officials said <b>nothing</b> & <iframe src="javascript:window.__pwned=1"></iframe> more on Monday.';
  const analysis = await enterText(page, text);
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
  const analysis = await enterText(page, text);

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

// ---- hostile payloads, pasted, typed and dropped ------------------------------------------

const PAYLOADS = [
  '<script>window.__pwned = "script"</script>',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '<a href="javascript:window.__pwned=\'js-url\'">Click Mayor John Smith</a>',
  'javascript:window.__pwned="bare-url"',
  '</textarea><script>window.__pwned = "textarea"</script><textarea>',
  '<svg onload="window.__pwned=\'svg\'"><script>window.__pwned="svg-script"</script></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<style>body{display:none}</style><link rel=stylesheet href=/evil.css>',
  '\u202Egnp.exe\u202C said President \u202EnosrednA\u202C on Monday.',
  '"<img src=x onerror=window.__pwned=5>," said Officer <b>Jane Doe</b>.',
];
const HOSTILE = `Mayor John Smith said on Monday.\nMay 3, 2021\n${PAYLOADS.join('\n')}`;

/** Element counts by name in the whole document, and the page's own element count. */
const census = (page) => page.evaluate(() => {
  const counts = {};
  for (const node of document.querySelectorAll('*')) counts[node.localName] = (counts[node.localName] ?? 0) + 1;
  return counts;
});

async function assertInert(page, requests, before, baselineRequests) {
  await page.waitForTimeout(400); // time for a parsed <img> to fail and fire onerror, were there one
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  const after = await census(page);
  for (const name of ['script', 'img', 'iframe', 'style', 'link', 'b', 'textarea', 'object', 'video', 'meta', 'base']) {
    assert.equal(after[name] ?? 0, before[name] ?? 0, `no new <${name}>`);
  }
  // Links: the page's own (skip link, jump bar, download, credits) and its links to marks in the text, nothing else.
  const hrefs = await page.$$eval('a', (links) => links.map((a) => a.getAttribute('href')));
  const own = new Set(['#article', '#reading-heading', '#entities-panel', '#quotes-panel', '#timeline-panel', 'newslens.html',
    'https://www.geonames.org/', 'http://wordlist.aspell.net/']);
  assert.deepEqual(hrefs.filter((href) => !own.has(href) && !/^#mark-[eqt]\d+$/.test(href)), []);
  // The only <svg> is the page's own timeline overview.
  assert.equal(await page.locator('svg:not(.tl-overview)').count(), 0);
  assert.equal(await page.locator('#article :not(div.line):not(mark)').count(), 0);
  const later = requests.slice(baselineRequests).filter((url) => !/\/(worker\.js|sw\.js)$/.test(new URL(url).pathname));
  assert.deepEqual(later, [], 'no request caused by the text');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).display), 'block');
}

test('pasted payloads stay text: nothing runs, no element appears, nothing is fetched', async () => {
  const { page, errors, requests } = await openPage(env);
  await page.waitForTimeout(800); // let the service worker's own install finish first
  const before = await census(page);
  const baseline = requests.length;
  await page.locator('#input').focus();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const box = document.getElementById('input');
    // What the browser's default paste does with plain text.
    if (box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) {
      box.setRangeText(text, box.selectionStart, box.selectionEnd, 'end');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, HOSTILE);
  const analysis = await waitForAnalysis(page, HOSTILE);
  assert.equal(await page.inputValue('#input'), HOSTILE);
  assert.equal(await page.textContent('#article'), HOSTILE);
  assert.deepEqual(markedSpans((await readPane(page)).marks), expectedSpans(analysis));
  await assertInert(page, requests, before, baseline);
  // Names and quotes with markup in them are text in the panels too.
  for (const entity of analysis.entities) {
    assert.equal(await page.locator(`#entities-panel li[data-id="${entity.id}"] .entity-name`).textContent(), entity.name);
  }
  // The right-to-left override stays inside its own line (isolated) and in the text as it is.
  assert.equal(await page.$eval('#article .line', (line) => getComputedStyle(line).unicodeBidi), 'isolate');
  assert.ok((await page.textContent('#article')).includes('\u202EnosrednA\u202C'));
  assert.deepEqual(errors, []);
});

test('typed payloads and rich (HTML-only) pastes stay inert', async () => {
  const { page, errors, requests } = await openPage(env);
  await page.waitForTimeout(800);
  const before = await census(page);
  const baseline = requests.length;
  const typed = `${PAYLOADS[4]} ${PAYLOADS[5]}\nMay 3, 2021`;
  await page.locator('#input').pressSequentially(typed, { delay: 2 });
  await waitForAnalysis(page, typed);
  await assertInert(page, requests, before, baseline);

  await page.fill('#input', '');
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    document.getElementById('input').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, `<p>Mayor John Smith</p><p>May 3, 2021</p>${PAYLOADS.slice(0, 8).join('')}`);
  await page.waitForFunction(() => window.newslens.state === 'ready' && window.newslens.lastText.startsWith('Mayor John Smith'));
  const text = await page.inputValue('#input');
  assert.doesNotMatch(text, /<|window\.__pwned = "script"/, 'tags and script bodies are dropped');
  assert.match(text, /May 3, 2021/);
  await assertInert(page, requests, before, baseline);
  assert.deepEqual(errors, []);
});

test('dropped .html and .svg payload files never render or run', async () => {
  const { page, errors, requests } = await openPage(env);
  await page.waitForTimeout(800);
  const before = await census(page);
  const baseline = requests.length;
  const drop = (name, type, content) => page.evaluate(([name, type, content]) => {
    const data = new DataTransfer();
    data.items.add(new File([content], name, { type }));
    document.getElementById('compose').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [name, type, content]);

  await drop('evil.html', 'text/html', `<html><head><meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1"><base href="http://example.invalid/"></head><body onload="window.__pwned=1"><h1>Mayor John Smith</h1><p>May 3, 2021</p>${PAYLOADS.join('<br>')}<object data="/evil.swf"></object><video src="/v.mp4" autoplay></video></body></html>`);
  await page.waitForFunction(() => window.newslens.state === 'ready' && window.newslens.lastText.startsWith('Mayor John Smith'));
  await assertInert(page, requests, before, baseline);
  assert.doesNotMatch(await page.inputValue('#input'), /<(script|img|svg|iframe)/);

  await drop('evil.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"><script>window.__pwned=2</script></svg>');
  await page.waitForFunction(() => /evil\.svg/.test(document.getElementById('status').textContent));
  assert.match(await page.textContent('#status'), /is not a \.txt or \.html file/);
  await assertInert(page, requests, before, baseline);
  assert.equal(page.url(), env.url, 'the page did not navigate');
  assert.deepEqual(errors, []);
});
