// Corrections (issue 23, part 4): the reader corrects the analysis (speaker, kind, merge, split,
// remove, add by selection); the panels mark what was corrected, every export carries it, a
// correction survives an edit elsewhere in the text and is dropped when its text is edited
// away, and Undo (the notice's button, Ctrl+Z) takes it back. Plus the TimelineJS export.
// (Their own sentences: no corpus text.)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { enterText, openPage, useBrowser, waitForAnalysis } from './harness.mjs';

const env = useBrowser();

const TEXT = [
  'Harbour board weighs new ferry route',
  'March 4, 2022',
  'Mira Castellano, who chairs the Harbour Board, said on Friday that the route would open in June.',
  '"We have waited long enough for this," Castellano said.',
  '"The tide tables were never the problem," said Tomas Ekberg, a pilot with Greyline Ferries.',
  'Ekberg added that the crossing to Vantor Isle takes forty minutes.',
  'Locals in Pellham Cove were less sure.',
].join('\n');

async function downloaded(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${name}"]`).click()]);
  return readFile(await download.path(), 'utf8');
}

/** The JSON, CSVs and Markdown as downloaded. */
async function exports(page) {
  return {
    json: JSON.parse(await downloaded(page, 'json')),
    quotes: await downloaded(page, 'quotes'),
    entities: await downloaded(page, 'entities'),
    md: await downloaded(page, 'markdown'),
  };
}

/** Opens the dialog of the item whose panel button is `fix` and waits for it. */
async function openFix(page, id) {
  await page.locator(`button[data-fix="${id}"]`).click();
  await page.locator('dialog.fix-dialog[open]').waitFor();
  return page.locator('dialog.fix-dialog');
}

const ready = (page) => page.waitForFunction(() => window.newslens.state === 'ready');
const entityNamed = (a, name) => a.entities.find((e) => e.name === name);

test('a speaker change shows as corrected, is in every export, survives an edit elsewhere, and is undone', async () => {
  const { page, errors } = await openPage(env);
  const analysis = await enterText(page, TEXT);
  const quote = analysis.quotes.find((q) => q.text.includes('tide tables'));
  assert.ok(quote, 'the core finds the tide-tables quote');
  await (await openFix(page, quote.id)).getByLabel('Speaker').fill('Mira Castellano');
  await page.getByRole('button', { name: 'Set speaker' }).click();
  await page.waitForFunction(() => window.newslens.corrections.length === 1);
  await ready(page);
  let a = await page.evaluate(() => window.newslens.lastAnalysis);
  let q = a.quotes.find((x) => x.text.includes('tide tables'));
  assert.equal(q.speaker, entityNamed(a, 'Mira Castellano').id);
  assert.deepEqual(q.corrected, ['speaker']);
  // Marked in the panel, in words.
  const card = page.locator(`#quotes-panel li.quote[data-id="${q.id}"]`);
  assert.equal(await card.locator('.fixed').textContent(), 'corrected speaker');
  assert.match(await page.textContent('#status'), /1 correction\b/);

  const out = await exports(page);
  assert.deepEqual(out.json.quotes.find((x) => x.text.includes('tide tables')).corrected, ['speaker']);
  assert.equal(out.json.corrections.length, 1);
  assert.equal(out.json.corrections[0].type, 'speaker');
  assert.equal(out.json.corrections[0].name, 'Mira Castellano');
  const row = out.quotes.split('\r\n').find((r) => r.includes('tide tables'));
  assert.match(row, /,Mira Castellano,/);
  assert.match(row, /,speaker$/);
  assert.match(out.md, /### Mira Castellano[^#]*tide tables[^\n]*corrected: speaker/);

  // Typing a sentence at the end: re-analysed, the correction still applies.
  const longer = `${TEXT}\nThe board meets again next week.`;
  await page.locator('#input').focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nThe board meets again next week.');
  a = await waitForAnalysis(page, longer);
  q = a.quotes.find((x) => x.text.includes('tide tables'));
  assert.equal(q.speaker, entityNamed(a, 'Mira Castellano').id);
  assert.deepEqual(q.corrected, ['speaker']);
  assert.equal((await page.evaluate(() => window.newslens.corrections)).length, 1);

  // Undo: the notice's button.
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => window.newslens.corrections.length === 0);
  await ready(page);
  a = await page.evaluate(() => window.newslens.lastAnalysis);
  q = a.quotes.find((x) => x.text.includes('tide tables'));
  assert.equal(q.speaker, entityNamed(a, 'Tomas Ekberg').id);
  assert.equal(q.corrected, undefined);
  assert.equal(a.corrections, undefined);
  assert.equal(await page.locator('#quotes-panel .fixed').count(), 0);
  assert.deepEqual(errors, []);
});
