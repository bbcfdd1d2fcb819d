#!/usr/bin/env node
// Assembles the site that is deployed (the GitHub Pages workflow publishes it):
//
//   node scripts/build-site.mjs [--out dist/site]
//
// - www/ (after scripts/build-wasm.sh: it needs www/pkg/), without the TypeScript
//   declarations and the developers' notes (README.md), its JavaScript minified file by file
//   (scripts/minify.mjs: same files, same paths, same imports; nothing bundled), style.css
//   minified too (the same rules, in fewer bytes), index.html without its indentation;
// - dist/newslens.html, the single-file page (scripts/build-single.mjs, built here afresh),
//   as newslens.html: the page's "Download" link;
// - sw.js with its cache VERSION derived from the content: a hash of every file it caches and
//   of its own code. A deploy that changes any of them changes sw.js, so browsers install the
//   new service worker, which caches the new files and deletes the old cache.
// (www/sw.js itself keeps VERSION 'newslens-dev': served from www/ in development.)

import { createHash } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { buildSingle } from './build-single.mjs';
import { minifyCss, minifyJs } from './minify.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const VERSION_LINE = /^const VERSION = '[^']*';/m;
const FILES_LIST = /const FILES = \[([\s\S]*?)\];/;

/** The files sw.js caches (its FILES list), './' being index.html. */
export function cachedFiles(swSource) {
  const list = FILES_LIST.exec(swSource);
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

/**
 * sw.js minified but for its VERSION and FILES: they open the file, one line each, in the
 * shape www/sw.js gives them, so that cachedFiles and stampServiceWorker read the deployed
 * sw.js as they read www/sw.js. It is a classic script, not a module: its top-level names
 * are kept.
 */
async function minifyServiceWorker(source) {
  const files = cachedFiles(source);
  const list = FILES_LIST.exec(source);
  const head = source.slice(0, list.index + list[0].length);
  // Nothing but comments may come before them, or with them: that would be dropped here.
  if ((await minifyJs(head.replace(VERSION_LINE, '').replace(FILES_LIST, ''), { module: false })).trim()) {
    throw new Error('sw.js has code before or between VERSION and FILES');
  }
  const rest = await minifyJs(source.slice(head.length), { module: false });
  return `${VERSION_LINE.exec(source)[0]}\nconst FILES = [${files.map((f) => `'${f}'`).join(', ')}];\n${rest}`;
}

/** Minifies every JavaScript file in `dir` (each an ES module but sw.js), and the style sheets. */
async function minifySite(dir) {
  for (const file of await readdir(dir, { recursive: true })) {
    const path = join(dir, file);
    if (file.endsWith('.css')) await writeFile(path, await minifyCss(await readFile(path, 'utf8')));
    // The markup's indentation: a line break alone is the same white space to HTML (no <pre>).
    if (file.endsWith('.html')) await writeFile(path, (await readFile(path, 'utf8')).replace(/\n\s+/g, '\n'));
    if (!file.endsWith('.js')) continue;
    const source = await readFile(path, 'utf8');
    await writeFile(path, file === 'sw.js' ? await minifyServiceWorker(source) : await minifyJs(source, { module: true }));
  }
}

export async function buildSite({ out = join(ROOT, 'dist', 'site') } = {}) {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await cp(join(ROOT, 'www'), out, { recursive: true, filter: (src) => !/\.(d\.ts|md)$/.test(src) });
  await minifySite(out);
  await buildSingle({ out: join(out, 'newslens.html') });
  const version = await stampServiceWorker(out);
  return { out, version };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const { out, version } = await buildSite(i > 0 ? { out: resolve(process.argv[i + 1]) } : {});
  console.error(`build-site: ${relative(process.cwd(), out) || '.'} (service worker cache ${version})`);
}
