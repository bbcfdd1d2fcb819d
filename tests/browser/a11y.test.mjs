// Accessibility and presentation: axe-core finds no serious or critical violation in the
// light and dark themes (with the example analysed and an entity selected), panels are
// labelled regions, the layout holds from 375 px to wide screens, the print stylesheet keeps
// the article and findings only; and the screenshots of the example (desktop and phone, both
// themes) are written to test-results/.

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { openExample, openPage, resultsDir, useBrowser, ROOT } from './harness.mjs';
import { worst } from './cvd.mjs';

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

for (const colorScheme of ['light', 'dark']) {
  test(`axe: the corrections' dialog, notice and "Add as" bar (${colorScheme})`, async () => {
    const { page, analysis, errors } = await openExample(env, { colorScheme });
    const serious = async () => (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    await page.locator(`button[data-fix="${analysis.entities[0].id}"]`).click();
    await page.getByRole('dialog').waitFor();
    assert.equal(await page.getByRole('dialog').getAttribute('aria-labelledby'), 'fix-title');
    assert.deepEqual(await serious(), []);
    await page.getByRole('dialog').getByRole('button', { name: 'Change kind' }).click();
    await page.getByRole('status').filter({ hasText: 'Corrected:' }).waitFor();
    await page.waitForFunction(() => document.querySelector('#entities-panel .fixed'));
    await page.locator('#input').evaluate((box) => { box.focus(); box.setSelectionRange(0, 5); });
    await page.keyboard.press('Shift+ArrowRight');
    await page.getByRole('group', { name: 'Add the selected text' }).waitFor();
    assert.deepEqual(await serious(), []);
    assert.deepEqual(errors, []);
  });
}

test('panels are labelled regions; controls have names; Tab reaches every panel button', async () => {
  const { page, errors } = await openExample(env);
  for (const name of ['People, organisations, places', 'Quotes', 'Timeline']) {
    assert.equal(await page.getByRole('region', { name, exact: true }).count(), 1, name);
  }
  assert.equal(await page.getByRole('group', { name: 'Take away' }).count(), 1);
  assert.equal(await page.getByRole('group', { name: /^Overview: \d+ dates/ }).count(), 1);
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

// The kinds' colours, as the page computes them, must stay apart for readers with each
// colour-vision deficiency (simulated): the underlines (and swatches) of the four kinds of
// name and of dates by ΔE ≥ 15, their light backgrounds by ΔE ≥ 4 (the old palette: 6.2 and
// 0.8, person and organisation under protanopia). Kinds also show as words ("Labels").
for (const colorScheme of ['light', 'dark']) {
  test(`highlight colours differ for colour-blind readers too (${colorScheme})`, async () => {
    const { page, errors } = await openPage(env, { colorScheme });
    const kinds = ['person', 'organization', 'place', 'other', 'timex'];
    const colours = await page.evaluate((kinds) => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const read = (v) => {
        probe.style.color = `var(${v})`;
        const [r, g, b, a = 1] = getComputedStyle(probe).color.match(/[\d.]+/g).map(Number);
        return { r, g, b, a };
      };
      const surface = read('--surface');
      const out = {};
      for (const k of kinds) {
        const line = read(`--${k}`);
        const bg = read(`--${k}-bg`);
        // A translucent background as drawn on the card.
        const over = (c, s) => Math.round(s + (c - s) * bg.a);
        out[k] = { line: [line.r, line.g, line.b], bg: [over(bg.r, surface.r), over(bg.g, surface.g), over(bg.b, surface.b)] };
      }
      probe.remove();
      return out;
    }, kinds);
    const hexOf = ([r, g, b]) => `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    const lines = worst(Object.fromEntries(kinds.map((k) => [k, hexOf(colours[k].line)])));
    assert.ok(lines.min >= 15, `underlines ${JSON.stringify(lines)}`);
    const bgs = worst(Object.fromEntries(kinds.map((k) => [k, hexOf(colours[k].bg)])));
    assert.ok(bgs.min >= 4, `backgrounds ${JSON.stringify(bgs)}`);
    assert.deepEqual(errors, []);
  });
}

test('the legend’s Labels toggle names each highlight’s kind, in CSS only', async () => {
  const { page, analysis, errors } = await openExample(env);
  const person = analysis.entities.find((e) => e.kind === 'person');
  const mark = page.locator(`#article mark[data-kind="person"]`).first();
  const label = () => mark.evaluate((m) => getComputedStyle(m, '::after').content);
  assert.equal(await label(), 'none');
  await page.click('#labels-toggle');
  assert.equal(await page.getAttribute('#labels-toggle', 'aria-pressed'), 'true');
  assert.equal(await label(), '"PERSON"');
  assert.equal(await page.locator('#article mark[data-kind="place"]').first().evaluate((m) => getComputedStyle(m, '::after').content), '"PLACE"');
  // The labels are not text: the article copies as written.
  assert.ok(!(await page.textContent('#article')).includes('PERSON'));
  // A hidden kind hides its label too.
  await page.click('.legend .toggle[data-kind="person"]');
  assert.equal(await label(), 'none');
  await page.click('#labels-toggle');
  assert.ok(person);
  assert.deepEqual(errors, []);
});
