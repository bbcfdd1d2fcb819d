// The timeline's overview graphic: zooming in narrows the dates shown and relabels the axis
// without overlapping labels, "Show all" restores the whole range, and a focused mark writes
// its date, its sentence and the names in it under the graphic (keyboard: arrows step, + zooms).

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { enterText, openPage, useBrowser } from './harness.mjs';

const env = useBrowser();

// Written for this test.
const ARTICLE = `Harbour council weighs a new ferry line

PORT ELLIS, June 3, 2024 — The harbour council will vote on a new ferry line next month, its chair, Daniel Brandt, said on Monday.

The last ferry to the islands stopped running in 1998, after a storm wrecked the pier.

Engineer Sofia Lindqvist surveyed the old pier in March 2021 and found its pilings sound.

"We have waited long enough," Brandt said. The council expects the first boat in May 2026.`;

/** The overview's shown range and its labels' boxes. */
const axis = (page) => page.locator('.tl-overview').evaluate((s) => ({
  from: s.dataset.from,
  to: s.dataset.to,
  labels: [...s.querySelectorAll('.tick')].map((t) => {
    const r = t.getBoundingClientRect();
    return { text: t.textContent, left: r.left, right: r.right };
  }),
}));

function assertApart(labels) {
  assert.ok(labels.length >= 2, JSON.stringify(labels));
  for (let i = 1; i < labels.length; i++) {
    assert.ok(labels[i].left > labels[i - 1].right, `${labels[i - 1].text} and ${labels[i].text} overlap`);
  }
}

test('the overview zooms in and back out; its labels are recomputed and never overlap', async () => {
  const { page, errors } = await openPage(env);
  await enterText(page, ARTICLE);
  await page.locator('.tl-overview').scrollIntoViewIfNeeded();
  const all = await axis(page);
  assert.match(all.from, /1998/);
  assert.match(all.to, /2026/);
  assertApart(all.labels);
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  await zoomIn.click();
  await zoomIn.click();
  await zoomIn.click();
  const zoomed = await axis(page);
  assert.notDeepEqual([zoomed.from, zoomed.to], [all.from, all.to]);
  assert.ok(Date.parse(zoomed.to) - Date.parse(zoomed.from) < (Date.parse(all.to) - Date.parse(all.from)) / 4, JSON.stringify(zoomed));
  assertApart(zoomed.labels);
  assert.notDeepEqual(zoomed.labels.map((l) => l.text), all.labels.map((l) => l.text));
  // Zoomed in to days: labels are days.
  for (let i = 0; i < 6; i++) await zoomIn.click();
  const days = await axis(page);
  assertApart(days.labels);
  assert.match(days.labels[0].text, /^[A-Z][a-z]{2} \d+ \d{4}$/);
  await page.getByRole('button', { name: 'Show all' }).click();
  assert.deepEqual(await axis(page), all);
  assert.deepEqual(errors, []);
});

test('a focused mark shows its sentence and names; the keyboard steps through the marks and zooms', async () => {
  const { page, errors } = await openPage(env);
  const analysis = await enterText(page, ARTICLE);
  const march = analysis.timexes.find((t) => t.text === 'March 2021');
  assert.ok(march);
  const overview = page.getByRole('group', { name: /^Overview: \d+ dates/ });
  const marks = overview.getByRole('button');
  assert.ok(await marks.count() >= 4);
  // The first mark is the only tab stop; the arrows move through the rest, in date order.
  assert.deepEqual(await marks.evaluateAll((m) => m.map((n) => n.getAttribute('tabindex')).filter((t) => t === '0')), ['0']);
  await marks.first().focus();
  assert.match(await page.textContent('.tl-detail'), /1998/);
  await page.keyboard.press('ArrowRight');
  const detail = await page.textContent('.tl-detail');
  assert.match(detail, /March 2021/);
  assert.match(detail, /surveyed the old pier/);
  assert.match(detail, /Sofia Lindqvist/);
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /March 2021/);
  // + zooms in around the focused mark, which keeps the focus; 0 shows all again.
  const before = await overview.getAttribute('data-from');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  assert.notEqual(await overview.getAttribute('data-from'), before);
  assert.match(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), /March 2021/);
  await page.keyboard.press('0');
  assert.equal(await overview.getAttribute('data-from'), before);
  // User text stays text.
  assert.equal(await page.locator('.tl-detail *:not(b, a)').count(), 0);
  assert.deepEqual(errors, []);
});
