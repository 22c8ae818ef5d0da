import { screen } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

const likeButton = () => screen.getByRole('button', { name: /me gusta/i });
const likeCount = () => document.querySelector('#like-count');
const likesNow = () => Number(likeCount().textContent);

test('the page starts with 0 likes', () => {
  expect(likeCount().textContent).toBe('0');
});

test('one click shows 1', async () => {
  await userEvent.click(likeButton());
  expect(likeCount().textContent).toBe('1');
});

test('every click adds exactly one like', async () => {
  const before = likesNow();
  await userEvent.click(likeButton());
  await userEvent.click(likeButton());
  await userEvent.click(likeButton());
  expect(likesNow()).toBe(before + 3);
});

test('the count shows only the number', async () => {
  await userEvent.click(likeButton());
  expect(likeCount().textContent).toMatch(/^\d+$/);
  expect(screen.getByText(/people like this/)).toBeInTheDocument();
});

test('a double click counts as two clicks', async () => {
  const before = likesNow();
  await userEvent.dblClick(likeButton());
  expect(likesNow()).toBe(before + 2);
});

test('pressing Enter on the focused button also counts', async () => {
  const before = likesNow();
  likeButton().focus();
  await userEvent.keyboard('{Enter}');
  expect(likesNow()).toBe(before + 1);
});

test('clicking somewhere else does not change the number', async () => {
  const before = likesNow();
  await userEvent.click(screen.getByRole('heading', { name: 'Tacos El Güero' }));
  await userEvent.click(document.querySelector('#about'));
  expect(likesNow()).toBe(before);
});
