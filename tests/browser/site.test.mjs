// The deployed site (scripts/build-site.mjs, published by .github/workflows/pages.yml): www/
// with its JavaScript minified, plus the single-file page behind the page's "Download" link,
// with the service worker's cache VERSION derived from the content, so that a deploy that
// changes any cached file installs a new service worker that caches the new files and deletes
// the old cache. The other browser tests serve www/ as written; these serve the built site.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { startServer } from '../../scripts/serve.mjs';
import { buildSite, cachedFiles, contentVersion, stampServiceWorker } from '../../scripts/build-site.mjs';
import { enterText, launchChromium, loadCore, openPage, resultsDir, tryExample, TIMEOUT, WWW } from './harness.mjs';

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

test('the JavaScript is minified file by file, and the service worker caches exactly the page\'s files', async () => {
  const files = (await readdir(site.out, { recursive: true })).filter((f) => /\.(js|wasm|css|html|txt)$/.test(f) && f !== 'newslens.html');
  const js = files.filter((f) => f.endsWith('.js'));
  assert.ok(js.length >= 16, 'app.js, worker.js, sw.js, js/*.js, pkg/newslens.js');
  // Import specifiers, static and dynamic.
  const imports = (code) => [...code.matchAll(/\bimport\s*(?:[^'"()]*?\bfrom\s*)?\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]).sort();
  for (const file of js) {
    const [source, deployed] = await Promise.all([readFile(join(WWW, file), 'utf8'), readFile(join(site.out, file), 'utf8')]);
    assert.ok(deployed.length < source.length * 0.8, `${file}: ${deployed.length} of ${source.length} bytes`);
    assert.deepEqual(imports(deployed), imports(source), `${file}: the same imports, to the same paths (nothing bundled)`);
  }
  assert.ok(imports(await readFile(join(site.out, 'app.js'), 'utf8')).includes('./js/analyser.js'));
  const sw = await readFile(join(site.out, 'sw.js'), 'utf8');
  assert.deepEqual(cachedFiles(sw), cachedFiles(await readFile(join(WWW, 'sw.js'), 'utf8')));
  assert.deepEqual(cachedFiles(sw).filter((f) => f !== './').sort(), files.filter((f) => f !== 'sw.js').sort(),
    'sw.js caches every file deployed (but itself), and only those');
});

test('the deployed page analyses the example and an edited text, as the core does', async () => {
  const { page, context, errors, consoleErrors, requests } = await openPage({ browser, url: server.url });
  const { text: example, analysis } = await tryExample(page);
  const core = await loadCore();
  assert.deepEqual(analysis, core.analyze(example, { offsets: 'utf16' }));
  assert.equal(await page.textContent('#article'), example);
  assert.ok(await page.locator('#timeline-panel .tl-item').count() >= 1);
  const text = 'Storm hits coast\nMay 3, 2021\nThe storm hit on Monday, Mayor Jane Doe said.';
  const edited = await enterText(page, text);
  assert.deepEqual(edited, core.analyze(text, { offsets: 'utf16' }));
  // The minified modules were the ones loaded, the worker's among them.
  for (const file of ['app.js', 'worker.js', 'js/boot.js', 'js/analyser.js', 'pkg/newslens.js', 'pkg/newslens_bg.wasm']) {
    assert.ok(requests.includes(`${server.url}${file}`), `${file} was loaded`);
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(consoleErrors, []);
  await context.close();
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
