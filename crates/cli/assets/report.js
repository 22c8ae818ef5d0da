// Sorting (click a column heading) and filtering (the box at the top), all in the page.
for (const table of document.querySelectorAll('table.sortable')) {
  const headers = [...table.tHead.rows[0].cells];
  headers.forEach((th, index) => {
    th.tabIndex = 0;
    const sort = () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      headers.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = th.dataset.type === 'number';
      const key = (row) => {
        const cell = row.cells[index];
        const value = cell.dataset.sort ?? cell.textContent.trim();
        return numeric ? Number(value) : value.toLowerCase();
      };
      const rows = [...table.tBodies[0].rows];
      rows.sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const order = numeric ? x - y : x.localeCompare(y);
        return ascending ? order : -order;
      });
      table.tBodies[0].append(...rows);
    };
    th.addEventListener('click', sort);
    th.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); } });
  });
}

const filter = document.getElementById('filter');
filter.addEventListener('input', () => {
  const text = filter.value.trim().toLowerCase();
  const rowMatches = (row) => !text || row.dataset.filter.includes(text);
  const learners = [...document.querySelectorAll('#learners tbody tr')];
  const exercises = [...document.querySelectorAll('#exercises tbody tr')];
  // A word that names learners filters learners; one that names items filters items.
  const learnerHit = learners.some(rowMatches);
  const itemHit = exercises.some(rowMatches);
  for (const row of learners) row.classList.toggle('hidden', learnerHit && !rowMatches(row));
  for (const row of document.querySelectorAll('#grid tbody tr')) row.classList.toggle('hidden', learnerHit && !rowMatches(row));
  for (const row of exercises) row.classList.toggle('hidden', itemHit && !rowMatches(row));
  const columns = [...document.querySelectorAll('#grid thead th.item')];
  columns.forEach((th, i) => {
    const hide = itemHit && !learnerHit && !th.dataset.filter.includes(text);
    th.classList.toggle('hidden', hide);
    for (const row of document.querySelectorAll('#grid tbody tr')) row.cells[i + 1].classList.toggle('hidden', hide);
  });
});
