// Typing, clearing and the reference date field.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { enterText, openPage, readPane, tryExample, useBrowser, waitForAnalysis } from './harness.mjs';

const STORM = 'Storm hits coast\nMay 3, 2021\nThe storm hit on Monday.';

const env = useBrowser();

const stats = (page) => page.evaluate(() => window.newslens.stats);

test('typing is analysed after a pause; clearing shows a friendly empty state', async () => {
  const { page, errors, consoleErrors } = await openPage(env);
  assert.equal(await page.evaluate(() => window.newslens.state), 'empty');
  assert.match(await page.textContent('#status'), /paste or type an article/i);

  // Keystrokes ~25 ms apart: a pause of 250 ms is needed before an analysis starts.
  await page.locator('#input').pressSequentially(STORM, { delay: 25 });
  const analysis = await waitForAnalysis(page, STORM);
  assert.equal(analysis.reference_date.value, '2021-05-03');
  assert.equal(await page.inputValue('#refdate'), '2021-05-03');
  assert.equal(await page.textContent('#refdate-source'), 'found in the text: “May 3, 2021”');
  assert.equal((await readPane(page)).text, STORM);
  assert.equal(await page.locator('#article mark[data-kind="timex"]', { hasText: 'May 3, 2021' }).count(), 1);
  // Debounced: far fewer analyses than keystrokes.
  const { requests } = await stats(page);
  assert.ok(requests >= 1 && requests <= 10, `${requests} requests for ${STORM.length} keystrokes`);

  await page.fill('#input', '');
  await page.waitForFunction(() => window.newslens.state === 'empty');
  assert.match(await page.textContent('#status'), /paste or type an article/i);
  assert.equal(await page.getAttribute('#status', 'data-kind'), 'info');
  assert.equal(await page.textContent('#article'), '');
  assert.equal(await page.locator('#article mark').count(), 0);
  assert.equal(await page.inputValue('#refdate'), '');
  assert.equal(await page.evaluate(() => window.newslens.lastAnalysis), null);
  assert.equal(await page.getByRole('region', { name: 'Quotes' }).locator('.empty').textContent(), 'No quotes found.');
  assert.equal(await page.getByRole('region', { name: 'Timeline' }).locator('.empty').textContent(), 'No dates found.');

  // Blank is empty too, not an error from the core.
  await page.fill('#input', '  \n\t \n');
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate(() => window.newslens.state), 'empty');
  assert.equal(await page.evaluate(() => window.newslens.lastError), null);
  assert.equal((await readPane(page)).text, '  \n\t \n');

  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
});

test('setting the reference date re-analyses with it ("given"); reset goes back to the text', async () => {
  const { page, errors, consoleErrors } = await openPage(env);
  await enterText(page, STORM);
  const before = (await stats(page)).requests;

  await page.fill('#refdate', '2020-01-02');
  await page.waitForFunction(() => window.newslens.state === 'ready' && window.newslens.lastAnalysis?.reference_date?.source === 'given');
  const analysis = await page.evaluate(() => window.newslens.lastAnalysis);
  assert.deepEqual(analysis.reference_date, { value: '2020-01-02', source: 'given', span: null, evidence: [] });
  assert.equal((await stats(page)).requests, before + 1);
  assert.equal(await page.textContent('#refdate-source'), 'given by you');
  assert.equal(await page.inputValue('#refdate'), '2020-01-02');
  assert.equal(await page.evaluate(() => window.newslens.referenceDate), '2020-01-02');
  assert.equal((await readPane(page)).text, STORM);

  const reset = page.getByRole('button', { name: 'Use the article’s date' });
  assert.ok(await reset.isVisible());
  await reset.click();
  await page.waitForFunction(() => window.newslens.state === 'ready' && window.newslens.lastAnalysis?.reference_date?.source === 'text');
  assert.equal(await page.textContent('#refdate-source'), 'found in the text: “May 3, 2021”');
  assert.equal(await page.inputValue('#refdate'), '2021-05-03');
  assert.ok(await reset.isHidden());

  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
});

test('answers to superseded requests are dropped', async () => {
  const { page, errors } = await openPage(env);
  await enterText(page, STORM);
  // Two requests back to back: the first one's answer arrives after the second was sent.
  await page.evaluate(() => {
    const field = document.getElementById('refdate');
    for (const value of ['2019-09-09', '2020-02-02']) {
      field.value = value;
      field.dispatchEvent(new Event('change'));
    }
  });
  await page.waitForFunction(() => window.newslens.state === 'ready' && window.newslens.stats.answers === window.newslens.stats.requests);
  const { stale } = await stats(page);
  assert.ok(stale >= 1, `stale answers: ${stale}`);
  assert.equal(await page.evaluate(() => window.newslens.lastAnalysis.reference_date.value), '2020-02-02');
  assert.equal(await page.textContent('#refdate-source'), 'given by you');
  assert.deepEqual(errors, []);
});

test('an error from the core is shown in the status line, and recovered from', async () => {
  const { page, errors, consoleErrors } = await openPage(env);
  await enterText(page, STORM);
  // The date field takes years up to 275760; the core wants YYYY-MM-DD and says so.
  await page.fill('#refdate', '10000-01-01');
  await waitForAnalysis(page, STORM, 'error');
  const message = await page.evaluate(() => window.newslens.lastError);
  assert.match(message, /is not a date/);
  assert.equal(await page.textContent('#status'), message);
  assert.equal(await page.getAttribute('#status', 'data-kind'), 'error');
  assert.equal(await page.evaluate(() => window.newslens.lastAnalysis), null);
  assert.equal((await readPane(page)).text, STORM, 'the text stays readable');

  await page.fill('#refdate', '2021-06-01');
  await waitForAnalysis(page, STORM);
  assert.equal(await page.evaluate(() => window.newslens.lastAnalysis.reference_date.value), '2021-06-01');
  assert.equal(await page.getAttribute('#status', 'data-kind'), 'ok');
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
});

test('an edit rebuilds only the panel parts whose content it changes', async () => {
  const { page, errors, consoleErrors } = await openPage(env);
  const base = 'Council votes on budget\nMarch 2, 2020\n"We will balance the books," said Mayor Jane Doe on Monday.\n';
  await enterText(page, base);
  const mark = () => page.evaluate(() => {
    for (const body of document.querySelectorAll('[data-panel]')) for (const node of body.children) node.dataset.was = '';
  });
  // Each panel's children since `mark`: kept, or new.
  const changes = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-panel]')]
    .map((body) => [body.dataset.panel, [...body.children].map((node) => (node.dataset.was === '' ? 'kept' : 'new')).join(' ')])));

  // A new name and place, in no quote and at no date: the quotes and the timeline stay as they are.
  await mark();
  const named = `${base}Later, Governor Tom Reed visited Springfield.\n`;
  await enterText(page, named);
  assert.deepEqual(await changes(), { entities: 'new new', quotes: 'kept', timeline: 'kept kept kept' });
  assert.match(await page.textContent('[data-panel="entities"] .group[data-kind="person"]'), /Tom Reed/);

  // His quote: his group of quotes is added; the people (who count quotes) are rebuilt, the places kept.
  await mark();
  const quoted = `${named}"It is a good day," Tom Reed said.\n`;
  await enterText(page, quoted);
  assert.deepEqual(await changes(), { entities: 'new kept', quotes: 'kept new', timeline: 'kept kept kept' });
  assert.match(await page.textContent('[data-panel="quotes"]'), /It is a good day/);

  // The speaker of a dated event renamed: her quotes and the timeline (which names her) are rebuilt.
  await mark();
  const renamed = quoted.replace('Jane Doe', 'Jane Roe');
  await enterText(page, renamed);
  assert.deepEqual(await changes(), { entities: 'new kept', quotes: 'new kept', timeline: 'new new new' });
  assert.match(await page.textContent('[data-panel="timeline"]'), /Jane Roe/);

  // Each panel equals a fresh build.
  const fresh = await page.evaluate(async () => {
    const panels = await import('./js/panels.js');
    const { renderTimelinePanel } = await import('./js/timeline.js');
    // (A panel's parts, all built: what views.js draws of it at once.)
    const all = (parts) => (a) => parts(a).flatMap((p) => [p.build()].flat());
    const build = { entities: all(panels.entityParts), quotes: all(panels.quoteParts), timeline: renderTimelinePanel };
    return [...document.querySelectorAll('[data-panel]')].map((body) => {
      for (const node of body.children) delete node.dataset.was;
      const box = document.createElement('div');
      box.append(...build[body.dataset.panel](window.newslens.lastAnalysis));
      return body.innerHTML === box.innerHTML;
    });
  });
  assert.deepEqual(fresh, [true, true, true]);

  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
});

test('an article without a date line gets an inferred date, shown with its evidence', async () => {
  const { page, errors } = await openPage(env);
  const text = 'Harbour plan approved\n\nBy Ann Lee | Published 10/12/2016\n\nThe council voted on Monday to rebuild the pier.';
  await enterText(page, text);
  const analysis = await waitForAnalysis(page, text);
  assert.equal(analysis.reference_date.source, 'inferred');
  assert.equal(analysis.reference_date.value, '2016-10-12');
  assert.equal(await page.inputValue('#refdate'), '2016-10-12');
  assert.equal(await page.textContent('#refdate-source'), 'inferred from the text: “10/12/2016” — check it');
  assert.equal(await page.textContent('#timeline-panel .tl-now h3'), 'Inferred date Oct 12, 2016');
  assert.deepEqual(await page.locator('#timeline-panel .tl-heading').allTextContents(),
    ['Before Oct 12, 2016 (inferred)', 'Inferred date Oct 12, 2016']);
  assert.deepEqual(errors, []);
});

test('with no date, the timeline asks for one and offers the text’s dates; relative dates read as words', async () => {
  const { page, errors } = await openPage(env);
  const text = 'Ferry service resumes\n\nThe old ferry stopped on March 3, 2015. Its successor, launched on May 9, 2016, sails on Tuesday.';
  await enterText(page, text);
  const analysis = await waitForAnalysis(page, text);
  assert.equal(analysis.reference_date, null);
  const bar = page.locator('#timeline-panel .tl-date');
  assert.equal(await bar.getAttribute('data-source'), 'none');
  assert.match(await bar.locator('.tl-date-about').textContent(), /No date for this article/);
  assert.deepEqual(await bar.locator('[data-set-date]').allTextContents(), ['May 9, 2016', 'Mar 3, 2015']);
  const tuesday = analysis.timexes.find((t) => t.text === 'Tuesday');
  const undated = page.locator(`#timeline-panel li[data-id="${tuesday.id}"]`);
  assert.equal(await undated.locator('.undated-what').textContent(), 'a Tuesday, date unknown');
  assert.equal(await undated.locator('a.expression').getAttribute('title'), 'TIMEX3 XXXX-WXX-2');
  assert.doesNotMatch(await page.locator('#timeline-panel').textContent(), /XXXX/);

  // One click places the relative dates against it; the field in the panel changes it again.
  await bar.locator('[data-set-date="2016-05-09"]').click();
  await page.waitForFunction(() => window.newslens.state === 'ready' && window.newslens.lastAnalysis?.reference_date?.value === '2016-05-09');
  assert.equal(await page.locator('#timeline-panel .tl-date').getAttribute('data-source'), 'given');
  assert.match(await page.locator('#timeline-panel .tl-date-about').textContent(), /Dates placed against May 9, 2016, set by you/);
  assert.equal(await page.inputValue('#refdate'), '2016-05-09');
  await page.fill('#timeline-panel .tl-date-input', '2016-06-01');
  await page.waitForFunction(() => window.newslens.state === 'ready' && window.newslens.lastAnalysis?.reference_date?.value === '2016-06-01');
  const placed = await page.evaluate(() => window.newslens.lastAnalysis.timexes.find((t) => t.text === 'Tuesday'));
  assert.equal(placed.value, '2016-05-31');
  assert.deepEqual(errors, []);
});

test('replacing the whole text can be undone, with the date the reader set; edits keep the date', async () => {
  const { page, errors } = await openPage(env);
  const mine = 'Harbour plan approved\n\nThe council voted on Monday to rebuild the pier.';
  await enterText(page, mine);
  await page.fill('#refdate', '2019-05-08');
  await page.waitForFunction(() => window.newslens.state === 'ready' && window.newslens.lastAnalysis?.reference_date?.value === '2019-05-08');

  // An edit keeps the date.
  const edited = `${mine} It costs little.`;
  await enterText(page, edited);
  assert.equal(await page.evaluate(() => window.newslens.referenceDate), '2019-05-08');
  assert.equal(await page.isHidden('#replaced'), true);

  // The example replaces it all: notice, date cleared; Undo brings both back.
  const { text: example } = await tryExample(page);
  assert.equal(await page.evaluate(() => window.newslens.referenceDate), null);
  assert.equal(await page.isVisible('#replaced'), true);
  assert.match(await page.textContent('#replaced'), /Replaced your text with the example; the date you set \(2019-05-08\) was cleared/);
  await page.click('#undo-replace');
  await waitForAnalysis(page, edited);
  assert.equal(await page.inputValue('#input'), edited);
  assert.equal(await page.evaluate(() => window.newslens.lastAnalysis.reference_date.value), '2019-05-08');
  assert.equal(await page.isHidden('#replaced'), true);

  // Ctrl+Z does the same, from the text box.
  await tryExample(page);
  await page.focus('#input');
  await page.keyboard.press('Control+z');
  await waitForAnalysis(page, edited);
  assert.equal(await page.evaluate(() => window.newslens.referenceDate), '2019-05-08');

  // Clear is a replacement too.
  await page.click('#clear');
  await page.waitForFunction(() => window.newslens.state === 'empty');
  assert.match(await page.textContent('#replaced'), /Replaced your text with nothing/);
  await page.click('#undo-replace');
  await waitForAnalysis(page, edited);
  assert.ok(example.length > 0);
  assert.deepEqual(errors, []);
});

test('a paste over the whole text clears the date the reader set, with a notice', async () => {
  const { page, errors } = await openPage(env);
  const mine = 'Harbour plan approved\n\nThe council voted on Monday to rebuild the pier.';
  await enterText(page, mine);
  await page.fill('#refdate', '2019-05-08');
  await page.waitForFunction(() => window.newslens.state === 'ready' && window.newslens.lastAnalysis?.reference_date?.value === '2019-05-08');
  const other = 'Bridge reopens\n\nThe bridge reopened on Friday after repairs.';
  await page.focus('#input');
  await page.keyboard.press('Control+a');
  await page.evaluate((text) => {
    const box = /** @type {HTMLTextAreaElement} */ (document.getElementById('input'));
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    box.dispatchEvent(paste);
    // (A synthetic paste inserts nothing: insert as the browser would.)
    box.setRangeText(text, box.selectionStart, box.selectionEnd, 'end');
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, other);
  const analysis = await waitForAnalysis(page, other);
  assert.equal(analysis.reference_date, null);
  assert.match(await page.textContent('#replaced'), /the date you set \(2019-05-08\) was cleared/);
  assert.deepEqual(errors, []);
});

test('the tab’s text and date survive a reload', async () => {
  const { page, errors } = await openPage(env);
  const mine = 'Harbour plan approved\n\nThe council voted on Monday to rebuild the pier.';
  await enterText(page, mine);
  await page.fill('#refdate', '2019-05-08');
  await page.waitForFunction(() => window.newslens.state === 'ready' && window.newslens.lastAnalysis?.reference_date?.value === '2019-05-08');
  await page.reload();
  const analysis = await waitForAnalysis(page, mine);
  assert.equal(await page.inputValue('#input'), mine);
  assert.equal(analysis.reference_date.value, '2019-05-08');
  // Cleared, it stays cleared.
  await page.fill('#input', '');
  await page.waitForFunction(() => window.newslens.state === 'empty');
  await page.reload();
  await page.waitForFunction(() => window.newslens.state === 'empty');
  assert.equal(await page.inputValue('#input'), '');
  assert.deepEqual(errors, []);
});
