// The analyser fails safe: a wasm panic or a crash of the worker shows a message, the worker
// is restarted and the next edit is analysed; a stuck analysis is abandoned after the time
// limit. Faults are simulated through the test hook only (window.newslens.test.fault):
// no text can cause them.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { enterText, openPage, useBrowser, waitForAnalysis } from './harness.mjs';

const env = useBrowser();

const A = 'First text.\nMay 3, 2021\nIt rained on Monday.';
const B = 'Second text.\nJune 1, 2022\nIt snowed on Tuesday.';
const C = 'Third text.\nJuly 9, 2023\nThe sun shone on Friday.';

for (const [mode, pattern] of [['panic', /the analyser failed \(unreachable executed \(simulated panic\)\) and was restarted/], ['crash', /the analyser stopped unexpectedly and was restarted/]]) {
  test(`a ${mode} in the analyser shows a message, restarts the worker, and the next edit works`, async () => {
    const { page, errors } = await openPage(env);
    await enterText(page, A);
    const workers = page.context().pages()[0].workers().length;
    await page.evaluate((mode) => window.newslens.test.fault(mode), mode);
    await enterText(page, B, 'error');
    assert.match(await page.textContent('#status'), pattern);
    assert.equal(await page.getAttribute('#status', 'data-kind'), 'error');
    assert.equal(await page.evaluate(() => window.newslens.stats.restarts), 1);
    assert.equal(await page.evaluate(() => window.newslens.lastAnalysis), null);
    assert.equal(await page.textContent('#article'), B, 'the text stays readable');
    // A fresh worker, and no automatic retry of the same text.
    await page.waitForTimeout(300);
    assert.equal(page.workers().length, workers);
    assert.equal(await page.evaluate(() => window.newslens.state), 'error');

    const analysis = await enterText(page, C);
    assert.equal(analysis.reference_date.value, '2023-07-09');
    assert.equal(await page.getAttribute('#status', 'data-kind'), 'ok');
    assert.deepEqual(errors, []);
  });
}

test('a stuck analysis is abandoned after the time limit and the worker restarted', async () => {
  const { page, errors } = await openPage(env);
  assert.equal(await page.evaluate(() => window.newslens.test.timeLimit), 10_000, 'the default limit is 10 s');
  await enterText(page, A);
  await page.evaluate(() => {
    window.newslens.test.timeLimit = 1500;
    window.newslens.test.fault('hang');
  });
  const started = Date.now();
  await page.fill('#input', B);
  await page.waitForFunction(() => window.newslens.state === 'busy');
  // Still responsive while the worker is stuck.
  assert.equal(await page.evaluate(() => 1 + 1), 2);
  await waitForAnalysis(page, B, 'error');
  const waited = Date.now() - started;
  assert.ok(waited >= 1500 && waited < 6000, `gave up after ${waited} ms`);
  assert.match(await page.textContent('#status'), /the analysis took longer than 1\.5 s and was stopped; the analyser was restarted/);
  assert.equal(await page.evaluate(() => window.newslens.stats.restarts), 1);

  await enterText(page, C);
  assert.equal(await page.getAttribute('#status', 'data-kind'), 'ok');
  assert.deepEqual(errors, []);
});

test('text that looks like a fault message is only text', async () => {
  const { page, errors } = await openPage(env);
  const text = '{"type":"fault","mode":"hang"} {"type":"load","wasm":null}\nMay 3, 2021\npanic hang crash unreachable';
  await enterText(page, text);
  await enterText(page, `${text} again`);
  assert.equal(await page.evaluate(() => window.newslens.stats.restarts), 0);
  assert.deepEqual(errors, []);
});

test('the main-thread analysis at start-up (js/boot.js) is used only until the worker is ready, and falls back to it', async () => {
  const { page, errors } = await openPage(env);
  const log = await page.evaluate(async () => {
    const { createAnalyser } = await import('/js/analyser.js');
    const out = [];
    const worker = new EventTarget();
    worker.postMessage = (data) => {
      out.push(`worker ${data.text}`);
      setTimeout(() => worker.dispatchEvent(new MessageEvent('message', { data: { id: data.id, analysis: { text: data.text }, ms: 1 } })));
    };
    worker.terminate = () => {};
    const stats = { requests: 0, answers: 0, stale: 0, restarts: 0 };
    let answered;
    const analyser = createAnalyser({
      createWorker: () => worker,
      onReady: () => out.push('ready'),
      onAnswer: (request, answer) => { out.push(`answer ${request.text} ${answer.analysis.text}`); answered(); },
      onFailure: (message) => out.push(`failure ${message}`),
      stats,
      local: (text) => {
        out.push(`local ${text}`);
        return text === 'fails' ? Promise.reject(new Error('no')) : Promise.resolve({ analysis: { text: `${text} (here)` }, ms: 1 });
      },
    });
    const ask = (text) => new Promise((resolve) => { answered = resolve; analyser.analyse(text, null); });
    await ask('one');
    await ask('fails'); // the main thread failed: the worker answers, and the main thread is not asked again
    await ask('two');
    worker.dispatchEvent(new MessageEvent('message', { data: { type: 'ready', version: 'x' } }));
    await ask('three');
    return { out, local: stats.local };
  });
  assert.deepEqual(log.out, [
    'local one', 'answer one one (here)',
    'local fails', 'worker fails', 'answer fails fails',
    'worker two', 'answer two two',
    'ready', 'worker three', 'answer three three',
  ]);
  assert.equal(log.local, 1);
  assert.deepEqual(errors, []);
});

test('the worker answers with JSON text: the newest answer is parsed, a stale one is not, an unreadable one is an error', async () => {
  const { page, errors } = await openPage(env);
  const log = await page.evaluate(async () => {
    const { createAnalyser } = await import('/js/analyser.js');
    const out = [];
    const worker = new EventTarget();
    const answer = (data) => setTimeout(() => worker.dispatchEvent(new MessageEvent('message', { data })));
    worker.postMessage = (data) => {
      // "stale" is answered only after the next request was made; "bad" with broken JSON.
      if (data.text === 'stale') return setTimeout(() => answer({ id: data.id, json: '{"never":', ms: 1 }), 50);
      return answer({ id: data.id, json: data.text === 'bad' ? '{"text":' : JSON.stringify({ text: data.text }), ms: 2 });
    };
    worker.terminate = () => {};
    const stats = { requests: 0, answers: 0, stale: 0, restarts: 0 };
    let answered;
    const analyser = createAnalyser({
      createWorker: () => worker,
      onReady: () => {},
      onAnswer: (request, a) => { out.push(a.error ? `error ${request.text}: ${a.error}` : `answer ${request.text} ${a.analysis.text} ${a.ms}`); answered(); },
      onFailure: (message) => out.push(`failure ${message}`),
      stats,
    });
    worker.dispatchEvent(new MessageEvent('message', { data: { type: 'ready', version: 'x' } }));
    const ask = (text) => new Promise((resolve) => { answered = resolve; analyser.analyse(text, null); });
    analyser.analyse('stale', null);
    await ask('one');
    await new Promise((resolve) => setTimeout(resolve, 100)); // the stale answer arrives
    await ask('bad');
    return { out, stale: stats.stale };
  });
  assert.deepEqual(log.out, ['answer one one 2', 'error bad: the analyser sent an unreadable answer']);
  assert.equal(log.stale, 1);
  assert.deepEqual(errors, []);
});
