#!/usr/bin/env node
// A tiny, dependency-free static file server for the newslens page (www/).
//
//   node scripts/serve.mjs [--port 8000] [--host 127.0.0.1] [--root www]
//
// GET and HEAD only; correct MIME types (the wasm must be application/wasm for streaming
// compilation); no path may escape the root (checked after resolving symlinks); every
// response carries `Cache-Control: no-store`, so a rebuilt www/pkg is picked up on reload.
// The page's own Content-Security-Policy is repeated as a header, so the module worker
// (which does not see the page's <meta> policy) runs under the same rules in development.
//
// The browser tests use `startServer({ port: 0 })`, which resolves to `{ url, port, close() }`.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The default root: www/ next to this script's folder. */
export const DEFAULT_ROOT = fileURLToPath(new URL('../www/', import.meta.url));

/**
 * Files served from outside the default root, as on the deployed site (scripts/build-site.mjs):
 * the single-file page that the page's "Download" link points at (built by `make wasm`).
 */
export const DEFAULT_EXTRAS = { '/newslens.html': fileURLToPath(new URL('../dist/newslens.html', import.meta.url)) };

/** The policy the page declares in its <meta http-equiv="Content-Security-Policy">. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Content types by (lower-case) file extension. */
export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

const FALLBACK_TYPE = 'application/octet-stream';

/** Whether `path` is `root` itself or inside it (both absolute and normalised). */
function isInside(root, path) {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Maps a request URL to a file under `root`, or returns an HTTP status explaining why not.
 * @returns {Promise<{file: string, size: number} | {status: number}>}
 */
async function locate(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { status: 400 };
  let file = resolve(root, '.' + pathname);
  if (!isInside(root, file)) return { status: 403 };
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return { status: 404 };
    // A symlink inside the root must not lead out of it.
    if (!isInside(root, await realpath(file))) return { status: 403 };
    return { file, size: info.size };
  } catch {
    return { status: 404 };
  }
}

const REASONS = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error' };

function commonHeaders() {
  return {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Referrer-Policy': 'no-referrer',
  };
}

function sendError(res, status, extra = {}) {
  const body = `${status} ${REASONS[status] ?? 'Error'}\n`;
  res.writeHead(status, {
    ...commonHeaders(),
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * Starts serving `root` (default www/, with DEFAULT_EXTRAS). `port: 0` picks a free port.
 * @param {{port?: number, host?: string, root?: string, extras?: Record<string, string>}} [options]
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function startServer({ port = 0, host = '127.0.0.1', root = DEFAULT_ROOT, extras } = {}) {
  const realRoot = await realpath(resolve(root));
  extras ??= realRoot === await realpath(DEFAULT_ROOT).catch(() => null) ? DEFAULT_EXTRAS : {};
  const server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, 405, { Allow: 'GET, HEAD' });
      return;
    }
    let found = await locate(realRoot, req.url ?? '/');
    const path = found.status === 404 ? new URL(req.url ?? '/', 'http://localhost').pathname : null;
    if (path && Object.hasOwn(extras, path)) {
      found = await stat(extras[path]).then((info) => (info.isFile() ? { file: extras[path], size: info.size } : found), () => found);
    }
    if ('status' in found) {
      sendError(res, found.status);
      return;
    }
    res.writeHead(200, {
      ...commonHeaders(),
      'Content-Type': MIME_TYPES[extname(found.file).toLowerCase()] ?? FALLBACK_TYPE,
      'Content-Length': found.size,
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(found.file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    port: address.port,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

function parseArgs(argv) {
  const options = { port: 8000, host: '127.0.0.1', root: DEFAULT_ROOT };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--port' || flag === '-p') options.port = Number(value());
    else if (flag === '--host') options.host = value();
    else if (flag === '--root') options.root = value();
    else if (flag === '--help' || flag === '-h') {
      console.log('usage: node scripts/serve.mjs [--port 8000] [--host 127.0.0.1] [--root www]');
      process.exit(0);
    } else {
      throw new Error(`unknown argument: ${argv[i]}`);
    }
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new Error('--port must be a number from 0 to 65535');
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`serve: ${err.message}`);
    process.exit(2);
  }
  const { url, close } = await startServer(options);
  const shownRoot = resolve(options.root) === resolve(DEFAULT_ROOT) ? 'www/' : options.root;
  console.log(`serving ${shownRoot} on ${url.replace(/\/$/, '')}`);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => close().then(() => process.exit(0)));
  }
}
