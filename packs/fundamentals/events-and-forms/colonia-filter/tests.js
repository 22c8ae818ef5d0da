import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

const searchBox = () => screen.getByLabelText('Find your colonia');
const status = () => document.querySelector('#status');
// The names of the colonias a visitor can see (hidden items are left out).
const visible = () => screen.queryAllByRole('listitem').map((li) => li.textContent);

async function searchFor(text) {
  await userEvent.clear(searchBox());
  await userEvent.type(searchBox(), text);
}

test('every colonia is listed at the start', () => {
  expect(visible()).toHaveLength(12);
  expect(status().textContent).toBe('12 colonias');
});

test('typing part of a name keeps only the matches', async () => {
  await searchFor('prov');
  expect(visible()).toEqual(['Providencia']);
  expect(status().textContent).toBe('1 colonia');
});

test('the match can be in the middle of the name', async () => {
  await searchFor('del');
  expect(visible()).toEqual(['Del Fresno', 'Jardines del Bosque']);
  expect(status().textContent).toBe('2 colonias');
});

test('capital letters do not matter', async () => {
  await searchFor('CHAPA');
  expect(visible()).toEqual(['Chapalita']);
});

test('a search without accents finds names with accents', async () => {
  await searchFor('mezquitan');
  expect(visible()).toEqual(['Mezquitán Country']);
  await searchFor('ladron');
  expect(visible()).toEqual(['Ladrón de Guevara']);
});

test('a search with accents works too', async () => {
  await searchFor('Ladrón');
  expect(visible()).toEqual(['Ladrón de Guevara']);
});

test('spaces around the search are ignored', async () => {
  await searchFor('  santa ');
  expect(visible()).toEqual(['Santa Tere']);
  expect(status().textContent).toBe('1 colonia');
});

test('no match hides everything and says so', async () => {
  await searchFor('polanco');
  expect(visible()).toEqual([]);
  expect(status().textContent).toBe('No colonias found');
  expect(screen.getAllByRole('listitem', { hidden: true })).toHaveLength(12);
});

test('the list follows every keystroke', async () => {
  await searchFor('la');
  expect(visible()).toEqual(['Arcos Vallarta', 'Ladrón de Guevara', 'Lafayette']);
  expect(status().textContent).toBe('3 colonias');
  await userEvent.type(searchBox(), 'f');
  expect(visible()).toEqual(['Lafayette']);
  await userEvent.type(searchBox(), '{Backspace}');
  expect(visible()).toHaveLength(3);
});

test('emptying the search shows every colonia again', async () => {
  await searchFor('zona');
  expect(visible()).toEqual(['Zona Centro']);
  await userEvent.clear(searchBox());
  expect(visible()).toHaveLength(12);
  expect(status().textContent).toBe('12 colonias');
});
