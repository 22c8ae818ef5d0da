// Removes the colonias that do not match instead of hiding them, so they never come back.
const search = document.querySelector('#search');
const status = document.querySelector('#status');

function plain(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

search.addEventListener('input', () => {
  const wanted = plain(search.value.trim());
  let visible = 0;
  for (const colonia of document.querySelectorAll('#colonias li')) {
    if (plain(colonia.textContent).includes(wanted)) visible = visible + 1;
    else colonia.remove();
  }
  status.textContent = visible === 0 ? 'No colonias found' : visible === 1 ? '1 colonia' : `${visible} colonias`;
});
