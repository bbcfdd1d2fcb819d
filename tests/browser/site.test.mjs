// The deployed site (scripts/build-site.mjs, published by .github/workflows/pages.yml): www/
// plus the single-file page behind the page's "Download" link, with the service worker's
// cache VERSION derived from the content, so that a deploy that changes any cached file
// installs a new service worker that caches the new files and deletes the old cache.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { startServer } from '../../scripts/serve.mjs';
import { buildSite, contentVersion, stampServiceWorker } from '../../scripts/build-site.mjs';
import { launchChromium, resultsDir, TIMEOUT } from './harness.mjs';

let site;
let server;
let browser;
before(async () => {
  site = await buildSite({ out: join(await resultsDir(), 'site') });
  server = await startServer({ port: 0, root: site.out });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const swVersion = async () => /^const VERSION = '([^']+)';/m.exec(await readFile(join(site.out, 'sw.js'), 'utf8'))[1];

test('the service worker cache is named after a hash of the content, the same for the same files', async () => {
  assert.match(site.version, /^newslens-[0-9a-f]{16}$/);
  assert.equal(await swVersion(), site.version);
  assert.equal(await contentVersion(site.out), site.version, 'stamping does not change the hash');
  const again = await buildSite({ out: join(await resultsDir(), 'site-again') });
  assert.equal(again.version, site.version);
});

test('the page links to the single-file build, which the site serves', async () => {
  const context = await browser.newContext();
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  await page.goto(server.url);
  const link = page.getByRole('link', { name: 'Download newslens as one file' });
  assert.equal(await link.getAttribute('href'), 'newslens.html');
  assert.equal(await link.getAttribute('download'), '');
  const response = await page.request.get(`${server.url}newslens.html`);
  assert.equal(response.status(), 200);
  const single = await response.text();
  assert.match(single, /script-src 'sha256-/);
  assert.doesNotMatch(single, /id="download"/, 'the single file has no link to itself');
  assert.equal(single, await readFile(join(site.out, 'newslens.html'), 'utf8'));
  await context.close();
});

test('a deploy that changes a file installs a new service worker, caching the new file and dropping the old cache', async () => {
  const context = await browser.newContext();
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(server.url);
  await page.waitForFunction(() => window.newslens?.version, null, { timeout: TIMEOUT });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: TIMEOUT });
  const first = site.version;
  assert.deepEqual(await page.evaluate(() => caches.keys()), [first]);

  // The next deploy: one cached file changed.
  await appendFile(join(site.out, 'example.txt'), '\nA later edition.\n');
  const second = await stampServiceWorker(site.out);
  assert.notEqual(second, first);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  // The new worker installs (caching every file), activates and deletes the old cache.
  const deadline = Date.now() + TIMEOUT;
  let keys;
  while (JSON.stringify(keys = await page.evaluate(() => caches.keys())) !== JSON.stringify([second]) && Date.now() < deadline) {
    await page.waitForTimeout(100);
  }
  assert.deepEqual(keys, [second]);
  const cached = await page.evaluate((v) => caches.open(v).then((c) => c.match('/example.txt')).then((r) => r.text()), second);
  assert.match(cached, /A later edition\.\n$/);
  assert.deepEqual(errors, []);
  await context.close();
});
