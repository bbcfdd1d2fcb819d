// Runs analyze() from a built wasm package over a text group N times, in Node, for counting
// instructions (benches/wasm/count.sh). Not a timing: Node's V8 compiles the same wasm code as
// Chromium's, and callgrind counts what it executes.
//
//   node benches/wasm/passes.mjs PKG_DIR N dev|example|long
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [pkg, n, group] = process.argv.slice(2);
const root = fileURLToPath(new URL('../../', import.meta.url));
const m = await import(new URL(`file://${pkg.startsWith('/') ? pkg : `${process.cwd()}/${pkg}`}/newslens.js`).href);
m.initSync({ module: readFileSync(`${pkg}/newslens_bg.wasm`) });
const dev = readFileSync(`${root}tests/fixtures/eval/newsdev.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
function longText() {
  const words = (text) => text.split(/\s+/).filter(Boolean).length;
  const parts = [];
  while (words(parts.join('\n\n')) < 10_000) parts.push(dev[parts.length % dev.length].text);
  return parts.join('\n\n');
}
const texts = {
  dev: dev.map((d) => ({ text: d.text, dct: d.dct })),
  example: [{ text: readFileSync(`${root}www/example.txt`, 'utf8'), dct: '2013-04-16' }],
  // As benches/browser/bench.mjs builds it: dev-set articles joined until 10,000 words.
  long: [{ text: longText(), dct: dev[0].dct }],
}[group];
if (!texts || !(Number(n) >= 0)) throw new Error('usage: passes.mjs PKG_DIR N dev|example|long');
m.analyze('Hello.', null); // the word lists' load, outside the passes
for (let i = 0; i < Number(n); i++) for (const { text, dct } of texts) m.analyze(text, { referenceDate: dct });
