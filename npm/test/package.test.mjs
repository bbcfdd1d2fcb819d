// The npm package as its users get it: `npm pack` of the built package (npm/build.mjs, run
// by `make test-npm` first), the tarball installed into a fresh temporary project, then
//  - a Node script imports `newslens` and `newslens/worker` (project/node-check.mjs);
//  - tsc checks a TypeScript file against the installed types (project/types-check.ts);
//  - an app bundled by esbuild, and a page with a plain <script type="module">, run in
//    headless Chromium, on the main thread and through the worker entry.
// Every analysis of the example article must equal the CLI's (target/release/newslens), and
// show what the example holds: its people, a quote with its speaker, its dateline's date.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

import { launchChromium, TIMEOUT } from '../../tests/browser/harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = join(ROOT, 'target/npm/newslens');
const EXAMPLE = join(ROOT, 'www/example.txt');
const CLI = process.env.NEWSLENS_BIN ?? join(ROOT, 'target/release/newslens');

let project;
let expected;
let cargoVersion;

before(async () => {
  project = await mkdtemp(join(tmpdir(), 'newslens-npm-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', project], { cwd: BUILT, encoding: 'utf8' }).trim().split('\n').pop();
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', `./${tarball}`], { cwd: project, stdio: 'pipe' });
  await cp(fileURLToPath(new URL('project/', import.meta.url)), project, { recursive: true });
  await cp(EXAMPLE, join(project, 'example.txt'));
  expected = JSON.parse(execFileSync(CLI, ['analyze', EXAMPLE, '--offsets', 'utf16'], { encoding: 'utf8' }));
  cargoVersion = execFileSync(CLI, ['--version'], { encoding: 'utf8' }).trim().split(/\s+/).pop();
});

after(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

/** What the example article holds, whoever analysed it (and the same as the CLI). */
function checkExample(analysis, label) {
  assert.deepEqual(analysis, expected, `${label}: equals newslens analyze --offsets utf16`);
  const person = (name) => analysis.entities.find((e) => e.name === name && e.kind === 'person');
  assert.ok(person('Anatoly Antonov')?.titles.includes('Deputy Defense Minister'), label);
  assert.ok(person('Dmitry Rogozin'), label);
  assert.ok(analysis.quotes.some((q) => q.kind === 'direct' && q.speaker_name === 'Dmitry Rogozin'), label);
  assert.equal(analysis.reference_date.value, '2013-04-16', label);
  assert.equal(analysis.reference_date.source, 'text', label);
  const text = expected.reference_date.span.text;
  assert.equal(analysis.reference_date.span.text, text, label);
}

test('Node: the installed package analyses the example on the main thread and in a worker', () => {
  const out = JSON.parse(execFileSync(process.execPath, ['node-check.mjs', EXAMPLE], { cwd: project, encoding: 'utf8', timeout: 60_000 }));
  assert.equal(out.version, cargoVersion);
  assert.equal(out.workerVersion, cargoVersion);
  assert.equal(out.packageVersion, cargoVersion, 'package.json has the crate\'s version');
  checkExample(out.analysis, 'main thread');
  assert.equal(out.sameJson, true);
  checkExample(out.worker, 'worker');
  assert.match(out.mainError, /"2013-02-30" is not a date/);
  assert.match(out.workerError, /the text is empty/);
  checkExample(out.afterError, 'worker, after an error');
});

test('TypeScript: the installed types check a user\'s file', () => {
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom', 'types-check.ts'];
  execFileSync(tsc, args, { cwd: project, stdio: 'pipe' });
  // And a wrong use fails: the check can tell.
  const bad = join(project, 'types-bad.ts');
  return writeFile(bad, "import { analyze } from 'newslens';\nanalyze('x', { referenceDate: 20130416 });\n").then(() => {
    assert.throws(() => execFileSync(tsc, [...args.slice(0, -1), 'types-bad.ts'], { cwd: project, stdio: 'pipe' }));
  });
});

/** Serves the project folder on the loopback. */
function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.txt': 'text/plain; charset=utf-8' };
  const server = createServer(async (req, res) => {
    try {
      const path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function runPage(path) {
  const server = await serve(project);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/${path}`);
    await page.waitForFunction(() => window.result, null, { timeout: TIMEOUT * 2 });
    const result = await page.evaluate(() => window.result);
    const workers = page.workers().length;
    return { result, errors, workers };
  } finally {
    await browser.close();
    server.close();
  }
}

test('Chromium: an app bundled by esbuild, main thread and worker entry', async () => {
  await build({
    entryPoints: [join(project, 'app.js')],
    absWorkingDir: project,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(project, 'dist/app.js'),
    logLevel: 'error',
  });
  await writeFile(join(project, 'bundled.html'), '<!doctype html><meta charset="utf-8"><title>bundled</title><link rel="icon" href="data:,"><script type="module" src="dist/app.js"></script>');
  const { result, errors, workers } = await runPage('bundled.html');
  assert.deepEqual(errors, []);
  assert.equal(workers, 1, 'the worker entry started a Web Worker');
  assert.equal(result.version, cargoVersion);
  checkExample(result.analysis, 'bundled, main thread');
  checkExample(result.worker, 'bundled, worker');
  assert.match(result.workerError, /the text is empty/);
});

test('Chromium: a plain <script type="module"> page, no bundler', async () => {
  const { result, errors } = await runPage('plain.html');
  assert.deepEqual(errors, []);
  checkExample(result.analysis, 'plain page, main thread');
  checkExample(result.worker, 'plain page, worker');
});
