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
  assert.equal(await card.locator('.fixed').textContent(), 'corrected: speaker');
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

test('kind, merge, split, remove and add: in every export, kept over an edit elsewhere, dropped when their text goes', async () => {
  const { page, errors } = await openPage(env);
  const text = `${TEXT}\nThe old ferry ran until Midsummer Day 1987.`;
  let a = await enterText(page, text);
  const id = (name) => entityNamed(a, name).id;
  const fixed = async (n) => {
    await page.waitForFunction((k) => window.newslens.corrections.length === k, n);
    await ready(page);
    a = await page.evaluate(() => window.newslens.lastAnalysis);
  };

  // Kind: Greyline Ferries is no person.
  let dialog = await openFix(page, id('Greyline Ferries'));
  await dialog.getByLabel('Kind').selectOption('organization');
  await dialog.getByRole('button', { name: 'Change kind' }).click();
  await fixed(1);
  assert.equal(entityNamed(a, 'Greyline Ferries').kind, 'organization');
  assert.deepEqual(entityNamed(a, 'Greyline Ferries').corrected, ['kind']);
  assert.match(await page.locator(`#entities-panel li[data-id="${id('Greyline Ferries')}"] .entity`).textContent(), /corrected: kind/);

  // Remove: Vantor Isle as no name (say); the quote about the crossing; the date "forty minutes".
  dialog = await openFix(page, id('Vantor Isle'));
  await dialog.getByRole('button', { name: 'Not a name: remove “Vantor Isle”' }).click();
  await fixed(2);
  assert.equal(entityNamed(a, 'Vantor Isle'), undefined);
  dialog = await openFix(page, a.quotes.find((q) => q.text.includes('crossing')).id);
  await dialog.getByRole('button', { name: 'Not a quote: remove it' }).click();
  await fixed(3);
  assert.equal(a.quotes.find((q) => q.text.includes('crossing')), undefined);
  dialog = await openFix(page, a.timexes.find((t) => t.text === 'forty minutes').id);
  await dialog.getByRole('button', { name: 'Not a date: remove it' }).click();
  await fixed(4);
  assert.equal(a.timexes.find((t) => t.text === 'forty minutes'), undefined);

  // Split: "Castellano" (the second mention) out of Mira Castellano, with her quote.
  dialog = await openFix(page, id('Mira Castellano'));
  await dialog.getByLabel('Mention').selectOption({ index: 1 });
  await dialog.getByRole('button', { name: 'Split out' }).click();
  await fixed(5);
  const split = a.entities.find((e) => e.name === 'Castellano');
  assert.deepEqual(split.mentions.map((m) => m.text), ['Castellano']);
  assert.deepEqual(entityNamed(a, 'Mira Castellano').mentions.map((m) => m.text), ['Mira Castellano']);

  // Add by selecting text in the article: "Harbour board" in the headline, as an organisation.
  // (The selection alone, with no mouse or key event, as a touch screen makes it.)
  await page.evaluate(() => {
    const node = document.querySelector('#article .line').firstChild;
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 'Harbour board'.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await page.getByRole('group', { name: 'Add the selected text' }).getByRole('button', { name: 'Add as organisation' }).click();
  await fixed(6);
  const added = entityNamed(a, 'Harbour board');
  assert.equal(added.kind, 'organization');
  assert.deepEqual(added.corrected, ['added']);
  assert.deepEqual(added.mentions, [{ start: 0, end: 13, text: 'Harbour board' }]);
  assert.equal(await page.locator('#article mark[data-kind="organization"]', { hasText: /^Harbour board$/ }).count(), 1);

  // Merge it with the Harbour Board.
  dialog = await openFix(page, added.id);
  await dialog.getByLabel('Same as').selectOption({ label: 'Harbour Board (organization)' });
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await fixed(7);
  assert.equal(entityNamed(a, 'Harbour board'), undefined);
  assert.deepEqual(entityNamed(a, 'Harbour Board').mentions.map((m) => m.text), ['Harbour board', 'Harbour Board']);
  assert.deepEqual(entityNamed(a, 'Harbour Board').corrected, ['mentions']);

  // Add a date the core read as a year only.
  const at = text.indexOf('Midsummer Day 1987');
  await page.locator('#input').evaluate((box, [s, e]) => box.setSelectionRange(s, e), [at, at + 'Midsummer Day 1987'.length]);
  await page.locator('#input').dispatchEvent('mouseup');
  await page.getByRole('button', { name: 'Add as date' }).click();
  await fixed(8);
  const date = a.timexes.find((t) => t.text === 'Midsummer Day 1987');
  assert.deepEqual(date.corrected, ['added']);
  assert.equal(a.timexes.find((t) => t.text === '1987'), undefined);

  const check = async (label) => {
    const out = await exports(page);
    assert.deepEqual(out.json.corrections.map((c) => c.type), ['kind', 'remove', 'remove', 'remove', 'split', 'add', 'merge', 'add'], label);
    const { text: saved, ...rest } = out.json;
    assert.deepEqual(rest, await page.evaluate(() => window.newslens.lastAnalysis), label);
    for (const c of out.json.corrections) assert.equal(saved.slice(c.at.start, c.at.end), c.at.text, label);
    assert.equal(out.json.entities.find((e) => e.name === 'Greyline Ferries').kind, 'organization', label);
    assert.ok(!out.json.entities.some((e) => e.name === 'Vantor Isle'), label);
    assert.ok(!out.json.timexes.some((t) => t.text === 'forty minutes'), label);
    assert.ok(out.json.timexes.some((t) => t.text === 'Midsummer Day 1987'), label);
    const erows = out.entities.split('\r\n');
    assert.ok(erows[0].endsWith(',corrected'), label);
    assert.ok(erows.some((r) => /,organization,Greyline Ferries,.*,kind$/.test(r)), label);
    assert.ok(erows.some((r) => /,organization,Harbour Board,.*,mentions$/.test(r)), label);
    assert.ok(erows.some((r) => /,person,Castellano,.*,added$/.test(r)), label);
    assert.ok(!erows.some((r) => r.includes('Vantor Isle')), label);
    assert.ok(!out.quotes.includes('crossing'), label);
    assert.match(out.md, /\*\*Greyline Ferries\*\* \(organization\)[^\n]*corrected: kind/, label);
    assert.match(out.md, /\*\*Harbour Board\*\* \(organization\): 2 mentions/, label);
    assert.match(out.md, /“Midsummer Day 1987”[^\n]*added by the reader/, label);
    assert.doesNotMatch(out.md, /Vantor Isle\*\*|forty minutes|crossing/, label);
    assert.match(out.md, /with 8 corrections by the reader/, label);
  };
  await check('as made');

  // An edit at the start (offsets shift) and one at the end: all still apply.
  const edited = `Updated. ${text}\nThe board meets again next week.`;
  await page.fill('#input', edited);
  a = await waitForAnalysis(page, edited);
  assert.equal((await page.evaluate(() => window.newslens.corrections)).length, 8);
  await check('after edits elsewhere');

  // "Vantor Isle" edited away: the corrections whose text it was go (its removal, and that of
  // the quote it was in), and the status says so; the others stay.
  const away = edited.replace('Vantor Isle', 'the island');
  await page.fill('#input', away);
  a = await waitForAnalysis(page, away);
  const left = await page.evaluate(() => window.newslens.corrections);
  assert.deepEqual(left.map((c) => c.type), ['kind', 'remove', 'split', 'add', 'merge', 'add']);
  assert.ok(!left.some((c) => c.at.text.includes('Vantor Isle')));
  assert.match(await page.textContent('#status'), /6 corrections · 2 corrections dropped \(text edited\)/);
  assert.equal(entityNamed(a, 'Greyline Ferries').kind, 'organization');
  assert.ok(a.quotes.some((q) => q.text.includes('crossing')), 'the quote is back: its removal was dropped');
  assert.deepEqual(errors, []);
});

test('Ctrl+Z undoes the last correction; the text box keeps its own Ctrl+Z; phone layout holds', async () => {
  const { page, errors } = await openPage(env, { viewport: { width: 390, height: 844 } });
  let a = await enterText(page, TEXT);
  // A dialog's rows (a long mention in context, a merge with a long name) wrap within it.
  await openFix(page, entityNamed(a, 'Mira Castellano').id);
  const sticking = await page.locator('dialog.fix-dialog').evaluate((d) => [...d.querySelectorAll('*')]
    .filter((n) => n.getBoundingClientRect().right > d.getBoundingClientRect().right + 0.5).map((n) => n.outerHTML.slice(0, 60)));
  assert.deepEqual(sticking, [], 'nothing sticks out of the dialog');
  await page.keyboard.press('Escape');
  const vantor = entityNamed(a, 'Vantor Isle');
  await (await openFix(page, vantor.id)).getByLabel('Kind').selectOption('place');
  // The dialog fits the phone's screen.
  const box = await page.locator('dialog.fix-dialog').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, JSON.stringify(box));
  await page.getByRole('button', { name: 'Change kind' }).click();
  await page.waitForFunction(() => window.newslens.corrections.length === 1);
  await ready(page);
  assert.equal(entityNamed(await page.evaluate(() => window.newslens.lastAnalysis), 'Vantor Isle').kind, 'place');
  // The notice (focus is on its Undo) fits too.
  const notice = await page.getByRole('status').filter({ hasText: 'Corrected:' }).boundingBox();
  assert.ok(notice.x >= 0 && notice.x + notice.width <= 390);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Undo');
  await page.locator('h1').click();
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => window.newslens.corrections.length === 0);
  await ready(page);
  a = await page.evaluate(() => window.newslens.lastAnalysis);
  assert.equal(entityNamed(a, 'Vantor Isle').kind, 'person');
  assert.match(await page.textContent('.fix-notice'), /Undone: “Vantor Isle” is now a place/);

  // The keyboard's way to add: select in the text box, Tab to the offer.
  await page.locator('#input').evaluate((box, s) => { box.focus(); box.setSelectionRange(s, s); }, TEXT.indexOf('Pellham'));
  for (let i = 0; i < 'Pellham Cove'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  const bar = page.getByRole('group', { name: 'Add the selected text' });
  await bar.waitFor();
  const barBox = await bar.boundingBox();
  assert.ok(barBox.x >= 0 && barBox.x + barBox.width <= 390, JSON.stringify(barBox));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Add as person');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // place
  await page.waitForFunction(() => window.newslens.corrections.length === 1);
  // Ctrl+Z in the text box is the text box's own (nothing typed: no correction undone).
  await page.locator('#input').focus();
  await page.keyboard.press('Control+z');
  await page.waitForTimeout(300);
  assert.equal((await page.evaluate(() => window.newslens.corrections)).length, 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  // With the text cleared, Undo takes the correction back without drawing the old text again.
  await page.fill('#input', '');
  await page.waitForFunction(() => window.newslens.state === 'empty');
  await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
  await page.waitForFunction(() => window.newslens.corrections.length === 0);
  await page.waitForTimeout(300);
  assert.equal(await page.textContent('#article'), '');
  assert.equal(await page.evaluate(() => window.newslens.lastAnalysis), null);
  assert.deepEqual(errors, []);
});

test('TimelineJS export: every placed date an event in the format', async () => {
  const { page, errors } = await openPage(env);
  const text = `${TEXT}\nThe first ferry sailed in 1911, and the old pier closed from May 2 to June 9, 1987.\nA <b>gala</b> & party is planned for next month.`;
  const a = await enterText(page, text);
  const saved = JSON.parse(await downloaded(page, 'timeline'));
  assert.deepEqual(Object.keys(saved), ['events']);
  const placed = a.timexes.filter((t) => t.range);
  assert.equal(saved.events.length, placed.length);
  assert.ok(placed.length >= 5);
  const dateOk = (d) => Number.isInteger(d.year) && (d.month === undefined || (Number.isInteger(d.month) && d.month >= 1 && d.month <= 12)) &&
    (d.day === undefined || (d.month !== undefined && Number.isInteger(d.day) && d.day >= 1 && d.day <= 31));
  for (const e of saved.events) {
    assert.ok(dateOk(e.start_date), JSON.stringify(e));
    if (e.end_date) assert.ok(dateOk(e.end_date), JSON.stringify(e));
    assert.equal(typeof e.text.headline, 'string');
    assert.ok(e.text.headline.trim().length > 0, JSON.stringify(e));
    assert.doesNotMatch(`${e.text.headline}${e.text.text}`, /<|>/, 'user text is escaped: TimelineJS reads HTML');
  }
  const starts = saved.events.map((e) => e.start_date);
  assert.ok(starts.some((d) => d.year === 1911 && d.month === undefined), 'a year is a year');
  assert.ok(starts.some((d) => d.year === 2022 && d.month === 6 && d.day === undefined), 'June is a month');
  assert.ok(starts.some((d) => d.year === 2022 && d.month === 3 && d.day === 4), 'a day');
  assert.ok(saved.events.some((e) => e.group === 'Before publication') && saved.events.some((e) => e.group === 'After publication'));
  assert.deepEqual(errors, []);
});

test('rebase: anchors move with edits before them, stay before them, are found again inside one, or drop', async () => {
  const { page, errors } = await openPage(env);
  const out = await page.evaluate(async () => {
    const { rebase, readDate, applyCorrections } = await import('./js/corrections.js');
    const text = 'Ines Varga met Ole Brandt. Later Ines Varga left.';
    const at = (s, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length, text: s });
    const fixes = [
      { type: 'kind', at: at('Ines Varga'), kind: 'place' },
      { type: 'merge', at: at('Ole Brandt'), to: at('Ines Varga', 10) },
    ];
    const run = (to) => {
      const { kept, dropped } = rebase(fixes, text, to);
      return { kept: kept.map((c) => [c.at, c.to ?? null].map((a) => a && [a.start, to.slice(a.start, a.end)])), dropped: dropped.length };
    };
    const analysis = { entities: [{ id: 'e1', kind: 'person', name: 'Ines Varga', titles: [], mentions: [at('Ines Varga')] }], quotes: [], timexes: [], timeline: [] };
    const copy = structuredClone(analysis);
    const corrected = applyCorrections(analysis, text, [fixes[0]]);
    // Adding over a name's only mention: the new name takes its quotes.
    const said = { ...structuredClone(analysis), quotes: [{ id: 'q1', kind: 'direct', start: 27, end: 49, text: text.slice(27, 49), fragments: [], speaker: 'e1', speaker_name: 'Ines Varga' }] };
    const readded = applyCorrections(said, text, [{ type: 'add', kind: 'organization', at: at('Ines Varga') }]);
    return {
      same: run(text),
      before: run(`Yesterday ${text}`),
      after: run(`${text} Then rain.`),
      both: run(`So, ${text.replace('met', 'later met')} Fin.`),
      away: run(text.replace('Ole Brandt', 'Ola Brandt')),
      // The first "Ines Varga" edited: not moved onto the second, which is outside the edit.
      firstAway: run(text.replace('Ines Varga met', 'Ines Vargas met')),
      untouched: JSON.stringify(analysis) === JSON.stringify(copy),
      none: applyCorrections(analysis, text, []) === analysis,
      kind: [corrected.entities[0].kind, corrected.entities[0].corrected, corrected.corrections.length],
      readded: [readded.entities.map((e) => [e.id, e.kind, e.mentions.map((m) => m.start)]), readded.quotes[0].speaker],
      dates: ['May 3, 2021', '3rd May 2021', '2021-05-03', 'March 2020', '1999', 'next spring', 'Friday'].map((d) => readDate(d)),
    };
  });
  assert.deepEqual(out.same, { kept: [[[0, 'Ines Varga'], null], [[15, 'Ole Brandt'], [33, 'Ines Varga']]], dropped: 0 });
  assert.deepEqual(out.before, { kept: [[[10, 'Ines Varga'], null], [[25, 'Ole Brandt'], [43, 'Ines Varga']]], dropped: 0 });
  assert.deepEqual(out.after, out.same);
  assert.deepEqual(out.both, { kept: [[[4, 'Ines Varga'], null], [[25, 'Ole Brandt'], [43, 'Ines Varga']]], dropped: 0 });
  assert.deepEqual(out.away, { kept: [[[0, 'Ines Varga'], null]], dropped: 1 });
  assert.deepEqual(out.firstAway, { kept: [[[16, 'Ole Brandt'], [34, 'Ines Varga']]], dropped: 1 });
  assert.ok(out.untouched, 'the analysis given is left as it is');
  assert.ok(out.none);
  assert.deepEqual(out.kind, ['place', ['kind'], 1]);
  assert.deepEqual(out.readded, [[['c1', 'organization', [0, 33]]], 'c1']);
  assert.deepEqual(out.dates, [
    { value: '2021-05-03', range: { from: '2021-05-03', to: '2021-05-03' } },
    { value: '2021-05-03', range: { from: '2021-05-03', to: '2021-05-03' } },
    { value: '2021-05-03', range: { from: '2021-05-03', to: '2021-05-03' } },
    { value: '2020-03', range: { from: '2020-03-01', to: '2020-03-31' } },
    { value: '1999', range: { from: '1999-01-01', to: '1999-12-31' } },
    { value: 'XXXX-XX-XX', range: null },
    { value: 'XXXX-XX-XX', range: null },
  ]);
  assert.deepEqual(errors, []);
});
