#!/usr/bin/env node
// Builds dist/newslens.html: the whole page in one self-contained file that opens by
// double-click (file://) and works with no server and no network.
//
//   node scripts/build-single.mjs [--out dist/newslens.html]
//
// - The ES modules of www/ are bundled by a tiny bundler made for this code base: each module
//   becomes a function scope returning its exports; `import {a} from './x.js'` becomes
//   `const {a} = <x's exports>`, and `import('./x.js')` (a module loaded on first use) becomes
//   `Promise.resolve(<x's exports>)` (only the import and export forms www/ uses are accepted).
// - The wasm, the example and the worker's own bundle are embedded as base64 data blocks
//   (<script type="application/octet-stream">, never executed). The page starts a worker
//   from a Blob URL and sends it the wasm; where a worker cannot start, the analysis runs on
//   the main thread (same protocol, js/core-server.js).
// - Its Content-Security-Policy allows only its own inline script and style, by hash (no
//   'unsafe-inline'), wasm compilation, and blob: workers; nothing may be fetched at all.
// - The page script and the worker's bundle are minified after bundling (scripts/minify.mjs),
//   as the bundler's line patterns need www/'s modules as written.
//
// Run by `make wasm` after scripts/build-wasm.sh (it needs www/pkg/).

import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { minifyJs } from './minify.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WWW = join(ROOT, 'www');

/** Parses one module: its imports, its exported names, its body without import/export syntax. */
function parseModule(file, source) {
  const imports = [];
  let body = source.replace(/^import\s+([\s\S]*?)\s+from\s+'([^']+)';[ \t]*$/gm, (_, what, from) => {
    imports.push({ what: what.trim(), path: resolve(dirname(file), from) });
    return '';
  });
  if (/^\s*import[\s('"]/m.test(body)) throw new Error(`${file}: an import form the bundler does not know`);
  // A module loaded on first use (`import('./x.js')`) is bundled too: the import resolves to it.
  const lazy = [];
  body = body.replace(/\bimport\('(\.[^']+)'\)/g, (_, from) => {
    lazy.push(resolve(dirname(file), from));
    return `Promise.resolve(\0${lazy.length - 1}\0)`;
  });
  const exports = [];
  body = body.replace(/^export\s+(async\s+function\*?|function\*?|const|let|class)\s+([A-Za-z_$][\w$]*)/gm, (_, kind, name) => {
    exports.push([name, name]);
    return `${kind} ${name}`;
  });
  body = body.replace(/^export\s*\{([^}]*)\};?[ \t]*$/gm, (_, list) => {
    for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [local, as = local] = item.split(/\s+as\s+/);
      exports.push([as, local]);
    }
    return '';
  });
  if (/^export\s/m.test(body)) throw new Error(`${file}: an export form the bundler does not know`);
  body = body.replaceAll('import.meta.url', 'location.href');
  // (replacement strings are literal here: no `$` patterns reach String.replace)
  return { file, imports, lazy, exports, body };
}

/** Converts `init, { a, b as c }` / `{ a }` / `* as ns` into a destructuring pattern or a name. */
function importPattern(what) {
  const ns = /^\*\s+as\s+([\w$]+)$/.exec(what);
  if (ns) return ns[1];
  const m = /^(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\})?$/.exec(what);
  if (!m) throw new Error(`unknown import: ${what}`);
  const parts = [];
  if (m[1]) parts.push(`default: ${m[1]}`);
  for (const item of (m[2] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const [name, as] = item.split(/\s+as\s+/);
    parts.push(as ? `${name}: ${as}` : name);
  }
  return `{ ${parts.join(', ')} }`;
}

/** Bundles `entries` (and what they import) into one classic script. */
async function bundle(entries, prefix = '') {
  const modules = new Map();
  const order = [];
  const visit = async (file) => {
    if (modules.has(file)) return;
    modules.set(file, null);
    const mod = parseModule(file, await readFile(file, 'utf8'));
    for (const dep of [...mod.imports.map((i) => i.path), ...mod.lazy]) await visit(dep);
    modules.set(file, mod);
    order.push(mod);
  };
  for (const entry of entries) await visit(entry);
  const id = (file) => `__nl_${relative(WWW, file).replace(/[^\w]/g, '_')}`;
  const chunks = order.map((mod) => {
    const head = mod.imports.map((dep) => `const ${importPattern(dep.what)} = ${id(dep.path)};`).join('\n');
    const tail = `return { ${mod.exports.map(([as, local]) => (as === local ? local : `${as}: ${local}`)).join(', ')} };`;
    const body = mod.body.replace(/\0(\d+)\0/g, (_, i) => id(mod.lazy[Number(i)]));
    return `// ${relative(ROOT, mod.file)}\nconst ${id(mod.file)} = (() => {\n${head}\n${body}\n${tail}\n})();\n`;
  });
  return { code: `${prefix}${chunks.join('\n')}`, id };
}

/**
 * Runs in the page before app.js: sets `NEWSLENS_EMBED` from the data blocks (see app.js).
 * Stringified into the bundle; it may only use its arguments and browser globals.
 */
function embedPrelude(core, createCoreServer, createInlineWorker) {
  const block = (id) => document.getElementById(id).textContent.trim();
  const bytes = (b64) => (Uint8Array.fromBase64 ? Uint8Array.fromBase64(b64) : Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
  const wasm = bytes(block('nl-wasm'));
  const workerSource = new TextDecoder().decode(bytes(block('nl-worker')));
  const inline = () => {
    const worker = createInlineWorker((post) => createCoreServer({
      load: (w) => core.default({ module_or_path: w }), analyze: core.analyzeJson, version: core.version, post,
    }));
    worker.postMessage({ type: 'load', wasm });
    return worker;
  };
  const embed = {
    example: new TextDecoder().decode(bytes(block('nl-example'))),
    mode: null,
    createWorker() {
      try {
        const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
        const worker = new Worker(url, { name: 'newslens' });
        worker.postMessage({ type: 'load', wasm: wasm.slice() });
        embed.mode = 'worker';
        return worker;
      } catch {
        embed.mode = 'main-thread';
        return inline();
      }
    },
  };
  globalThis.NEWSLENS_EMBED = embed;
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function checkInline(name, text) {
  if (/<\/script|<!--/i.test(text)) throw new Error(`${name} contains </script or <!--; it cannot be inlined as it is`);
}

export async function buildSingle({ out = join(ROOT, 'dist', 'newslens.html') } = {}) {
  const [html, css, example, wasm] = await Promise.all([
    readFile(join(WWW, 'index.html'), 'utf8'),
    readFile(join(WWW, 'style.css'), 'utf8'),
    readFile(join(WWW, 'example.txt')),
    readFile(join(WWW, 'pkg', 'newslens_bg.wasm')),
  ]);

  const worker = await bundle([join(WWW, 'worker.js')], 'globalThis.NEWSLENS_EMBEDDED = true;\n');
  // A classic worker (started from a Blob URL with no `type`).
  const workerCode = await minifyJs(worker.code, { module: false });
  const glue = join(WWW, 'pkg', 'newslens.js');
  const server = join(WWW, 'js', 'core-server.js');
  const analyser = join(WWW, 'js', 'analyser.js');
  const main = await bundle([glue, server, analyser]);
  const app = await bundle([join(WWW, 'app.js')]);
  // The app's modules are bundled apart, after the prelude has set NEWSLENS_EMBED.
  // Inlined as <script type="module">; minified before it is hashed for the CSP.
  const script = await minifyJs([
    '{',
    main.code,
    `(${embedPrelude})(${main.id(glue)}, ${main.id(server)}.createCoreServer, ${main.id(analyser)}.createInlineWorker);`,
    '}\n{',
    app.code,
    '}',
  ].join('\n'), { module: true });
  checkInline('the page script', script);
  checkInline('the style sheet', css);

  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)} 'wasm-unsafe-eval'`,
    `style-src ${sha256(css)}`,
    'img-src data:',
    'worker-src blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  let page = html
    .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
    .replace(/^\s*<link rel="(stylesheet|modulepreload|preload)"[^>]*>\n/gm, '')
    .replace(/^\s*<script type="module"[^>]*\ssrc="[^"]+"><\/script>\n/gm, '')
    // (the page's link to download this very file)
    .replace(/^\s*<p id="download">.*<\/p>\n/m, '');
  if (/<link rel="(stylesheet|modulepreload|preload)"|<script[^>]*src=/.test(page) || !page.includes(csp)) throw new Error('index.html is not shaped as expected');
  const data = (id, type, content) => `<script type="${type}" id="${id}">${content.toString('base64')}</script>\n`;
  page = page
    .replace('</head>', () => `<style>${css}</style>\n</head>`)
    .replace('</body>', () => [
      data('nl-wasm', 'application/octet-stream', wasm),
      data('nl-worker', 'application/octet-stream', Buffer.from(workerCode)),
      data('nl-example', 'application/octet-stream', example),
      `<script type="module">${script}</script>\n`,
      '</body>',
    ].join(''));
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, page);
  return { out, bytes: Buffer.byteLength(page), csp };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const { out, bytes } = await buildSingle(i > 0 ? { out: resolve(process.argv[i + 1]) } : {});
  console.error(`build-single: ${relative(process.cwd(), out)} ${bytes} bytes`);
}
