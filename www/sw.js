// @ts-check
/// <reference lib="webworker" />
// Service worker: keeps the page usable offline. On install it caches the files below (the
// whole page); requests for them go to the network first (so a new build is picked up at
// once) and fall back to the cache when offline. Activating a new VERSION deletes the caches
// of older ones; the deployed site's VERSION is a hash of these files and of this code
// (scripts/build-site.mjs), so each deploy that changes them installs afresh. Only same-origin
// GETs of these files are handled; nothing else is cached, and no request goes elsewhere.

const VERSION = 'newslens-dev';
const FILES = [
  './',
  'index.html',
  'style.css',
  'app.js',
  'worker.js',
  'example.txt',
  'js/boot.js',
  'js/util.js',
  'js/render.js',
  'js/panels.js',
  'js/timeline.js',
  'js/export.js',
  'js/correct.js',
  'js/corrections.js',
  'js/input.js',
  'js/compose.js',
  'js/selection.js',
  'js/status.js',
  'js/views.js',
  'js/jumpbar.js',
  'js/analyser.js',
  'js/core-server.js',
  'pkg/newslens.js',
  'pkg/newslens_bg.wasm',
];
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const URLS = new Set(FILES.map((file) => new URL(file, sw.registration.scope).href));

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(FILES)).then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('newslens-') && key !== VERSION).map((key) => caches.delete(key))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (request.method !== 'GET' || !URLS.has(url.href)) return;
  event.respondWith((async () => {
    const cache = await caches.open(VERSION);
    try {
      const response = await fetch(request);
      if (response.ok) event.waitUntil(cache.put(url.href, response.clone()));
      return response;
    } catch (err) {
      const cached = await cache.match(url.href);
      if (cached) return cached;
      throw err;
    }
  })());
});
