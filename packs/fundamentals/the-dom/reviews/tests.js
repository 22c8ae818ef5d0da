import { describe, test, expect } from '@jest/globals';
import { screen, within } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { renderReviews } from './solution';

const section = () => screen.getByRole('region', { name: 'Reviews' });
const articles = () => Array.from(section().querySelectorAll('article'));
const average = () => document.getElementById('average');
const noReviews = () => screen.getByText('No reviews yet. Be the first!');

const review = (author, stars, text = 'Muy buenos tacos.') => ({ author, stars, text });

describe('renderReviews', () => {
  test('shows the reviews and the average when the page loads', () => {
    expect(articles().map((a) => a.querySelector('h3').textContent)).toEqual(['Daniela', 'Jorge', 'Mike']);
    expect(average()).toBeVisible();
    expect(average().textContent).toBe('4.3 out of 5 · 3 reviews');
    expect(noReviews()).not.toBeVisible();
  });

  test('each review is an article with a heading, the stars and the text', () => {
    renderReviews([review('Jorge', 4, 'Great tacos, a bit of a wait on Fridays.')]);
    const [article] = articles();
    expect(article).toHaveClass('review');
    expect(within(article).getByRole('heading', { level: 3 })).toHaveTextContent('Jorge');
    const stars = article.querySelector('.stars');
    expect(stars.tagName).toBe('P');
    expect(stars.textContent).toBe('★★★★☆');
    expect(stars).toHaveAttribute('aria-label', '4 out of 5 stars');
    expect(article.querySelector('p.text').textContent).toBe('Great tacos, a bit of a wait on Fridays.');
    expect(Array.from(article.children).map((el) => el.tagName)).toEqual(['H3', 'P', 'P']);
  });

  test('draws from one to five stars', () => {
    renderReviews([review('A', 1), review('B', 3), review('C', 5)]);
    const stars = articles().map((a) => a.querySelector('.stars'));
    expect(stars.map((p) => p.textContent)).toEqual(['★☆☆☆☆', '★★★☆☆', '★★★★★']);
    expect(stars.map((p) => p.getAttribute('aria-label'))).toEqual([
      '1 out of 5 stars',
      '3 out of 5 stars',
      '5 out of 5 stars',
    ]);
  });

  test('only five-star reviews get the class "top"', () => {
    renderReviews([review('A', 5), review('B', 4), review('C', 5)]);
    expect(articles().map((a) => a.className)).toEqual(['review top', 'review', 'review top']);
  });

  test('the average always has one decimal', () => {
    renderReviews([review('A', 5), review('B', 4)]);
    expect(average().textContent).toBe('4.5 out of 5 · 2 reviews');
    renderReviews([review('A', 5), review('B', 5), review('C', 4)]);
    expect(average().textContent).toBe('4.7 out of 5 · 3 reviews');
    renderReviews([review('A', 4), review('B', 4)]);
    expect(average().textContent).toBe('4.0 out of 5 · 2 reviews');
  });

  test('says "1 review" for a single review', () => {
    renderReviews([review('Sam', 2, 'Too spicy for me!')]);
    expect(average().textContent).toBe('2.0 out of 5 · 1 review');
  });

  test('no reviews: empty section, no average, the message shows', () => {
    renderReviews([]);
    expect(articles()).toHaveLength(0);
    expect(average()).not.toBeVisible();
    expect(noReviews()).toBeVisible();
  });

  test('after no reviews, new reviews bring the average back', () => {
    renderReviews([]);
    renderReviews([review('Lety', 3)]);
    expect(noReviews()).not.toBeVisible();
    expect(average()).toBeVisible();
    expect(average().textContent).toBe('3.0 out of 5 · 1 review');
  });

  test('each call replaces the previous reviews, in the order given', () => {
    renderReviews([review('A', 1), review('B', 2)]);
    renderReviews([review('Zoe', 4), review('Yolanda', 5), review('Xavier', 3)]);
    expect(articles().map((a) => a.querySelector('h3').textContent)).toEqual(['Zoe', 'Yolanda', 'Xavier']);
  });

  test('authors and texts are plain text', () => {
    const tricky = [
      review('<script>alert(1)</script>', 4, 'Tacos & más <b>muy</b> ricos'),
      review('Ana & Beto', 5, '</article><article class="review">fake'),
    ];
    renderReviews(tricky);
    expect(articles()).toHaveLength(2);
    expect(articles().map((a) => a.querySelector('h3').textContent)).toEqual(['<script>alert(1)</script>', 'Ana & Beto']);
    expect(articles().map((a) => a.querySelector('.text').textContent)).toEqual([
      'Tacos & más <b>muy</b> ricos',
      '</article><article class="review">fake',
    ]);
    expect(section().querySelectorAll('script, b')).toHaveLength(0);
  });
});
