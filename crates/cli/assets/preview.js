// Added to the page by `puente preview`: reloads the page when a file of the pack changes, and
// shows the pack's problems over the page while it does not load. Built with textContent only:
// the problems quote the instructor's files, which must never become markup.
const STATUS = new URL('./__puente/status', document.baseURI);
let seen = null;
let box = null;

function show(problems) {
  if (!problems) {
    if (box) box.remove();
    box = null;
    return;
  }
  if (!box) {
    box = document.createElement('pre');
    box.id = 'puente-preview-problems';
    box.setAttribute('role', 'alert');
    // Styles set through the CSSOM, which the page's style-src 'self' allows (a style
    // attribute would not be).
    Object.assign(box.style, {
      position: 'fixed', left: '0', right: '0', bottom: '0', maxHeight: '60vh', overflow: 'auto',
      margin: '0', padding: '1em 1.25em', zIndex: '2147483647', whiteSpace: 'pre-wrap',
      background: '#fff4f2', color: '#5f1309', borderTop: '4px solid #c0392b',
      font: '14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    });
  }
  // The app may rebuild the body after this script first ran; put the box back if so.
  if (!box.isConnected) document.body.append(box);
  box.textContent = `puente preview: the pack does not load. Fix these, save, and this page reloads.\n\n${problems}`;
}

async function poll() {
  try {
    const response = await fetch(STATUS, { cache: 'no-store' });
    const status = await response.json();
    if (seen !== null && status.generation !== seen) {
      // Through the app's open route, so the app fetches the pack again rather than showing
      // the copy it kept; `then` brings the instructor back to the screen they were on.
      const here = location.hash.replace(/^#/, '');
      const back = here.startsWith('/') && !here.startsWith('/open') ? `&then=${encodeURIComponent(here)}` : '';
      history.replaceState(null, '', status.open + back);
      location.reload();
      return;
    }
    seen = status.generation;
    show(status.problems);
  } catch (_) {
    // The preview server is restarting or stopped; keep asking.
  }
  setTimeout(poll, 300);
}

poll();
