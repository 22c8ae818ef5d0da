import { describe, test, expect } from '@jest/globals';
import { screen, within, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';
import { requests } from 'puente/page';

const COMMENTS_URL = 'https://recetas.example/api/recipes/mole-negro/comments';
const TOO_LONG = 'The comment can be at most 500 characters.';

const nameField = () => screen.getByLabelText('Your name');
const commentField = () => screen.getByLabelText('Comment');
const button = () => screen.getByRole('button', { name: 'Post comment' });
const status = () => screen.getByRole('status');
const comments = () => within(screen.getByRole('list', { name: 'Comments' })).getAllByRole('listitem');

// Fills in the form (replacing what was there) and sends it.
async function post(name, comment) {
  await userEvent.clear(nameField());
  if (name) await userEvent.type(nameField(), name);
  await userEvent.clear(commentField());
  if (comment) await userEvent.type(commentField(), comment);
  await userEvent.click(button());
}

describe('posting a comment', () => {
  test('an empty comment sends nothing', async () => {
    await post('Lupita', '   ');
    expect(status()).toHaveTextContent('Write your name and a comment.');
    expect(requests()).toHaveLength(0);
  });

  test('an empty name sends nothing', async () => {
    await post('', '¡Quedó delicioso!');
    expect(status()).toHaveTextContent('Write your name and a comment.');
    expect(requests()).toHaveLength(0);
  });

  test('sends a POST with the trimmed fields as JSON, then shows the server\'s comment', async () => {
    await post('  Lupita ', '¡Quedó delicioso!  ');
    await waitFor(() => expect(requests()).toHaveLength(1));
    expect(button()).toBeDisabled();
    const sent = requests()[0];
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe(COMMENTS_URL);
    expect(sent.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(sent.body)).toEqual({ author: 'Lupita', text: '¡Quedó delicioso!' });
    expect(await screen.findByText('#15 Lupita: ¡Quedó delicioso!')).toBeInTheDocument();
  });

  test('the new comment goes at the end of the list', () => {
    const texts = comments().map((li) => li.textContent.trim());
    expect(texts).toHaveLength(3);
    expect(texts[2]).toBe('#15 Lupita: ¡Quedó delicioso!');
  });

  test('afterwards the comment field is empty, the name stays and the button works', () => {
    expect(commentField()).toHaveValue('');
    expect(nameField().value.trim()).toBe('Lupita');
    expect(button()).toBeEnabled();
    expect(status()).toHaveTextContent(/^$/);
  });

  test('422: shows the server\'s reason and keeps what was typed', async () => {
    // This time the server refuses the comment.
    const realFetch = globalThis.fetch;
    globalThis.fetch = () =>
      Promise.resolve(new Response(JSON.stringify({ error: TOO_LONG }), {
        status: 422,
        headers: { 'Content-Type': 'application/json' },
      }));
    try {
      await post('Lupita', 'Muy rico');
      expect(await screen.findByText(TOO_LONG)).toBe(status());
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(comments()).toHaveLength(3);
    expect(commentField()).toHaveValue('Muy rico');
    await waitFor(() => expect(button()).toBeEnabled());
  });
});
