// The little of Node's API that worker.node.js and thread.node.js use, for `tsc` without
// @types/node (the repo does not install it).
declare module 'node:worker_threads' {
  export class Worker {
    constructor(url: URL);
    on(event: 'message', listener: (value: any) => void): this;
    on(event: 'error', listener: (err: Error) => void): this;
    on(event: 'exit', listener: (code: number) => void): this;
    postMessage(value: unknown): void;
    ref(): void;
    unref(): void;
    terminate(): Promise<number>;
  }
  export const parentPort: null | {
    on(event: 'message', listener: (value: any) => void): void;
    postMessage(value: unknown): void;
  };
}
