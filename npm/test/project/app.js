// A browser app bundled by esbuild (package.test.mjs): the main entry and the worker entry,
// results on window.result for the test to read.
import { analyze, version } from 'newslens';
import * as worker from 'newslens/worker';

const text = await (await fetch('example.txt')).text();
const analysis = analyze(text);
const fromWorker = await worker.analyze(text);
const workerError = await worker.analyze('', null).then(() => null, (err) => err.message);
document.body.textContent = analysis.entities.map((e) => e.name).join(', ');
window.result = { version: version(), analysis, worker: fromWorker, workerError };
