// @ts-check
// The worker_threads thread of `newslens/worker` in Node (started by worker.node.js).
import { parentPort } from 'node:worker_threads';
import { answer } from './serve.js';

parentPort?.on('message', (request) => parentPort?.postMessage(answer(request)));
