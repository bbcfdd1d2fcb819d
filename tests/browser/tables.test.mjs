// Text pasted from tables and lists: short capitalised tokens with no sentence break, 2 MB of
// them (the page's limit), one after another in the same page. Name finding once took
// quadratic time on such runs (100 KB of state codes: 15 s), so the analyser's 10 s time limit
// stopped it and the reader got an error instead of an analysis; and a whole run taken for one
// name of 2 MB, repeated in every highlight block's title, crashed the page on the next paste.
// Each shape must now come back as an analysis.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPage, useBrowser } from './harness.mjs';

const env = useBrowser();

/** [name, unit]: each unit is repeated to just under 2 MB. */
const SHAPES = [
  ['two-letter codes', 'AK AL AZ CA CO CT DE FL '],
  ['capitalised pairs', 'Aa Bb Cc Dd Ee Ff Gg Hh '],
  ['one capitalised word', 'Xyz '],
  ['initials', 'X. '],
  ['honorific and name', 'Mr Xx '],
];

test('2 MB of a table or a list is analysed within the time limit', async () => {
  const { page, errors } = await openPage(env);
  for (const [name, unit] of SHAPES) {
    const length = await page.evaluate((u) => {
      const box = /** @type {HTMLTextAreaElement} */ (document.getElementById('input'));
      box.value = u.repeat(Math.floor((2 * 1024 * 1024 - 1) / u.length));
      box.dispatchEvent(new Event('input', { bubbles: true }));
      return box.value.length;
    }, unit);
    assert.ok(length > 2_000_000, `${name}: ${length} characters`);
    // An answer for this very text, an analysis or an error (the time limit is 10 s).
    await page.waitForFunction(
      () => ['ready', 'error'].includes(window.newslens.state)
        && window.newslens.lastText === /** @type {HTMLTextAreaElement} */ (document.getElementById('input')).value,
      null,
      { timeout: 60_000 },
    );
    const result = await page.evaluate(() => ({
      state: window.newslens.state,
      error: window.newslens.lastError,
      entities: window.newslens.lastAnalysis?.entities,
    }));
    assert.equal(result.state, 'ready', `${name}: ${result.error}`);
    assert.ok(Array.isArray(result.entities), `${name}: no analysis`);
    // No name is a whole column of the table.
    assert.ok(result.entities.every((e) => e.name.length < 1000), `${name}: a name of a table's length`);
  }
  assert.deepEqual(errors, []);
});
