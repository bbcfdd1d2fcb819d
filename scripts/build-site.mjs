#!/usr/bin/env node
// Assembles the site that is deployed (the GitHub Pages workflow publishes it):
//
//   node scripts/build-site.mjs [--out dist/site]
//
// - www/ as it is (after scripts/build-wasm.sh: it needs www/pkg/), without the TypeScript
//   declarations and the developers' notes (README.md);
// - dist/newslens.html, the single-file page (scripts/build-single.mjs, built here afresh),
//   as newslens.html: the page's "Download" link;
// - sw.js with its cache VERSION derived from the content: a hash of every file it caches and
//   of its own code. A deploy that changes any of them changes sw.js, so browsers install the
//   new service worker, which caches the new files and deletes the old cache.
// (www/sw.js itself keeps VERSION 'newslens-dev': served from www/ in development.)

import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildSingle } from './build-single.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const VERSION_LINE = /^const VERSION = '[^']*';/m;

/** The files sw.js caches (its FILES list), './' being index.html. */
export function cachedFiles(swSource) {
  const list = /const FILES = \[([\s\S]*?)\];/.exec(swSource);
  if (!list || !VERSION_LINE.test(swSource)) throw new Error('sw.js is not shaped as expected (VERSION, FILES)');
  return [...list[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

/** The cache version for the site in `dir`: a hash of the cached files and of sw.js's code. */
export async function contentVersion(dir) {
  const sw = await readFile(join(dir, 'sw.js'), 'utf8');
  const hash = createHash('sha256').update(sw.replace(VERSION_LINE, ''));
  for (const file of cachedFiles(sw).filter((f) => f !== './').sort()) {
    hash.update(`\0${file}\0`).update(await readFile(join(dir, file)));
  }
  return `newslens-${hash.digest('hex').slice(0, 16)}`;
}

/** Writes the content version into `dir`/sw.js; returns it. */
export async function stampServiceWorker(dir) {
  const version = await contentVersion(dir);
  const file = join(dir, 'sw.js');
  const sw = await readFile(file, 'utf8');
  await writeFile(file, sw.replace(VERSION_LINE, `const VERSION = '${version}';`));
  return version;
}

export async function buildSite({ out = join(ROOT, 'dist', 'site') } = {}) {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await cp(join(ROOT, 'www'), out, { recursive: true, filter: (src) => !/\.(d\.ts|md)$/.test(src) });
  await buildSingle({ out: join(out, 'newslens.html') });
  const version = await stampServiceWorker(out);
  return { out, version };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const { out, version } = await buildSite(i > 0 ? { out: resolve(process.argv[i + 1]) } : {});
  console.error(`build-site: ${relative(process.cwd(), out) || '.'} (service worker cache ${version})`);
}
