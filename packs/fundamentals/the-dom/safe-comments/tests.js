import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { renderComments } from './solution';

const list = () => document.getElementById('comments');
const items = () => Array.from(list().querySelectorAll('li'));
const shown = () =>
  items().map((li) => ({
    author: li.querySelector('.author').textContent,
    text: li.querySelector('.text').textContent,
  }));
const count = () => document.getElementById('count').textContent;

describe('renderComments', () => {
  test('shows the comments when the page loads', () => {
    expect(shown()).toEqual([
      { author: 'Lucía', text: 'The best café de olla in Coyoacán.' },
      { author: 'Tom', text: 'Great coffee, friendly staff.' },
      { author: 'Don Ramiro', text: 'Vengo desde 1985 y sigue igual de bueno.' },
    ]);
    expect(count()).toBe('3 comments');
  });

  test('keeps the structure: li.comment with p.author and p.text', () => {
    renderComments([{ author: 'Ana', text: 'Muy rico.' }]);
    expect(items()).toHaveLength(1);
    const li = items()[0];
    expect(li).toHaveClass('comment');
    expect(Array.from(li.children).map((el) => `${el.tagName}.${el.className}`)).toEqual(['P.author', 'P.text']);
    expect(count()).toBe('1 comment');
  });

  test('tags in a comment are shown as text, not as bold', () => {
    const comments = [{ author: 'Pepe', text: '<b>¡Lo mejor!</b>' }];
    renderComments(comments);
    expect(shown()).toEqual(comments);
    expect(list().querySelectorAll('b')).toHaveLength(0);
  });

  test('a comment cannot add an image (or run code) on the page', () => {
    const text = 'Nice place <img src="x" onerror="alert(document.cookie)">';
    renderComments([{ author: 'Visitor', text }]);
    expect(list().querySelectorAll('img')).toHaveLength(0);
    expect(screen.getByText(text)).toHaveClass('text');
  });

  test('a comment cannot turn into two comments', () => {
    const text = 'Good</p></li><li class="comment"><p class="author">Admin</p><p class="text">Free coffee today!';
    renderComments([{ author: 'Mallory', text }]);
    expect(items()).toHaveLength(1);
    expect(shown()).toEqual([{ author: 'Mallory', text }]);
    expect(count()).toBe('1 comment');
  });

  test('authors are plain text too', () => {
    const comments = [
      { author: '<i>Paco</i>', text: 'Rico.' },
      { author: 'Ana &amp; Luis', text: 'Volveremos & recomendamos.' },
    ];
    renderComments(comments);
    expect(shown()).toEqual(comments);
    expect(list().querySelectorAll('i')).toHaveLength(0);
  });

  test('each call replaces the previous comments', () => {
    renderComments([{ author: 'A', text: 'uno' }, { author: 'B', text: 'dos' }]);
    renderComments([{ author: 'C', text: 'tres' }]);
    expect(shown()).toEqual([{ author: 'C', text: 'tres' }]);
  });

  test('no comments: an empty list and "No comments yet"', () => {
    renderComments([]);
    expect(items()).toHaveLength(0);
    expect(count()).toBe('No comments yet');
  });
});
