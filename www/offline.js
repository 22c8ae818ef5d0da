// Offline support. A newer build installs in the background and waits; the learner chooses
// when to reload into it, so a page never runs half old and half new files.
if ('serviceWorker' in navigator) {
  const offerReload = (worker) => {
    if (document.querySelector('.update-banner')) return;
    const banner = document.createElement('div');
    banner.className = 'update-banner';
    banner.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = 'A new version of Puente is ready.';
    const button = document.createElement('button');
    button.className = 'button primary';
    button.textContent = 'Reload';
    button.addEventListener('click', () => {
      accepted = true;
      worker.postMessage('skip-waiting');
    });
    banner.append(text, button);
    document.body.append(banner);
  };
  // Only an update the learner accepted reloads the page; the first install also changes the
  // controller (the worker claims the page) and must not interrupt anything.
  let accepted = false;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!accepted || reloading) return;
    reloading = true;
    location.reload();
  });
  // The first install downloads every file of the site; on a first visit it waits until the
  // page is up and the grading engine has arrived (or 20 s have passed), so it never competes
  // with what the learner is waiting for. A returning visit registers at once: the files are
  // already cached, and that is how an update is found.
  const settled = new Promise((resolve) => {
    if (navigator.serviceWorker.controller) return resolve();
    window.addEventListener('puente-engine-ready', resolve, { once: true });
    setTimeout(resolve, 20000);
  });
  settled.then(() => navigator.serviceWorker.register('./sw.js')).then((registration) => {
    if (registration.waiting && navigator.serviceWorker.controller) offerReload(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker.addEventListener('statechange', () => {
        // With no controller this is the first install, not an update: nothing to reload.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offerReload(worker);
      });
    });
  }).catch((e) => console.warn('offline support is unavailable:', e));
}
