// @ts-check
// The main-thread side of `newslens/worker`: the core's API, each call a promise answered by
// a thread that starts on the first call and is kept for the next. Shared by the browser's and
// Node's entries, which differ only in how they start a thread (worker.browser.js,
// worker.node.js). A thread that dies fails the calls in flight with its message, and the next
// call starts a new one.

/**
 * @param {(events: import('./protocol').ThreadEvents) => import('./protocol').Thread} spawn
 */
export function createClient(spawn) {
  /** @type {import('./protocol').Thread | null} */
  let thread = null;
  let nextId = 1;
  /** @type {Map<number, {resolve: (value: string) => void, reject: (error: Error) => void}>} */
  const pending = new Map();

  /** @param {string} message */
  function failAll(message) {
    thread = null;
    const calls = [...pending.values()];
    pending.clear();
    for (const call of calls) call.reject(new Error(message));
  }

  /** @param {import('./protocol').Reply} reply */
  function settle(reply) {
    const call = pending.get(reply.id);
    if (!call) return;
    pending.delete(reply.id);
    if (pending.size === 0) thread?.idle(true);
    if (reply.error !== undefined) call.reject(new Error(reply.error));
    else call.resolve(reply.value);
  }

  /**
   * @param {import('./protocol').Request['method']} method
   * @param {string} [text]
   * @param {import('./core.js').AnalyzeOptions | null} [options]
   * @returns {Promise<string>}
   */
  function call(method, text, options) {
    return new Promise((resolve, reject) => {
      const id = nextId++;
      thread ??= spawn({ reply: settle, fail: failAll });
      pending.set(id, { resolve, reject });
      thread.idle(false);
      try {
        thread.post({ id, method, text, options });
      } catch (err) {
        // Options that cannot be cloned (a function, say) fail this call only.
        pending.delete(id);
        if (pending.size === 0) thread.idle(true);
        reject(err);
      }
    });
  }

  return {
    /** @type {(text: string, options?: import('./core.js').AnalyzeOptions | null) => Promise<import('./core.js').Analysis>} */
    analyze: (text, options) => call('analyze', text, options).then((json) => JSON.parse(json)),
    /** @type {(text: string, options?: import('./core.js').AnalyzeOptions | null) => Promise<string>} */
    analyzeJson: (text, options) => call('analyzeJson', text, options),
    /** @type {() => Promise<string>} */
    version: () => call('version'),
    /** Stops the thread; calls in flight fail, and a later call starts a new thread. */
    terminate() {
      const t = thread;
      failAll('newslens/worker: terminated');
      t?.terminate();
    },
  };
}
