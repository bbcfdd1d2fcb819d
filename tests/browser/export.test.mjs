// Take away: the analysis as JSON, quotes and entities as CSV (quoted properly, formulas
// defused), a Markdown summary (user text escaped), and copying the summary.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { enterText, openPage, tryExample, useBrowser } from './harness.mjs';

const env = useBrowser();

/** A small RFC 4180 parser, to read back what the page wrote. */
function parseCSV(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell); rows.push(row); row = []; cell = ''; i++;
    } else cell += c;
  }
  assert.equal(cell, '', 'the file ends with CRLF');
  return rows;
}

async function downloaded(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${name}"]`).click()]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}

test('downloads: JSON is the analysis; CSVs and Markdown hold every entity and quote', async () => {
  const { page, errors, requests } = await openPage(env);
  for (const button of await page.locator('[data-export]').all()) assert.equal(await button.isDisabled(), true);
  const { analysis, text } = await tryExample(page);

  // The analysis with the text its offsets point into.
  const json = await downloaded(page, 'json');
  assert.equal(json.name, 'newslens-analysis.json');
  const saved = JSON.parse(json.text);
  assert.deepEqual(Object.keys(saved).slice(0, 3), ['schema', 'offsets', 'text']);
  assert.equal(saved.text, text);
  const { text: _, ...rest } = saved;
  assert.deepEqual(rest, analysis);
  for (const t of saved.timexes) assert.equal(saved.text.slice(t.start, t.end), t.text);
  for (const e of saved.entities) for (const m of e.mentions) assert.equal(saved.text.slice(m.start, m.end), m.text);

  const quotes = await downloaded(page, 'quotes');
  assert.equal(quotes.name, 'newslens-quotes.csv');
  assert.ok(quotes.text.startsWith('\ufeff'), 'a BOM, so spreadsheets read UTF-8');
  const qrows = parseCSV(quotes.text.slice(1));
  assert.deepEqual(qrows[0], ['id', 'kind', 'speaker', 'speaker_title', 'quote', 'start', 'end', 'corrected']);
  assert.equal(qrows.length, analysis.quotes.length + 1);
  for (const [i, q] of analysis.quotes.entries()) {
    const row = qrows[i + 1];
    assert.equal(row[0], q.id);
    assert.equal(row[1], q.kind);
    const parts = q.fragments.length ? q.fragments : [q];
    assert.equal(row[4].replace(/^'/, ''), parts.map((p) => p.text).join(' … '));
    assert.deepEqual(row.slice(5, 7).map(Number), [q.start, q.end]);
    assert.equal(row[7], '', 'nothing corrected');
  }

  const entities = await downloaded(page, 'entities');
  const erows = parseCSV(entities.text.slice(1));
  assert.deepEqual(erows[0], ['id', 'kind', 'name', 'titles', 'mentions', 'quotes', 'first_mention', 'corrected']);
  assert.deepEqual(erows.slice(1).map((r) => r[0]).sort(), analysis.entities.map((e) => e.id).sort());
  for (const row of erows.slice(1)) {
    const entity = analysis.entities.find((e) => e.id === row[0]);
    assert.equal(row[2], entity.name);
    assert.equal(Number(row[4]), entity.mentions.length);
    assert.equal(Number(row[5]), analysis.quotes.filter((q) => q.speaker === entity.id).length);
  }

  const md = await downloaded(page, 'markdown');
  assert.equal(md.name, 'newslens-summary.md');
  assert.match(md.text, /^# newslens summary\n/);
  assert.match(md.text, /Reference date: Apr 16, 2013 \(found in the text\)/);
  for (const e of analysis.entities) assert.ok(md.text.includes(`**${e.name.replace(/[\\`*_{}[\]<>|~&]/g, '\\$&')}**`), e.name);
  assert.equal((md.text.match(/^> /gm) ?? []).length, analysis.quotes.length);
  // Blob URLs only: nothing leaves the page.
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== env.origin), []);
  assert.deepEqual(errors, []);
});

test('CSV cells are quoted, and formula starters get an apostrophe', async () => {
  const { page, errors } = await openPage(env);
  const out = await page.evaluate(async () => {
    const { csvCell, quotesCSV, entitiesCSV } = await import('./js/export.js');
    const cells = ['plain', 'a,b', 'say "hi"', 'two\nlines', '=HYPERLINK("http://evil","x")', '+1', '-2+3', '@SUM(A1)',
      '\tTAB', '\rCR', ' =not first', 42, null];
    const analysis = {
      entities: [{ id: 'e1', kind: 'person', name: '=cmd|\' /C calc\'!A0', titles: ['@boss', 'a, b'], mentions: [{ start: 0, end: 1, text: 'x' }] }],
      quotes: [{ id: 'q1', kind: 'direct', start: 0, end: 5, text: '-ignored', fragments: [{ start: 0, end: 2, text: '+A' }, { start: 3, end: 5, text: 'B"' }], speaker: 'e1', speaker_name: 'X' }],
    };
    return { cells: cells.map(csvCell), quotes: quotesCSV(analysis), entities: entitiesCSV(analysis) };
  });
  assert.deepEqual(out.cells, ['plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '"\'=HYPERLINK(""http://evil"",""x"")"', "'+1", "'-2+3",
    "'@SUM(A1)", "'\tTAB", '"\'\rCR"', ' =not first', '42', '']);
  assert.equal(out.quotes.split('\r\n')[1], 'q1,direct,\'=cmd|\' /C calc\'!A0,\'@boss,"\'+A … B""",0,5,');
  assert.equal(out.entities.split('\r\n')[1], 'e1,person,\'=cmd|\' /C calc\'!A0,\'@boss; a, b,1,1,0,'.replace("'@boss; a, b", '"\'@boss; a, b"'));
  assert.deepEqual(errors, []);
});

test('the Markdown summary escapes user text; copying puts it on the clipboard', async () => {
  const { page, context, errors } = await openPage(env);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  const text = 'Jane [Doe](javascript:alert(1)) <img src=x> said "*Hi*".\nMay 3, 2021\nShe spoke on Monday.';
  const analysis = await enterText(page, text);
  await page.locator('[data-export="copy"]').click();
  await page.waitForFunction(() => /clipboard/.test(document.getElementById('status').textContent));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const expected = await page.evaluate(async (a) => (await import('./js/export.js')).markdownSummary(a, window.newslens), analysis);
  assert.equal(copied, expected);
  assert.doesNotMatch(copied, /\]\(javascript:|<img/);
  const md = await page.evaluate(async () => (await import('./js/export.js')).mdEscape('a [b](c) <img> *d* # e\nf'));
  assert.equal(md, 'a \\[b\\](c) \\<img\\> \\*d\\* # e f');
  // The version inside the footer's line is not escaped as a line's start (it read "\0.1.0").
  const footer = await page.evaluate(async (a) => (await import('./js/export.js')).markdownSummary(a, { version: '0.1.0' })
    .trim().split('\n').at(-1), analysis);
  assert.equal(footer, '_Analysed in the browser by newslens 0.1.0._');
  assert.deepEqual(errors, []);
});
