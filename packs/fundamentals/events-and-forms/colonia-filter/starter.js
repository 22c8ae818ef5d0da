// As the person types in #search, hide the colonias that do not match
// and write how many are visible in #status.
const search = document.querySelector('#search');
const status = document.querySelector('#status');
const colonias = document.querySelectorAll('#colonias li');

// Lowercases a text and removes its accents: plain('Mezquitán') is 'mezquitan'.
function plain(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

// Your code here
