// Getting text in: rich pastes reduced to plain text, dropped and opened .txt/.html files
// (HTML reduced to its text, never rendered), files refused, the 2 MB limit (nothing lost
// from the text box), and the "Analysing…" state of a long text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { enterText, openPage, useBrowser, waitForAnalysis, ROOT } from './harness.mjs';

const env = useBrowser();

/** Drops a file with `content` (a string, or a Buffer of bytes) on the article card, as a drag from the desktop would. */
function dropFile(page, name, type, content) {
  return page.evaluate(([name, type, content]) => {
    const data = new DataTransfer();
    data.items.add(new File([typeof content === 'string' ? content : new Uint8Array(content)], name, { type }));
    const zone = document.getElementById('compose');
    for (const kind of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(kind, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, [name, type, typeof content === 'string' ? content : [...content]]);
}

/** Pastes clipboard data with the given types into the text box. */
function paste(page, items) {
  return page.evaluate((items) => {
    const data = new DataTransfer();
    for (const [type, value] of Object.entries(items)) data.setData(type, value);
    const box = document.getElementById('input');
    box.focus();
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    box.dispatchEvent(event);
    return event.defaultPrevented;
  }, items);
}

const ARTICLE_HTML = `<!doctype html><html><head><title>Storm report</title>
<style>p { color: red }</style><script>window.__pwned = 1</script></head>
<body><nav>Home | World</nav><article><h1>Storm hits coast</h1><p>May 3, 2021</p>
<p>The storm hit on <b>Monday</b>, said <a href="javascript:window.__pwned=1">Mayor Jane Doe</a>.</p>
<img src="/x.png" onerror="window.__pwned=1"><ul><li>One</li><li>Two</li></ul></article></body></html>`;

test('a dropped .html file is reduced to its text, never rendered', async () => {
  const { page, errors, requests } = await openPage(env);
  await dropFile(page, 'storm.html', 'text/html', ARTICLE_HTML);
  const expected = 'Storm hits coast\n\nMay 3, 2021\n\nThe storm hit on Monday, said Mayor Jane Doe.\n\nOne\n\nTwo';
  const analysis = await waitForAnalysis(page, expected);
  assert.equal(await page.inputValue('#input'), expected);
  assert.equal(analysis.reference_date.value, '2021-05-03');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(requests.filter((url) => /x\.png/.test(url)), []);
  assert.equal(await page.locator('body img, body a[href^="javascript"], #article b').count(), 0);
  assert.deepEqual(errors, []);
});

test('a dropped or opened .txt file is taken as it is', async () => {
  const { page, errors } = await openPage(env);
  const text = 'Plain <b>text</b> & "quotes"\nApril 16, 2013\nIt rained on Monday.';
  await dropFile(page, 'notes.txt', 'text/plain', text);
  await waitForAnalysis(page, text);
  assert.equal(await page.inputValue('#input'), text);

  // The "Open a file…" button: a chooser for the same kinds of file.
  const other = 'Second file.\nMarch 2, 2020\nNothing happened.';
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a file…' }).click()]);
  await chooser.setFiles({ name: 'second.txt', mimeType: 'text/plain', buffer: Buffer.from(other) });
  await waitForAnalysis(page, other);
  assert.deepEqual(errors, []);
});

test('a file not in UTF-8 is read as Windows-1252, a stray bad byte becomes U+FFFD, and the page says so; a UTF-16 or UTF-8 byte-order mark is followed', async () => {
  const { page, errors } = await openPage(env);
  const hint = await page.textContent('#input-hint');
  const text = 'The minister said: “We will meet in París on Monday.”\nApril 16, 2013';
  // Windows-1252: curly quotes are bytes 0x93 and 0x94, “í” is 0xED; as UTF-8 they are invalid.
  const cp1252 = Buffer.from(text.replace('“', '\x93').replace('”', '\x94'), 'latin1');
  assert.equal(cp1252.includes(0x93) && cp1252.includes(0xed), true);
  await dropFile(page, 'old.txt', 'text/plain', cp1252);
  const analysis = await waitForAnalysis(page, text);
  assert.equal(await page.inputValue('#input'), text);
  assert.match(await page.textContent('#input-hint'), /^“old\.txt” is not UTF-8: read as Windows-1252 \(Western European\)\. If some characters look wrong/);
  assert.equal(await page.getAttribute('#input-hint', 'data-kind'), 'note');
  // The quote marks were read as quote marks: the quote is found.
  assert.deepEqual(analysis.quotes.map((q) => q.text), ['“We will meet in París on Monday.”']);

  // Mostly UTF-8 with a stray byte: the rest is read as UTF-8, the byte shows as U+FFFD, and
  // the note says so (as Windows-1252, every “é” would have become “Ã©”).
  const mixed = Buffer.concat([Buffer.from('Café “open” '), Buffer.from([0x93]), Buffer.from('stray.\nMay 1, 2020')]);
  await dropFile(page, 'mixed.txt', 'text/plain', mixed);
  await waitForAnalysis(page, 'Café “open” \ufffdstray.\nMay 1, 2020');
  assert.equal(await page.textContent('#input-hint'), '“mixed.txt” is not all UTF-8: 1 unreadable character shows as “\ufffd”.');

  // UTF-16 with its byte-order mark (as Windows Notepad saves "Unicode"): read as it says, no note.
  const utf16 = 'Notepad’s “Unicode”.\nMay 1, 2020';
  await dropFile(page, 'notepad.txt', 'text/plain', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16, 'utf16le')]));
  await waitForAnalysis(page, utf16);
  assert.equal(await page.textContent('#input-hint'), hint);
  assert.equal(await page.getAttribute('#input-hint', 'data-kind'), '');

  // UTF-8 with its byte-order mark: read as UTF-8, no note.
  await dropFile(page, 'bom.html', 'text/html', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Naïve “quotes” — fine.</p>')]));
  await waitForAnalysis(page, 'Naïve “quotes” — fine.');
  assert.equal(await page.textContent('#input-hint'), hint);

  // A web page in ISO-8859-1 (a subset of Windows-1252) is read right, with the note.
  await dropFile(page, 'page.html', 'text/html', Buffer.from('<p>Café in Zürich.</p>', 'latin1'));
  await waitForAnalysis(page, 'Café in Zürich.');
  assert.match(await page.textContent('#input-hint'), /^“page\.html” is not UTF-8/);

  // The note goes with the next text put in the box.
  await dropFile(page, 'old.txt', 'text/plain', cp1252);
  await waitForAnalysis(page, text);
  await page.getByRole('button', { name: 'Clear' }).click();
  assert.equal(await page.textContent('#input-hint'), hint);
  assert.deepEqual(errors, []);
});

test('other files are refused and the text box keeps its text', async () => {
  const { page, errors } = await openPage(env);
  const text = 'Keep me.\nMay 1, 2020';
  await enterText(page, text);
  await dropFile(page, 'photo.png', 'image/png', 'not really a png');
  await page.waitForFunction(() => document.getElementById('status').dataset.kind === 'error');
  assert.match(await page.textContent('#status'), /“photo\.png” is not a \.txt or \.html file/);
  assert.equal(await page.inputValue('#input'), text);
  assert.deepEqual(errors, []);
});

test('a rich paste without plain text keeps only the text; a plain paste is untouched', async () => {
  const { page, errors } = await openPage(env);
  const handled = await paste(page, { 'text/html': '<p>Officials <i>met</i> on Monday.</p><p><img src=x onerror="window.__pwned=1">May 3, 2021</p><script>window.__pwned=1</script>' });
  assert.equal(handled, true);
  const expected = 'Officials met on Monday.\n\nMay 3, 2021';
  await waitForAnalysis(page, expected);
  assert.equal(await page.inputValue('#input'), expected);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);

  // With text/plain present the browser's own paste (plain text) is left alone.
  await page.fill('#input', '');
  assert.equal(await paste(page, { 'text/plain': 'plain', 'text/html': '<b>rich</b>' }), false);
  assert.deepEqual(errors, []);
});

test('past 2 MB the page says so, analyses nothing and loses nothing', async () => {
  const { page, errors } = await openPage(env);
  const before = await page.evaluate(() => window.newslens.stats.requests);
  // 1.1 million characters, 2.2 MB in UTF-8: the limit is in bytes.
  const length = await page.evaluate(() => {
    const box = document.getElementById('input');
    box.value = `Café ${'é'.repeat(1_100_000)}`;
    box.dispatchEvent(new Event('input', { bubbles: true }));
    return box.value.length;
  });
  await page.waitForFunction(() => window.newslens.state === 'error');
  assert.match(await page.textContent('#status'), /This text is 2\.1 MB; the page analyses up to 2\.0 MB at a time\. Nothing was removed/);
  assert.equal(await page.getAttribute('#input', 'aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.getElementById('input').value.length), length);
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => window.newslens.stats.requests), before, 'nothing sent to the analyser');
  assert.equal(await page.textContent('#article'), '');

  // Shortened below the limit, it is analysed again.
  const short = 'Short again.\nMay 3, 2021';
  await enterText(page, short);
  assert.equal(await page.getAttribute('#input', 'aria-invalid'), null);
  assert.deepEqual(errors, []);
});

test('a long article shows "Analysing…" while it is analysed, then its results', async () => {
  const { page, errors } = await openPage(env);
  const lines = (await readFile(`${ROOT}tests/fixtures/eval/newsdev.jsonl`, 'utf8')).trim().split('\n');
  let text = '';
  for (const line of lines) {
    if (text.split(/\s+/).length > 10_000) break;
    text += `${JSON.parse(line).text}\n\n`;
  }
  await page.evaluate(() => {
    window.__statuses = [];
    new MutationObserver(() => window.__statuses.push(document.getElementById('status').textContent))
      .observe(document.getElementById('status'), { childList: true, characterData: true, subtree: true });
  });
  const analysis = await enterText(page, text);
  const statuses = await page.evaluate(() => window.__statuses);
  assert.ok(statuses.some((s) => /^Analysing 1\d,\d{3} words…$|^Analysing 1\d\d\d\d words…$/.test(s)), statuses.join(' | '));
  assert.equal(await page.textContent('#article'), text);
  assert.ok(analysis.entities.length > 100);
  assert.equal(await page.getAttribute('#app', 'class'), 'wrap layout long');
  assert.deepEqual(errors, []);
});
