import { describe, test, expect } from '@jest/globals';
import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { requests } from 'puente/page';

const field = () => screen.getByLabelText('Skill');
const searchButton = () => screen.getByRole('button', { name: 'Search' });
const more = () => document.querySelector('#more');
const status = () => screen.getByRole('status');
const items = () => [...document.querySelectorAll('#jobs li')].map((li) => li.textContent.trim());
const lastQuery = () => {
  const params = new URL(requests().at(-1).url).searchParams;
  return [params.get('q'), params.get('page')];
};

async function search(text) {
  await userEvent.clear(field());
  if (text) await userEvent.type(field(), text);
  await userEvent.click(searchButton());
}

describe('searching and loading more', () => {
  test('an empty search sends nothing', async () => {
    await search('   ');
    expect(status()).toHaveTextContent('Type a skill to search.');
    expect(requests()).toHaveLength(0);
  });

  test('a search loads page 1, with both buttons disabled meanwhile', async () => {
    await search(' react ');
    expect(status()).toHaveTextContent('Loading…');
    expect(searchButton()).toBeDisabled();
    expect(requests()).toHaveLength(1);
    expect(requests()[0].method).toBe('GET');
    expect(new URL(requests()[0].url).pathname).toBe('/api/jobs');
    expect(lastQuery()).toEqual(['react', '1']);
  });

  test('shows the jobs, the count and the Load more button', async () => {
    await waitFor(() => expect(status()).toHaveTextContent('Showing 3 jobs for "react"'));
    expect(items()).toEqual([
      'Frontend Developer · Brightline Health (Austin, TX)',
      'React Engineer · Northwind Logistics (Denver, CO)',
      'UI Developer · Acme Payments (Miami, FL)',
    ]);
    expect(more()).toBeVisible();
    expect(more()).toBeEnabled();
    expect(searchButton()).toBeEnabled();
  });

  test('Load more adds the next page of the search shown, even if the field changed', async () => {
    await userEvent.clear(field());
    await userEvent.type(field(), 'something else');
    await userEvent.click(more());
    expect(more()).toBeDisabled();
    expect(lastQuery()).toEqual(['react', '2']);
    await waitFor(() => expect(status()).toHaveTextContent('Showing 5 jobs for "react"'));
    expect(items()[3]).toBe('Junior Web Developer · Lumen Schools (Phoenix, AZ)');
    expect(items()).toHaveLength(5);
  });

  test('the last page hides Load more', () => {
    expect(more()).not.toBeVisible();
  });

  test('a new search starts over, with the query encoded', async () => {
    await search('qa tester');
    expect(lastQuery()).toEqual(['qa tester', '1']);
    await waitFor(() => expect(status()).toHaveTextContent('Showing 2 jobs for "qa tester"'));
    expect(items()).toEqual([
      'QA Tester · Northwind Logistics (Denver, CO)',
      'Manual QA Analyst · Lumen Schools (Phoenix, AZ)',
    ]);
    expect(more()).toBeVisible();
  });

  test('a page that fails keeps the jobs and Load more, and the retry asks for the same page', async () => {
    await userEvent.click(more());
    await waitFor(() => expect(status()).toHaveTextContent('Could not load jobs. Try again.'));
    expect(items()).toHaveLength(2);
    expect(more()).toBeVisible();
    expect(more()).toBeEnabled();
    await userEvent.click(more());
    expect(lastQuery()).toEqual(['qa tester', '2']);
    await waitFor(() => expect(status()).toHaveTextContent('Showing 3 jobs for "qa tester"'));
    expect(items()[2]).toBe('Test Automation Engineer · Acme Payments (Miami, FL)');
    expect(more()).not.toBeVisible();
  });

  test('no jobs at all', async () => {
    await search('cobol');
    await waitFor(() => expect(status()).toHaveTextContent('No jobs for "cobol".'));
    expect(items()).toEqual([]);
    expect(more()).not.toBeVisible();
  });

  test('a network error says so, and the buttons work again', async () => {
    await search('python');
    await waitFor(() => expect(status()).toHaveTextContent('Could not load jobs. Try again.'));
    expect(searchButton()).toBeEnabled();
    expect(items()).toEqual([]);
  });
});
