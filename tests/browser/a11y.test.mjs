// Accessibility and presentation: axe-core finds no serious or critical violation in the
// light and dark themes (with the example analysed and an entity selected), panels are
// labelled regions, the layout holds from 375 px to wide screens, the print stylesheet keeps
// the article and findings only; and the screenshots of the example (desktop and phone, both
// themes) are written to test-results/.

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { openExample, resultsDir, useBrowser, ROOT } from './harness.mjs';

const env = useBrowser();
let axeSource;
before(async () => {
  axeSource = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
});

/** Runs axe-core in the page (evaluated through the debugging protocol, which the CSP allows). */
async function axe(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe: no serious or critical violations (${colorScheme})`, async () => {
    const { page, analysis, errors } = await openExample(env, { colorScheme });
    let violations = await axe(page);
    assert.deepEqual(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), []);
    // With an entity selected and a date focused.
    await page.locator(`#entities-panel button[data-select="${analysis.entities[0].id}"]`).click();
    await page.locator('#article mark[data-kind="timex"]').first().focus();
    violations = await axe(page);
    assert.deepEqual(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), []);
    assert.deepEqual(errors, []);
  });
}

test('panels are labelled regions; controls have names; Tab reaches every panel button', async () => {
  const { page, errors } = await openExample(env);
  for (const name of ['People, organisations, places', 'Quotes', 'Timeline']) {
    assert.equal(await page.getByRole('region', { name, exact: true }).count(), 1, name);
  }
  assert.equal(await page.getByRole('group', { name: 'Take away' }).count(), 1);
  assert.equal(await page.getByRole('img', { name: /^Overview: \d+ dates/ }).count(), 1);
  const unnamed = await page.$$eval('button, a[href], input, textarea', (nodes) =>
    nodes.filter((n) => !n.hidden && !(n.getAttribute('aria-label') || n.textContent.trim() || n.labels?.length)).map((n) => n.outerHTML));
  assert.deepEqual(unnamed, []);
  // Keyboard: from the article box, Tab eventually reaches an entity button with a visible focus ring.
  await page.locator('#input').focus();
  let reached = null;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => (document.activeElement?.matches('#entities-panel button') ? getComputedStyle(document.activeElement).outlineStyle : null));
  }
  assert.equal(reached, 'solid');
  assert.deepEqual(errors, []);
});

test('layout from 375 px to 1920 px: no horizontal scrolling, panels below or beside', async () => {
  for (const width of [375, 768, 1024, 1920]) {
    const { page, context, errors } = await openExample(env, { viewport: { width, height: 800 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${width}px: no horizontal scrolling`);
    const article = await page.locator('.reading').boundingBox();
    const panels = await page.locator('.panels').boundingBox();
    if (width >= 960) assert.ok(panels.x >= article.x + article.width, `${width}px: panels beside`);
    else assert.ok(panels.y >= article.y + article.height, `${width}px: panels below`);
    // Nothing sticks out of its card.
    const wide = await page.$$eval('.card *', (nodes) => nodes.filter((n) => n.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((n) => n.className));
    assert.deepEqual(wide, [], `${width}px`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('print: the article and findings, without the controls', async () => {
  const { page, errors } = await openExample(env);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['#compose', '.legend', '.takeaway']) assert.equal(await page.locator(hidden).isVisible(), false, hidden);
  for (const shown of ['#article', '#entities-panel', '#quotes-panel', '#timeline-panel']) assert.equal(await page.locator(shown).isVisible(), true, shown);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('#compose').isVisible(), true);
  assert.deepEqual(errors, []);
});

test('screenshots of the example: desktop and phone, light and dark', async () => {
  const dir = await resultsDir();
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 740 }]]) {
    for (const colorScheme of ['light', 'dark']) {
      const { page, context, errors } = await openExample(env, { viewport, colorScheme });
      const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      assert.equal(dark, colorScheme === 'dark');
      // Panels off screen are laid out only when a reader scrolls near them (content-visibility:
      // auto), and a full-page screenshot does not scroll: show them as a reader would see them.
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('#quotes-panel, #timeline-panel')) el.style.contentVisibility = 'visible';
      });
      const timeline = await page.locator('#timeline-panel').boundingBox();
      assert.ok(timeline.height > 100, `the timeline is drawn (${timeline.height} px)`);
      assert.ok(await page.locator('#timeline-panel .tl-item').count() > 5);
      await page.screenshot({ path: join(dir, `example-${device}-${colorScheme}.png`), fullPage: true });
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});
