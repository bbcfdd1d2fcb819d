// A Node user's script: both entries of the installed package on the example article.
// Prints {version, analysis, worker, workerError, mainError} as JSON for package.test.mjs.
import { readFileSync } from 'node:fs';
import { analyze, analyzeJson, version } from 'newslens';
import * as worker from 'newslens/worker';

const text = readFileSync(process.argv[2], 'utf8');
const analysis = analyze(text, { offsets: 'utf16' });
const fromJson = JSON.parse(analyzeJson(text));
let mainError = null;
try {
  analyze(text, { referenceDate: '2013-02-30' });
} catch (err) {
  mainError = err.message;
}
const [fromWorker, workerVersion] = await Promise.all([worker.analyze(text), worker.version()]);
const workerError = await worker.analyze('   ').then(() => null, (err) => err.message);
// A rejected call leaves the worker serving: the next one is answered.
const afterError = await worker.analyze(text);
// Nothing terminates the worker: the script must still exit (the idle thread is unref'd).
const { version: packageVersion } = JSON.parse(readFileSync(new URL(import.meta.resolve('newslens/package.json')), 'utf8'));
console.log(JSON.stringify({
  version: version(), packageVersion, workerVersion, analysis, sameJson: JSON.stringify(fromJson) === JSON.stringify(analysis),
  worker: fromWorker, workerError, mainError, afterError,
}));
