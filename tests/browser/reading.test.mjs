// The reading view: selecting an entity (panel, click in the text, keyboard; Escape clears),
// the legend's toggles per kind, dates showing their resolved value on hover and focus, and
// links from the panels back to the text.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openExample, readExample, useBrowser } from './harness.mjs';

const env = useBrowser();

/** The id, mention count and quote count of the most-quoted person. */
function quotedPerson(analysis) {
  const quotes = (id) => analysis.quotes.filter((q) => q.speaker === id).length;
  const person = analysis.entities.filter((e) => e.kind === 'person').sort((a, b) => quotes(b.id) - quotes(a.id))[0];
  return { entity: person, quotes: quotes(person.id) };
}

const selected = (page) => page.$$eval('#article mark.is-selected', (marks) =>
  marks.filter((m) => !m.hasAttribute('data-continued')).map((m) => `${m.dataset.kind}|${m.dataset.id}|${m.dataset.start}`));

test('selecting an entity highlights all its mentions and quotes; Escape clears', async () => {
  const { page, analysis, errors } = await openExample(env);
  const { entity, quotes } = quotedPerson(analysis);
  assert.ok(quotes >= 1, 'the example has a quoted person');

  const button = page.locator(`#entities-panel button[data-select="${entity.id}"]`);
  await button.click();
  assert.equal(await page.evaluate(() => window.newslens.selected), entity.id);
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  const expected = [
    ...entity.mentions.map((m) => `${entity.kind}|${entity.id}|${m.start}`),
    ...analysis.quotes.filter((q) => q.speaker === entity.id)
      .flatMap((q) => (q.fragments.length ? q.fragments : [q]).map((f) => `quote|${q.id}|${f.start}`)),
  ].sort();
  assert.deepEqual((await selected(page)).sort(), expected);
  assert.equal(await page.locator('#selection').isVisible(), true);
  assert.match(await page.textContent('#selection-text'),
    new RegExp(`${entity.name}: ${entity.mentions.length} mentions?, ${quotes} quotes?`));
  // Other highlights fade: an unselected mark has no background.
  const other = await page.$eval('#article mark:not(.is-selected)', (m) => getComputedStyle(m).backgroundColor);
  assert.equal(other, 'rgba(0, 0, 0, 0)');

  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => window.newslens.selected), null);
  assert.deepEqual(await selected(page), []);
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('#selection').isVisible(), false);
  assert.deepEqual(errors, []);
});

test('clicking a mention in the text selects its entity; keyboard works in the panel', async () => {
  const { page, analysis, errors } = await openExample(env);
  const place = analysis.entities.find((e) => e.kind === 'place' && e.mentions.length >= 2);
  await page.locator(`#article mark[data-id="${place.id}"]`).first().click();
  assert.equal(await page.evaluate(() => window.newslens.selected), place.id);
  assert.equal((await selected(page)).length, place.mentions.length);
  // The selection bar's button clears too.
  await page.getByRole('button', { name: 'Clear selection' }).click();
  assert.equal(await page.evaluate(() => window.newslens.selected), null);

  // Keyboard only: Tab to an entity button, Enter selects, Enter again deselects.
  const { entity } = quotedPerson(analysis);
  await page.locator(`#entities-panel button[data-select="${entity.id}"]`).focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.newslens.selected), entity.id);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.newslens.selected), null);
  assert.deepEqual(errors, []);
});

test('the legend toggles each kind of highlight', async () => {
  const { page, errors } = await openExample(env);
  // (Reported speech has no background of its own: a direct quote is used for quotes.)
  const background = (kind) => page.$eval(`#article mark[data-kind="${kind}"]${kind === 'quote' ? '[data-qkind="direct"]' : ''}`,
    (m) => getComputedStyle(m).backgroundColor);
  // Six kinds, and "Labels".
  assert.equal(await page.locator('.legend button[data-kind]').count(), 6);
  assert.equal(await page.locator('.legend button').count(), 7);
  for (const kind of ['person', 'place', 'timex', 'quote']) {
    const before = await background(kind);
    assert.notEqual(before, 'rgba(0, 0, 0, 0)', `${kind} highlighted`);
    const toggle = page.locator(`.legend button[data-kind="${kind}"]`);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    assert.equal(await background(kind), 'rgba(0, 0, 0, 0)', `${kind} hidden`);
    // The others stay.
    const still = kind === 'person' ? 'place' : 'person';
    if (kind !== 'place') assert.notEqual(await background(still), 'rgba(0, 0, 0, 0)');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    assert.equal(await background(kind), before);
  }
  assert.deepEqual(errors, []);
});

test('a date shows its resolved date on hover and on focus', async () => {
  const { page, analysis, errors } = await openExample(env);
  const monday = analysis.timexes.find((t) => t.text === 'Monday' && t.range);
  assert.ok(monday, 'the example has a "Monday"');
  const mark = page.locator(`#article mark[data-kind="timex"][data-id="${monday.id}"]`);
  const after = () => mark.evaluate((m) => getComputedStyle(m, '::after').content);
  assert.equal(await after(), 'none');
  await mark.hover();
  const shown = await after();
  assert.ok(shown.includes(monday.value), `${shown} shows ${monday.value}`);
  assert.ok(shown.includes('2013'), shown);
  await page.mouse.move(0, 0);
  await mark.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  assert.equal(await after(), shown);
  assert.match(await mark.getAttribute('aria-label'), new RegExp(monday.value));
  assert.deepEqual(errors, []);
});

test('quote cards and timeline entries link back to their place in the text', async () => {
  const { page, analysis, errors } = await openExample(env);
  const quote = analysis.quotes.at(-1);
  await page.locator(`#quotes-panel li[data-id="${quote.id}"] a`).click();
  const focused = await page.evaluate(() => ({ id: document.activeElement.id, kind: document.activeElement.dataset.kind }));
  assert.deepEqual(focused, { id: `mark-${quote.id}`, kind: 'quote' });
  await page.waitForTimeout(600); // smooth scrolling
  assert.ok(await page.locator(`#mark-${quote.id}`).isVisible());
  const inView = await page.$eval(`#mark-${quote.id}`, (m) => {
    const r = m.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight;
  });
  assert.ok(inView, 'scrolled into view');

  const entry = analysis.timeline[0];
  await page.locator(`#timeline-panel li[data-id="${entry.timex}"] a`).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), `mark-${entry.timex}`);
  assert.equal(await page.evaluate(() => location.hash), '', 'the address does not change');
  assert.deepEqual(errors, []);
});

test('changing the reference date re-resolves the timeline', async () => {
  const { page, analysis, errors } = await openExample(env);
  const monday = analysis.timexes.find((t) => t.text === 'Monday' && t.range);
  assert.equal(await page.textContent('#timeline-panel .tl-now h3'), 'Published Apr 16, 2013');
  await page.fill('#refdate', '2020-01-08');
  await page.waitForFunction(() => window.newslens.state === 'ready' && window.newslens.lastAnalysis?.reference_date?.value === '2020-01-08');
  const again = await page.evaluate(() => window.newslens.lastAnalysis);
  const moved = again.timexes.find((t) => t.start === monday.start);
  assert.notEqual(moved.value, monday.value);
  assert.ok(moved.value.startsWith('2020-01'), moved.value);
  assert.equal(await page.textContent('#timeline-panel .tl-now h3'), 'Reference date Jan 8, 2020');
  const item = page.locator(`#timeline-panel li[data-id="${moved.id}"]`);
  assert.match(await item.locator('a.expression').getAttribute('title'), new RegExp(moved.value));
  assert.equal(await item.getAttribute('data-phase'), moved.range.to < '2020-01-08' ? 'past' : moved.range.from > '2020-01-08' ? 'future' : 'present');
  assert.equal(await page.locator('#timeline-panel .now-label').textContent(), 'reference date');
  // The hover value in the text follows.
  assert.match(await page.getAttribute(`#article mark[data-id="${moved.id}"]`, 'data-value'), new RegExp(moved.value));
  assert.deepEqual(errors, []);
});

test('long entity lists show the most prominent first, the rest on "Show all"', async () => {
  const { page, analysis, errors } = await openExample(env);
  const places = analysis.entities.filter((e) => e.kind === 'place');
  assert.ok(places.length > 3, 'the example names several places');
  await page.evaluate(async () => {
    const { entityParts } = await import('./js/panels.js');
    document.querySelector('[data-panel="entities"]').replaceChildren(...entityParts(window.newslens.lastAnalysis, { limit: 3 }).map((p) => p.build()));
  });
  const items = page.locator('#entities-panel section[data-kind="place"] li');
  assert.equal(await items.count(), 3);
  const more = page.getByRole('button', { name: `Show all ${places.length} places` });
  await more.click();
  assert.equal(await items.count(), places.length);
  assert.equal(await more.count(), 0);
  // Expanded entries take part in selection like the others.
  const last = items.last().locator('button.entity');
  await last.click();
  assert.equal(await last.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => window.newslens.selected), await last.getAttribute('data-select'));
  assert.deepEqual(errors, []);
});

test('each quote is marked with its speaker after its last part', async () => {
  const { page, analysis, errors } = await openExample(env);
  const named = analysis.quotes.filter((q) => q.speaker_name);
  assert.ok(named.length >= 1);
  for (const quote of named) {
    const labels = await page.$$eval(`#article mark[data-kind="quote"][data-id="${quote.id}"][data-said]`, (marks) =>
      marks.map((m) => ({ said: m.dataset.said, end: Number(m.dataset.end), after: getComputedStyle(m, '::after').content })));
    assert.equal(labels.length, 1, quote.id);
    const last = (quote.fragments.length ? quote.fragments : [quote]).at(-1);
    assert.equal(labels[0].said, quote.speaker_name);
    assert.equal(labels[0].end, last.end);
    assert.ok(labels[0].after.includes(quote.speaker_name), labels[0].after);
  }
  // The label is not part of the text.
  assert.equal(await page.textContent('#article'), await readExample());
  assert.deepEqual(errors, []);
});
