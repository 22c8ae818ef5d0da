const search = document.querySelector('#search');
const status = document.querySelector('#status');
const colonias = document.querySelectorAll('#colonias li');

function plain(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function statusText(count) {
  if (count === 0) return 'No colonias found';
  if (count === 1) return '1 colonia';
  return `${count} colonias`;
}

search.addEventListener('input', () => {
  const wanted = plain(search.value.trim());
  let visible = 0;
  for (const colonia of colonias) {
    const matches = plain(colonia.textContent).includes(wanted);
    colonia.hidden = !matches;
    if (matches) visible = visible + 1;
  }
  status.textContent = statusText(visible);
});
