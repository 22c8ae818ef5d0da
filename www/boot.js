// Starts the app. A file of its own rather than an inline script: the Content-Security-Policy
// allows no inline script at all.
//
// A first visit is usually on a slow link, so this file decides what crosses it, and when:
// - the app's wasm and the built-in course are requested at once, side by side;
// - when the server sends files uncompressed (a plain static server), their gzip copies (which
//   `cargo xtask dist` writes next to them) are fetched instead and unpacked here, about a third
//   of the bytes;
// - the editor's code waits until a page shows an editor, or until the grading engine is ready.

// The colour scheme, before anything is drawn: the learner's choice (the header's switch keeps
// it in localStorage), else the system's, followed live until a choice is made.
(() => {
  const root = document.documentElement;
  let chosen = null;
  try { chosen = localStorage.getItem('puente-theme'); } catch { /* storage off: follow the system */ }
  if (chosen === 'dark' || chosen === 'light') {
    root.dataset.theme = chosen;
    return;
  }
  const system = window.matchMedia?.('(prefers-color-scheme: dark)');
  const follow = () => { root.dataset.theme = system?.matches ? 'dark' : 'light'; };
  follow();
  // Once the learner picks a scheme the page sets it itself; the system no longer decides.
  const picked = () => { try { return localStorage.getItem('puente-theme'); } catch { return null; } };
  system?.addEventListener?.('change', () => { if (!picked()) follow(); });
})();

// A server that compresses sent this page with fewer bytes than it has. From the service
// worker's cache (a later visit) every file is at hand, so nothing needs to be unpacked.
const page = performance.getEntriesByType('navigation')[0];
const unpackHere = !navigator.serviceWorker?.controller
  && typeof DecompressionStream === 'function'
  && !!page && page.decodedBodySize > 0 && page.encodedBodySize >= page.decodedBodySize;
// The grading worker fetches its own engine; it reads this from its name.
window.puenteFetchGzip = unpackHere;

// Fetches a file of the site, or its gzip copy (unpacked on arrival) when `unpackHere`. Some
// servers label `.gz` files as gzip-encoded and the browser unpacks them already: the bytes
// are looked at before they are unpacked again.
async function fetchAsset(url, type) {
  if (!unpackHere) return fetch(url);
  const packed = await fetch(url + '.gz');
  if (!packed.ok) return fetch(url);
  const bytes = new Uint8Array(await packed.arrayBuffer());
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const body = gzip
    ? new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))
    : bytes;
  return new Response(body, { headers: { 'Content-Type': type } });
}

const wasm = fetchAsset('./puente-app_bg.wasm', 'application/wasm');
// The app reads the course's outline from `puenteCourse`, calls `puenteLoadCourse` to try again
// and `puenteFetchText` for each module's lessons and exercises (crates/app/src/pack.rs).
window.puenteFetchText = (url) => fetchAsset(url, 'application/json').then((response) => {
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  return response.text();
});
window.puenteLoadCourse = () => window.puenteFetchText('./course.json');
window.puenteCourse = window.puenteLoadCourse();
// A failed download is reported by the app, which offers to try again.
window.puenteCourse.catch(() => {});

let editor = null;
// editor.js is small and imports editor-chunk.js, the editor's bulk: both are asked for at once
// rather than one after the other.
const loadEditor = () => (editor ??= (import('./editor-chunk.js').catch(() => {}), import('./editor.js')));
// The app mounts editors through this; until the editor's code has arrived, the code is shown
// as plain text in its place.
window.puenteEditor = {
  mount(parent, doc, label, onChange, onRun, language) {
    let view = null;
    let destroyed = false;
    const waiting = document.createElement('pre');
    waiting.className = 'editor-loading';
    waiting.textContent = doc;
    parent.append(waiting);
    loadEditor().then((module) => {
      waiting.remove();
      if (!destroyed) view = module.mount(parent, doc, label, onChange, onRun, language);
    });
    return {
      destroy() {
        destroyed = true;
        waiting.remove();
        view?.destroy();
      },
    };
  },
};
window.addEventListener('puente-engine-ready', loadEditor, { once: true });

const { default: init } = await import('./puente-app.js');
init({ module_or_path: wasm });
