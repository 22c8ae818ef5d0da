// Puente's service worker: after one visit, the whole app (wasm, scripts, styles, the embedded
// course, icons) is served from a cache, so it works with no network at all.
// `cargo xtask dist` fills in BUILD and FILES from the actual build output. Every build gets its
// own cache; a new build waits until the page agrees to reload, so a page never mixes files of
// two builds.
const BUILD = '__PUENTE_BUILD__';
const FILES = __PUENTE_FILES__;
// Cache names carry the registration's scope: two Puente sites on one origin (say /a/ and /b/)
// share the Cache Storage, and each must keep and clean up only its own copies. A space cannot
// occur in a URL, so one scope's prefix never matches a longer scope's.
const PREFIX = 'puente ' + self.registration.scope + ' ';
const CACHE = PREFIX + BUILD;

// A file whose name carries its content's hash can only ever hold that content.
const HASHED = /\.[0-9a-f]{10}\.[a-z]+$/;

self.addEventListener('install', (event) => {
  // 'reload' bypasses the HTTP cache, which could otherwise hand over a file of the previous
  // build (index.html, say) to be stored as part of this one. A hashed file cannot be stale, so
  // it may come from the HTTP cache: the page fetched most of them already, and a first visit on
  // a slow link should not download the engine twice.
  const requests = FILES.map((url) => new Request(url, { cache: HASHED.test(url) ? 'default' : 'reload' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

// Builds before scoped names used 'puente-' + build for every site on the origin; such a cache
// is this site's when it holds this scope's page.
async function isOwnLegacyCache(name) {
  if (!name.startsWith('puente-')) return false;
  const cache = await caches.open(name);
  return !!(await cache.match(self.registration.scope));
}

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    const stale = [];
    for (const name of names) {
      if ((name.startsWith(PREFIX) && name !== CACHE) || await isOwnLegacyCache(name)) stale.push(name);
    }
    await Promise.all(stale.map((name) => caches.delete(name)));
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
    // Every screen is the same page (routes live after the #), so navigations get index.html;
    // the one other page is the frame a page exercise's preview runs in.
    const preview = new URL(request.url).pathname.endsWith('/preview.html');
    const key = request.mode === 'navigate' && !preview ? './' : request;
    const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
    return hit || fetch(request);
  })());
});
