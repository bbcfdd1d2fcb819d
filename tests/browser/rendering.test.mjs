// The page's renderers with analyses the core does not produce yet: nested and
// crossing spans, full panels, hostile names; plus layout, colour schemes and keyboard focus.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';

import { enterText, openExample, openPage, resultsDir, useBrowser } from './harness.mjs';

const env = useBrowser();

/** Renders `spans` over `text` with the page's own renderer; returns the pane as a bracket string. */
function renderSpans(page, text, spans) {
  return page.evaluate(async ([text, spans]) => {
    const { renderHighlights } = await import('./js/render.js');
    const box = document.createElement('div');
    const result = renderHighlights(box, text, spans);
    // Lines are shown as {…}, marks as [kind:…] (~ marks a continuation).
    const show = (node) =>
      node.nodeType === Node.TEXT_NODE
        ? node.data
        : node.localName === 'div'
          ? `{${[...node.childNodes].map(show).join('')}}`
          : `[${node.dataset.kind}${node.hasAttribute('data-continued') ? '~' : ''}:${[...node.childNodes].map(show).join('')}]`;
    return { ...result, text: box.textContent, tree: [...box.childNodes].map(show).join('') };
  }, [text, spans]);
}

/**
 * For each edit `[at, insert]` of `text`: draws `text` with `spans`, re-renders the edited text
 * over it with `renderHighlightsAsync` (spans after the edit shifted, those it falls inside
 * dropped), counting the elements made, and compares the result with a fresh render.
 */
function rerenderAfterEdits(page, text, spans, edits) {
  return page.evaluate(async ([text, spans, edits]) => {
    const { renderHighlights, renderHighlightsAsync } = await import('./js/render.js');
    const results = [];
    for (const [at, insert] of edits) {
      const edited = text.slice(0, at) + insert + text.slice(at);
      const shifted = spans.filter((s) => s.end <= at || s.start >= at)
        .map((s) => (s.start >= at && insert ? { ...s, start: s.start + insert.length, end: s.end + insert.length } : s));
      const box = document.createElement('div');
      renderHighlights(box, text, spans);
      const before = [...box.children];
      // Only the lines that changed are built: count the elements made.
      const make = document.createElement;
      let made = 0;
      document.createElement = function count(...args) { made++; return make.apply(this, args); };
      try {
        await renderHighlightsAsync(box, edited, shifted);
      } finally {
        document.createElement = make;
      }
      const fresh = document.createElement('div');
      renderHighlights(fresh, edited, shifted);
      results.push({
        same: box.innerHTML === fresh.innerHTML,
        text: box.textContent === edited,
        kept: [...box.children].filter((n) => before.includes(n)).length,
        lines: box.children.length,
        made,
        elements: box.querySelectorAll('*').length,
      });
    }
    return results;
  }, [text, spans, edits]);
}

test('nested and crossing spans nest properly and keep every character', async () => {
  const { page, errors } = await openPage(env);
  const text = 'abcdefghijkl';
  const span = (kind, id, start, end) => ({ kind, id, start, end, text: text.slice(start, end) });
  const out = await renderSpans(page, text, [
    span('timex', 't1', 4, 9), // crosses the quote's end
    span('quote', 'q1', 0, 6),
    span('person', 'e1', 2, 4), // inside the quote
    span('other', 'e2', 9, 10),
    span('place', 'e3', 10, 12),
    span('quote', 'q2', 10, 12), // same extent as e3: the quote goes outside
    { kind: 'person', id: 'e4', start: 5, end: 50, text: 'x' }, // out of range
    { kind: 'person', id: 'e5', start: 1, end: 3, text: 'zz' }, // text does not match
    { kind: 'person', id: 'e6', start: 3, end: 3, text: '' }, // empty
  ]);
  assert.equal(out.text, text);
  assert.equal(out.tree, '{[quote:ab[person:cd][timex:ef]][timex~:ghi][other:j][quote:[place:kl]]}');
  assert.equal(out.skipped, 3);
  assert.equal(out.marks, 7);
  assert.deepEqual(errors, []);
});

test('each line is a block; a span across lines continues on the next line', async () => {
  const { page, errors } = await openPage(env);
  const text = 'ab\n\ncd\ne';
  const out = await renderSpans(page, text, [
    { kind: 'quote', id: 'q1', start: 1, end: 6, text: text.slice(1, 6) },
    { kind: 'person', id: 'e1', start: 4, end: 6, text: 'cd' },
  ]);
  assert.equal(out.text, text);
  assert.equal(out.tree, '{a[quote:b\n]}{[quote~:\n]}{[quote~:[person:cd]]\n}{e}');
  assert.deepEqual(errors, []);
});

test('re-rendering after an edit keeps unchanged lines and equals a fresh render', async () => {
  const { page, errors, text: example } = await openExample(env);
  const spans = await page.evaluate(async () => (await import('./js/render.js')).collectSpans(window.newslens.lastAnalysis));
  const out = await rerenderAfterEdits(page, example, spans,
    [[example.indexOf('Antonov confirmed'), 'Mr. '], [example.indexOf('In Brussels'), 'Breaking.\n\n'], [example.length, ' End.'], [0, '']]);
  for (const r of out) {
    assert.ok(r.same && r.text, JSON.stringify(r));
  }
  // An edit inside one line keeps the others; no edit keeps them all.
  // (here also the lines where the first mention of the entity cut by the edit now is)
  assert.ok(out[0].kept >= out[0].lines - 3, JSON.stringify(out[0]));
  assert.equal(out[3].kept, out[3].lines);
  // Building is skipped for kept lines: no edit builds nothing, a one-line edit a few elements.
  assert.equal(out[3].made, 0, JSON.stringify(out[3]));
  assert.ok(out[0].made > 0 && out[0].made * 4 < out[0].elements, JSON.stringify(out[0]));
  assert.deepEqual(errors, []);
});

test('a line of thousands of characters is drawn as blocks cut after sentence ends; an edit rebuilds only the blocks it touches', async () => {
  const { page, errors } = await openPage(env);
  // An article pasted without line breaks: 400 sentences, ~20,000 characters, one line.
  const words = ['council', 'river', 'budget', 'minister', 'harbour', 'vote', 'school', 'report', 'winter', 'market'];
  const sentences = Array.from({ length: 400 }, (_, i) => `Sentence ${i} says the U.S. ${words[i % 10]} and Mr. Doe's ${words[(i * 7) % 10]} matter${'!?.'[i % 3]}`);
  const text = `${sentences.join(' ')}\nA short line. It stays whole.\n`;
  const at = text.indexOf('Sentence 200 ');
  const spans = [
    { kind: 'quote', id: 'q1', start: text.indexOf('Sentence 10 '), end: text.indexOf('Sentence 90 ') },
    { kind: 'person', id: 'e1', start: at, end: at + 'Sentence 200'.length },
  ];
  const out = await page.evaluate(async ([text, spans]) => {
    const { renderHighlights } = await import('./js/render.js');
    const box = document.createElement('div');
    renderHighlights(box, text, spans);
    // No sentence end at all: cut at spaces.
    const run = `${'word '.repeat(2000)}\n`;
    const plain = document.createElement('div');
    renderHighlights(plain, run, []);
    return {
      text: box.textContent === text, blocks: [...box.children].map((n) => n.textContent),
      continued: box.querySelectorAll('mark[data-kind="quote"][data-continued]').length,
      plain: [...plain.children].map((n) => n.textContent.length), plainText: plain.textContent === run,
    };
  }, [text, spans]);
  // An edit in the middle, then one at the end of the long line.
  const results = await rerenderAfterEdits(page, text, spans, [[at, 'Breaking: '], [text.indexOf('\nA short'), ' The end.']]);
  assert.equal(out.text, true);
  const long = out.blocks.slice(0, -1);
  assert.equal(out.blocks.at(-1), 'A short line. It stays whole.\n');
  assert.ok(long.length >= 5, `${long.length} blocks`);
  for (const block of long.slice(0, -1)) {
    assert.match(block, /[a-z][.!?] $/, 'a block ends after a sentence end, not after "U.S." or "Mr."');
    assert.ok(block.length <= 3100, `${block.length} characters`);
  }
  // The quote crosses blocks: it goes on in a continued mark in each.
  assert.ok(out.continued >= 1);
  for (const r of results) {
    assert.ok(r.same && r.text, JSON.stringify(r));
    // Only the touched block (and its neighbours, should a cut move) is built again.
    assert.ok(r.kept >= r.lines - 3 && r.made >= 1 && r.made <= 3 * 4, JSON.stringify(r));
  }
  assert.equal(out.plainText, true);
  assert.ok(out.plain.length >= 4 && out.plain.every((n) => n <= 3001), JSON.stringify(out.plain));
  assert.deepEqual(errors, []);
});

test('random overlapping spans never lose or reorder text', async () => {
  const { page, errors } = await openPage(env);
  const failures = await page.evaluate(async () => {
    const { renderHighlights } = await import('./js/render.js');
    let seed = 42;
    const random = (n) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const alphabet = ['a', 'b', ' ', '\n', 'é', '😀', '東', '👍🏽', '<', '&'];
    const kinds = ['person', 'organization', 'place', 'other', 'quote', 'timex'];
    const failures = [];
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = 1 + random(40);
      while (text.length < length) text += alphabet[random(alphabet.length)];
      const spans = [];
      for (let i = random(12); i > 0; i--) {
        let start = random(text.length);
        let end = start + 1 + random(text.length - start);
        // Keep surrogate pairs whole, as the core does.
        if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start--;
        if (/[\uDC00-\uDFFF]/.test(text[end] ?? '')) end++;
        spans.push({ kind: kinds[random(kinds.length)], id: `s${i}`, start, end, text: text.slice(start, end) });
      }
      const box = document.createElement('div');
      const { skipped } = renderHighlights(box, text, spans);
      const joined = new Map();
      for (const mark of box.querySelectorAll('mark')) {
        const key = `${mark.dataset.id}|${mark.dataset.start}|${mark.dataset.end}`;
        joined.set(key, (joined.get(key) ?? '') + mark.textContent);
      }
      const wrong = spans.filter((s) => joined.get(`${s.id}|${s.start}|${s.end}`) !== s.text);
      if (box.textContent !== text || skipped !== 0 || wrong.length) failures.push({ text, spans, wrong });
    }
    return failures;
  });
  assert.deepEqual(failures.slice(0, 2), []);
  assert.deepEqual(errors, []);
});

/** A full analysis of the example, as the finished core might produce it (offsets found by search). */
function syntheticAnalysis(text) {
  const at = (needle, from = 0) => {
    const start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`not in the example: ${needle}`);
    return { start, end: start + needle.length, text: needle };
  };
  const all = (needle) => {
    const spans = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
      spans.push({ start: i, end: i + needle.length, text: needle });
    }
    return spans;
  };
  const quote1 = at('"We regret that the United States waste their money on missile defense and compel us to do the same,"');
  const quote2 = at('"The missile shield is nothing for us, it’s a bluff. It poses no military threat, but remains a political and economic problem."');
  const day = (d) => ({ from: d, to: d });
  return {
    schema: 1,
    offsets: 'utf16',
    reference_date: { value: '2013-04-16', source: 'text', span: at('April 16, 2013') },
    entities: [
      { id: 'e1', kind: 'person', name: 'Anatoly Antonov', titles: ['Deputy Defense Minister'], mentions: [at('Anatoly Antonov'), at('Antonov', at('according to').end)] },
      { id: 'e2', kind: 'person', name: 'Dmitry Rogozin', titles: ['Deputy Prime Minister'], mentions: all('Rogozin') },
      { id: 'e3', kind: 'organization', name: 'ITAR-Tass', titles: [], mentions: all('ITAR-Tass') },
      { id: 'e4', kind: 'place', name: 'United States', titles: [], mentions: all('United States') },
      { id: 'e5', kind: 'place', name: 'Moscow', titles: [], mentions: all('Moscow') },
      { id: 'e6', kind: 'other', name: '<img src=x onerror="window.__pwned=1">', titles: ['<b>bold</b>'], mentions: [] },
    ],
    quotes: [
      { id: 'q1', kind: 'direct', start: quote1.start, end: quote2.end, text: text.slice(quote1.start, quote2.end), fragments: [quote1, quote2], speaker: 'e2', speaker_name: 'Dmitry Rogozin', speaker_mention: null, cue: null },
      { id: 'q2', kind: 'mixed', ...at('Rogozin said his government is still opposed to U.S. antimissile plans in Europe as they are "provocative" and "excessive by nature."'), fragments: [], speaker: 'e2', speaker_name: 'Rogozin', speaker_mention: null, cue: null },
      { id: 'q3', kind: 'indirect', ...at('Moscow, though, has said it still has serious reservations'), fragments: [], speaker: null, speaker_name: null, speaker_mention: null, cue: null },
    ],
    timexes: [
      { id: 't1', ...at('Tuesday'), type: 'date', value: '2013-04-16', mod: null, range: day('2013-04-16') },
      { id: 't2', ...at('April 30'), type: 'date', value: '2013-04-30', mod: null, range: day('2013-04-30') },
      { id: 't3', ...at('Monday'), type: 'date', value: '2013-04-15', mod: null, range: day('2013-04-15') },
      { id: 't4', ...at('last month'), type: 'date', value: '2013-03', mod: null, range: { from: '2013-03-01', to: '2013-03-31' } },
      { id: 't5', ...at('the end of the month'), type: 'date', value: '2013-04', mod: 'END', range: { from: '2013-04-21', to: '2013-04-30' } },
      { id: 't6', ...at('April 16, 2013'), type: 'date', value: '2013-04-16', mod: null, range: day('2013-04-16') },
      { id: 't7', ...at('has said'), type: 'date', value: 'PAST_REF', mod: null, range: null },
    ],
    timeline: [
      { timex: 't4', range: { from: '2013-03-01', to: '2013-03-31' }, event: at('decision last month to cancel plans'), entities: ['e4'] },
      { timex: 't3', range: day('2013-04-15'), event: at('visit to Moscow'), entities: ['e5'] },
      { timex: 't2', range: day('2013-04-30'), event: at('lead the bilateral discussions'), entities: ['e1', 'e9'] },
    ],
  };
}

test('panels list entities by kind, quotes and a dated timeline; names stay text', async () => {
  const { page, errors, text: example } = await openExample(env);
  const analysis = syntheticAnalysis(example);
  // Render the synthetic analysis into the real page with the page's renderers.
  const result = await page.evaluate(async ([text, analysis]) => {
    const render = await import('./js/render.js');
    const panels = await import('./js/panels.js');
    const { renderTimelinePanel } = await import('./js/timeline.js');
    const { statusSummary } = await import('./js/status.js');
    const all = (parts) => (a) => parts(a).flatMap((p) => [p.build()].flat());
    const PANELS = { entities: all(panels.entityParts), quotes: all(panels.quoteParts), timeline: renderTimelinePanel };
    const out = render.renderHighlights(document.getElementById('article'), text, render.collectSpans(analysis));
    for (const body of document.querySelectorAll('[data-panel]')) body.replaceChildren(...PANELS[body.dataset.panel](analysis));
    document.getElementById('status').textContent = statusSummary(analysis, 0.42);
    return out;
  }, [example, analysis]);
  assert.equal(result.skipped, 0);
  assert.equal(await page.textContent('#article'), example);
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('.panels img, .panels b').count(), 0);

  // Entities: grouped by kind, most prominent first (mentions + 2 × quotes), with counts.
  const entities = page.getByRole('region', { name: 'People, organisations, places' });
  assert.deepEqual(await entities.locator('h3').allTextContents(), ['People 2', 'Organisations 1', 'Places 2', 'Other names 1']);
  const people = await entities.locator('section[data-kind="person"] li').evaluateAll((items) => items.map((li) => li.dataset.id));
  assert.deepEqual(people, ['e2', 'e1'], 'Rogozin (quoted twice) before Antonov');
  const count = (id) => analysis.entities.find((e) => e.id === id).mentions.length;
  const places = await entities.locator('section[data-kind="place"] li').evaluateAll((items) => items.map((li) => li.dataset.id));
  const first = (id) => Math.min(...analysis.entities.find((e) => e.id === id).mentions.map((m) => m.start));
  assert.deepEqual(places, ['e4', 'e5'].sort((a, b) => count(b) - count(a) || first(a) - first(b)));
  const rogozin = entities.locator('li[data-id="e2"]');
  const mentions = count('e2');
  assert.ok(mentions >= 2);
  assert.equal(await rogozin.locator('.entity').textContent(), `Dmitry RogozinDeputy Prime Minister${mentions} mentions2 quotes`);
  assert.equal(await entities.locator('li[data-id="e1"] .entity').textContent(), 'Anatoly AntonovDeputy Defense Minister2 mentions');
  assert.equal(await entities.locator('li[data-id="e6"] .entity-name').textContent(), '<img src=x onerror="window.__pwned=1">');

  // Quotes: grouped by speaker (name and title), kinds told apart, each linked to the text.
  const quotes = page.getByRole('region', { name: 'Quotes' });
  assert.equal(await quotes.locator('li').count(), 3);
  assert.deepEqual(await quotes.locator('h3').allTextContents(), ['Dmitry RogozinDeputy Prime Minister2', 'Unattributed1']);
  const cards = await quotes.locator('li.quote').evaluateAll((items) => items.map((li) => [li.dataset.id, li.querySelector('.badge').textContent]));
  assert.deepEqual(cards, [['q1', 'Direct'], ['q2', 'Mixed'], ['q3', 'Reported']]);
  // A quote split around its attribution shows both fragments, without the attribution.
  const q1 = analysis.quotes[0];
  assert.equal(await quotes.locator('li[data-id="q1"] blockquote').textContent(), `${q1.fragments[0].text} … ${q1.fragments[1].text}`);
  assert.equal(await quotes.locator('li[data-id="q1"] a').getAttribute('href'), '#mark-q1');
  const styles = await quotes.locator('li.quote blockquote').evaluateAll((items) => items.map((b) => getComputedStyle(b).borderLeftStyle));
  assert.deepEqual(styles, ['solid', 'dashed', 'dotted']);
  // The quote's own marks are its text's: the card adds none (it once showed ““Go,”” doubled).
  const added = await quotes.locator('li.quote blockquote').evaluateAll((items) => items.flatMap((b) =>
    ['::before', '::after'].map((p) => getComputedStyle(b, p).content)));
  assert.ok(added.every((c) => c === 'none' || c === 'normal'), added.join(' '));
  // A quote in two fragments is two marks with one id.
  assert.equal(await page.locator('#article mark[data-kind="quote"][data-id="q1"]').count(), 2);
  // Mentions inside quotes are nested in them.
  assert.ok(await page.locator('#article mark[data-kind="quote"] mark[data-kind="person"]').count() >= 1);

  // Timeline: in order, split at the published date, the undated apart.
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const order = await timeline.locator('li').evaluateAll((items) => items.map((li) => `${li.dataset.id}:${li.dataset.phase ?? 'undated'}`));
  assert.deepEqual(order, ['t4:past', 't3:past', 't1:present', 't5:future', 't2:future', 't7:undated']);
  assert.equal(await timeline.locator('.tl-now h3').textContent(), 'Published Apr 16, 2013');
  assert.equal(await timeline.locator('.tl-now h3 a').getAttribute('data-goto'), 't6');
  assert.deepEqual(await timeline.locator('h3').allTextContents(),
    ['Before publication', 'Published Apr 16, 2013', 'After publication', 'Undated or relative']);
  assert.match(await timeline.locator('li[data-id="t2"]').textContent(), /lead the bilateral discussions\s*Anatoly Antonov, e9/);
  // The TIMEX3 value only on hover: the list reads as dates and words.
  assert.match(await timeline.locator('li[data-id="t5"] a.expression').getAttribute('title'), /2013-04 END/);
  assert.equal(await timeline.locator('.value').count(), 0);
  assert.equal(await timeline.locator('li[data-id="t4"] time').textContent(), 'March 2013');
  assert.equal(await timeline.locator('li[data-id="t4"] time').getAttribute('datetime'), '2013-03-01');
  assert.equal(await timeline.locator('li[data-id="t2"] time').textContent(), 'Apr 30, 2013');
  assert.match(await timeline.locator('li[data-id="t7"]').textContent(), /some time in the past/);
  // The drawn overview: one mark per dated entry (the date line included), a "published" line.
  const overview = timeline.locator('svg.tl-overview');
  assert.equal(await overview.locator('.mark').count(), 6);
  assert.equal(await overview.locator('.now-label').textContent(), 'published');
  assert.match(await overview.getAttribute('aria-label'), /2 before and 2 after the publication date/);
  const xs = await overview.evaluate((svg) => {
    const nowX = Number(svg.querySelector('.now-line').getAttribute('x1'));
    const x = (m) => Number(m.getAttribute('cx') ?? m.getAttribute('x'));
    return { nowX, past: [...svg.querySelectorAll('.mark[data-phase="past"]')].map(x), future: [...svg.querySelectorAll('.mark[data-phase="future"]')].map(x) };
  });
  assert.ok(xs.past.every((x) => x < xs.nowX) && xs.future.every((x) => x > xs.nowX), JSON.stringify(xs));

  await page.screenshot({ path: join(await resultsDir(), 'page-synthetic.png'), fullPage: true });
  assert.deepEqual(errors, []);
});

test('a speaker found from a pronoun or the quote before is marked uncertain; a named one is not', async () => {
  const { page, errors } = await openPage(env);
  const analysis = await enterText(page, '"The harbour will open in May," Anna Weber said on Monday. ' +
    '"It is ready," she added.\n\n"We waited long enough. Ten years is a long time."');
  const quotes = page.getByRole('region', { name: 'Quotes' });
  const marked = await quotes.locator('li.quote').evaluateAll((items) =>
    items.map((li) => [li.querySelector('blockquote').textContent, !!li.querySelector('.uncertain')]));
  const sure = Object.fromEntries(analysis.quotes.map((q) => [q.text, q.speaker_confidence]));
  assert.deepEqual(marked, [['"The harbour will open in May,"', false], ['"It is ready,"', true], ['"We waited long enough. Ten years is a long time."', true]],
    JSON.stringify(sure));
  assert.deepEqual(errors, []);
});

test('panels sit beside the article on wide screens and below it on narrow ones', async () => {
  for (const [width, beside] of [[1280, true], [390, false]]) {
    const { page, context, errors } = await openExample(env, { viewport: { width, height: 800 } });
    const article = await page.locator('.reading').boundingBox();
    const panels = await page.locator('.panels').boundingBox();
    if (beside) assert.ok(panels.x >= article.x + article.width, `${width}px: panels to the right`);
    else assert.ok(panels.y >= article.y + article.height, `${width}px: panels below`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${width}px: no horizontal scrolling`);
    if (!beside) await page.screenshot({ path: join(await resultsDir(), 'page-narrow.png'), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('dark colour scheme', async () => {
  const { page, errors } = await openExample(env, { colorScheme: 'dark' });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 120, `dark background, got ${background}`);
  await page.screenshot({ path: join(await resultsDir(), 'page-example-dark.png'), fullPage: true });
  assert.deepEqual(errors, []);
});

test('keyboard: focus is visible, and a focused date shows its value', async () => {
  const { page, errors } = await openExample(env);

  await page.locator('#try-example').focus();
  await page.keyboard.press('Tab');
  const clear = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return { id: document.activeElement.id, outline: style.outlineStyle, width: style.outlineWidth };
  });
  assert.equal(clear.id, 'open-file');
  assert.equal(clear.outline, 'solid');
  assert.notEqual(clear.width, '0px');

  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.matches('#article mark[data-kind="timex"]'));
  }
  assert.ok(reached, 'a date in the article can be reached with Tab');
  const shown = await page.evaluate(() => ({
    value: document.activeElement.dataset.value,
    after: getComputedStyle(document.activeElement, '::after').content,
    outline: getComputedStyle(document.activeElement).outlineStyle,
  }));
  assert.equal(shown.after, JSON.stringify(shown.value));
  assert.equal(shown.outline, 'solid');
  assert.deepEqual(errors, []);
});

test('undated expressions read as words', async () => {
  const { page, errors } = await openPage(env);
  const words = await page.evaluate(async () => {
    const { undatedDescription } = await import('./js/timeline.js');
    return [
      ['date', 'XXXX-WXX-2'], ['date', 'XXXX-10-12'], ['date', 'XXXX-10'], ['date', 'XXXX-Q3'], ['date', 'XXXX-SU'],
      ['date', 'XXXX-WXX'], ['date', 'XXXX-XX-XX'], ['time', 'XXXX-XX-XXT15:00'], ['time', 'XXXX-WXX-5TNI'],
      ['set', 'XXXX-WXX-1'], ['set', 'P1W'], ['set', 'P2Y'], ['duration', 'P3D'], ['date', 'PAST_REF'],
    ].map(([type, value]) => undatedDescription({ type, value }));
  });
  assert.deepEqual(words, [
    'a Tuesday, date unknown', 'October 12, year unknown', 'October, year unknown', 'the third quarter, year unknown',
    'summer, year unknown', 'a week, date unknown', 'a day, date unknown', 'a day at 15:00, date unknown',
    'a Friday night, date unknown', 'every Monday', 'every week', 'every 2 years', 'lasting 3 days', 'some time in the past',
  ]);
  assert.deepEqual(errors, []);
});

test('on a phone a sticky bar jumps to the article and each panel, with counts; on desktop the timeline spans the page', async () => {
  {
    const { page, context, analysis, errors } = await openExample(env, { viewport: { width: 390, height: 844 } });
    const bar = page.getByRole('navigation', { name: 'Jump to' });
    assert.equal(await bar.isVisible(), true);
    assert.deepEqual(await bar.locator('a').allTextContents(), [
      'Article', `People ${analysis.entities.length}`, `Quotes ${analysis.quotes.length}`, `Timeline ${analysis.timexes.length}`]);
    await bar.getByRole('link', { name: /^Timeline/ }).click();
    await page.waitForFunction(() => Math.abs(document.getElementById('timeline-panel').getBoundingClientRect().top) < 120);
    // Still there, at the top, after the jump.
    const top = await bar.boundingBox();
    assert.ok(top.y >= 0 && top.y < 2, `the bar at ${top.y}`);
    const heading = await page.locator('#timeline-panel h2').boundingBox();
    assert.ok(heading.y >= top.y + top.height - 1, 'the heading is not under the bar');
    assert.deepEqual(errors, []);
    await context.close();
  }
  {
    const { page, context, errors } = await openExample(env, { viewport: { width: 1400, height: 900 } });
    assert.equal(await page.getByRole('navigation', { name: 'Jump to' }).isVisible(), false);
    const timeline = await page.locator('#timeline-panel').boundingBox();
    const article = await page.locator('.reading').boundingBox();
    const panels = await page.locator('.panels').boundingBox();
    assert.ok(Math.abs(timeline.x - article.x) < 2, 'starts under the article');
    assert.ok(Math.abs(timeline.x + timeline.width - (panels.x + panels.width)) < 2, 'ends under the panels');
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the timeline overview keeps close dates apart: no mark covers another', async () => {
  const { page, errors } = await openPage(env);
  const text = 'Harbour works\nMarch 9, 2016\n\nWork began on March 1, 2016, paused on March 2, 2016 and resumed on ' +
    'March 3, 2016. Inspections followed on March 4, 2016 and March 5, 2016. The whole of March 2016 was wet, ' +
    'and the pier reopens on April 2, 2016.';
  await enterText(page, text);
  const boxes = await page.$$eval('#timeline-panel svg.tl-overview .mark', (marks) => marks.map((m) => {
    const r = m.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  }));
  assert.ok(boxes.length >= 7, `${boxes.length} marks`);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      assert.ok(!overlap, `marks ${i} and ${j} overlap: ${JSON.stringify([a, b])}`);
    }
  }
  assert.deepEqual(errors, []);
});
