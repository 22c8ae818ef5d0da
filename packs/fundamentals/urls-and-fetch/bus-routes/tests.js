import { describe, test, expect } from '@jest/globals';
import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { requests } from 'puente/page';

const list = () => screen.getByRole('list', { name: 'Routes' });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('bus routes', () => {
  test('nothing is loaded before the click', () => {
    expect(requests()).toHaveLength(0);
    expect(list()).toBeEmptyDOMElement();
  });

  test('a click shows one list item per route', async () => {
    await userEvent.click(screen.getByRole('button', { name: 'Show routes' }));
    const items = await within(list()).findAllByRole('listitem');
    expect(items).toHaveLength(3);
  });

  test('each item shows the route number and name, in the server\'s order', () => {
    const texts = within(list()).getAllByRole('listitem').map((item) => item.textContent.trim());
    expect(texts).toEqual([
      'Ruta 17: Centro – San Nicolás',
      'Ruta 1: Central – Cumbres',
      'Ruta 214: Valle Oriente – Fundidora',
    ]);
  });

  test('the routes come from GET /api/routes', () => {
    expect(requests()).toHaveLength(1);
    expect(requests()[0]).toMatchObject({ method: 'GET', url: 'https://camiones.example/api/routes' });
  });

  test('a second click does not show the routes twice', async () => {
    await userEvent.click(screen.getByRole('button', { name: 'Show routes' }));
    await sleep(200);
    expect(within(list()).getAllByRole('listitem')).toHaveLength(3);
    expect(within(list()).getByText('Ruta 214: Valle Oriente – Fundidora')).toBeInTheDocument();
  });
});
