// Builds the npm package `newslens` into target/npm/newslens/ from the page's wasm build
// (www/pkg/, made by scripts/build-wasm.sh: the same optimised module the page ships):
//   core.js, core.d.ts   wasm-bindgen's glue and the generated types, as built for the page
//   wasm.js              the wasm module, base64 (see src/index.js for why it is inlined)
//   index.js, worker.*.js, thread*.js, client.js, serve.js, bytes.js   from npm/src/
//   thread-source.js     thread.browser.js bundled into one classic script, as a string
//   package.json         npm/package.json with the crate's version (Cargo.toml, the one source)
// Usage: node npm/build.mjs [--out DIR]    (then `npm pack` in DIR)

import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'npm/src');
const PKG = join(ROOT, 'www/pkg');
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? process.argv[outArg + 1] : join(ROOT, 'target/npm/newslens');

/** The crate's version, as cargo reads Cargo.toml (the workspace's version, inherited). */
function cargoVersion() {
  const id = execFileSync('cargo', ['pkgid', '-p', 'newslens'], { cwd: ROOT, encoding: 'utf8' }).trim();
  const version = id.match(/[#@]([0-9][^#@]*)$/)?.[1];
  if (!version) throw new Error(`no version in cargo pkgid's ${id}`);
  return version;
}

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });

// The glue, less its default path to a .wasm file beside it: bundlers (Vite, webpack) treat
// `new URL('…wasm', import.meta.url)` as an asset to copy and fail when it is missing, and
// this package never loads the wasm that way (index.js hands initSync the bytes).
const glue = await readFile(join(PKG, 'newslens.js'), 'utf8');
const wasmUrl = "module_or_path = new URL('newslens_bg.wasm', import.meta.url);";
if (!glue.includes(wasmUrl)) throw new Error(`www/pkg/newslens.js no longer has ${wasmUrl}: update npm/build.mjs`);
await writeFile(join(OUT, 'core.js'), glue.replace(wasmUrl,
  "throw new Error('newslens: the wasm is loaded when the package is imported; there is nothing to init');"));
await cp(join(PKG, 'newslens.d.ts'), join(OUT, 'core.d.ts'));

const wasm = await readFile(join(PKG, 'newslens_bg.wasm'));
await writeFile(join(OUT, 'wasm.js'), `// The newslens wasm module (${wasm.length} bytes), base64: see index.js.\nexport const WASM_BASE64 = "${wasm.toString('base64')}";\n`);
await writeFile(join(OUT, 'wasm.d.ts'), 'export const WASM_BASE64: string;\n');

for (const name of await readdir(SRC)) await cp(join(SRC, name), join(OUT, name));
await cp(join(ROOT, 'npm/README.md'), join(OUT, 'README.md'));

// The browser thread as one classic script; its wasm.js reads the base64 that
// worker.browser.js puts before it, so the module is in the package once.
const bundled = await build({
  entryPoints: [join(OUT, 'thread.browser.js')],
  bundle: true,
  write: false,
  format: 'iife',
  minify: true,
  target: 'es2020',
  logLevel: 'error',
  plugins: [{
    name: 'wasm-from-global',
    setup(b) {
      b.onResolve({ filter: /\/wasm\.js$/ }, () => ({ path: 'wasm', namespace: 'newslens' }));
      b.onLoad({ filter: /.*/, namespace: 'newslens' }, () => ({
        contents: 'export const WASM_BASE64 = self.NEWSLENS_WASM_BASE64;',
        loader: 'js',
      }));
    },
  }],
});
const thread = bundled.outputFiles[0].text;
await writeFile(join(OUT, 'thread-source.js'), `// thread.browser.js and the core, bundled by build.mjs (the wasm comes from worker.browser.js).\nexport const THREAD_SOURCE = ${JSON.stringify(thread)};\n`);
await writeFile(join(OUT, 'thread-source.d.ts'), 'export const THREAD_SOURCE: string;\n');

const manifest = JSON.parse(await readFile(join(ROOT, 'npm/package.json'), 'utf8'));
manifest.version = cargoVersion();
await writeFile(join(OUT, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.error(`npm/build: ${OUT} (newslens ${manifest.version})`);
