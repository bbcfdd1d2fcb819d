// scripts/serve.mjs: types, caching, no way out of www/ (but for the single-file page), and its
// command line.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { CONTENT_SECURITY_POLICY, DEFAULT_EXTRAS, startServer } from '../../scripts/serve.mjs';

let server;
before(async () => {
  server = await startServer({ port: 0 });
});
after(async () => {
  await server?.close();
});

/** A raw request: `path` goes out exactly as written (fetch would normalise `..`). */
function get(path, method = 'GET') {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves www/ with the right types and no caching', async () => {
  const cases = {
    '/': 'text/html; charset=utf-8',
    '/index.html': 'text/html; charset=utf-8',
    '/app.js': 'text/javascript; charset=utf-8',
    '/worker.js': 'text/javascript; charset=utf-8',
    '/style.css': 'text/css; charset=utf-8',
    '/example.txt': 'text/plain; charset=utf-8',
    '/pkg/newslens.js': 'text/javascript; charset=utf-8',
    '/pkg/newslens_bg.wasm': 'application/wasm',
    '/pkg/newslens.d.ts': 'text/plain; charset=utf-8',
  };
  for (const [path, type] of Object.entries(cases)) {
    const res = await get(path);
    assert.equal(res.status, 200, path);
    assert.equal(res.headers['content-type'], type, path);
    assert.equal(res.headers['cache-control'], 'no-store', path);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', path);
    assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY, path);
    assert.equal(Number(res.headers['content-length']), res.body.length, path);
  }
  const wasm = await get('/pkg/newslens_bg.wasm');
  assert.deepEqual([...wasm.body.subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d]);
  const page = await get('/?query=1#x');
  assert.match(page.body.toString(), /<title>newslens/);
  const head = await get('/example.txt', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
});

test('refuses paths outside www/ and other methods', async () => {
  for (const path of [
    '/../package.json',
    '/../../etc/passwd',
    '/%2e%2e/package.json',
    '/pkg/%2e%2e/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/..%5cpackage.json',
    '/pkg/..%2f..%2fscripts%2fserve.mjs',
    '//etc/passwd',
    '/%00index.html',
    '/%E0%A4%A',
  ]) {
    const res = await get(path);
    assert.ok([400, 403, 404].includes(res.status), `${path} → ${res.status}`);
    assert.doesNotMatch(res.body.toString(), /newslens-www|root:|startServer/, path);
  }
  assert.equal((await get('/nope.html')).status, 404);
  assert.equal((await get('/pkg/')).status, 404);
  const post = await get('/', 'POST');
  assert.equal(post.status, 405);
  assert.equal(post.headers.allow, 'GET, HEAD');
});

test('serves the single-file page from dist/ at /newslens.html, as the deployed site does, and nothing else from outside', async () => {
  assert.deepEqual(Object.keys(DEFAULT_EXTRAS), ['/newslens.html']);
  assert.match(DEFAULT_EXTRAS['/newslens.html'], /[/\\]dist[/\\]newslens\.html$/);
  const dir = await mkdtemp(join(tmpdir(), 'newslens-serve-'));
  const single = join(dir, 'single.html');
  await writeFile(single, '<!doctype html><title>one file</title>');
  const other = await startServer({ port: 0, extras: { '/newslens.html': single } });
  try {
    const res = await fetch(`${other.url}newslens.html`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(await res.text(), '<!doctype html><title>one file</title>');
    assert.equal((await fetch(`${other.url}single.html`)).status, 404);
    assert.equal((await fetch(`${other.url}newslens.html/x`)).status, 404);
  } finally {
    await other.close();
  }
  // Another root gets no extras unless asked.
  const bare = await startServer({ port: 0, root: dir });
  try {
    assert.equal((await fetch(`${bare.url}newslens.html`)).status, 404);
  } finally {
    await bare.close();
  }
});

test('the command line prints where it serves', async () => {
  const script = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));
  const child = spawn(process.execPath, [script, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const line = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(out.split('\n')[0]);
      });
      child.on('exit', (code) => reject(new Error(`exited with ${code}`)));
      setTimeout(() => reject(new Error(`no output: ${out}`)), 10_000).unref();
    });
    const match = /^serving www\/ on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
    assert.ok(match, line);
    const res = await fetch(`${match[1]}/example.txt`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('cache-control'), 'no-store');
  } finally {
    child.kill('SIGTERM');
  }
});
