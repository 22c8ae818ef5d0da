// Puente's service worker: after one visit, the whole app (wasm, scripts, styles, the embedded
// course, icons) is served from a cache, so it works with no network at all.
// `cargo xtask dist` fills in BUILD and FILES from the actual build output. Every build gets its
// own cache; a new build waits until the page agrees to reload, so a page never mixes files of
// two builds.
const BUILD = '__PUENTE_BUILD__';
const FILES = __PUENTE_FILES__;
const CACHE = 'puente-' + BUILD;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('puente-') && n !== CACHE).map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every screen is the same page (routes live after the #), so navigations get index.html.
    const key = request.mode === 'navigate' ? './' : request;
    const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    return hit || fetch(request);
  })());
});
