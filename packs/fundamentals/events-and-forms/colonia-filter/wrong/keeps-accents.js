// Lowercases but forgets the accents, so "mezquitan" does not find "Mezquitán Country".
const search = document.querySelector('#search');
const status = document.querySelector('#status');
const colonias = document.querySelectorAll('#colonias li');

search.addEventListener('input', () => {
  const wanted = search.value.trim().toLowerCase();
  let visible = 0;
  for (const colonia of colonias) {
    const matches = colonia.textContent.toLowerCase().includes(wanted);
    colonia.hidden = !matches;
    if (matches) visible = visible + 1;
  }
  status.textContent = visible === 0 ? 'No colonias found' : visible === 1 ? '1 colonia' : `${visible} colonias`;
});
