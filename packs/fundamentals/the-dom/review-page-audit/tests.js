import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { auditPage } from './solution';

const summary = () => screen.getByRole('status');
const flagged = () => Array.from(document.querySelectorAll('.audit-flag')).map((el) => [el.tagName, el.dataset.audit]);
const main = () => document.querySelector('main');

describe('auditPage', () => {
  test('audits the page when it loads', () => {
    expect(summary()).toHaveTextContent('5 problems found');
  });

  test('finds every problem of the page, in page order', () => {
    expect(auditPage()).toEqual([
      'Image without alt: logo.png',
      'Vague link text: Click here',
      'Heading skips a level: h4 after h2',
      'Button without a name',
      'Image without alt: heart.svg',
    ]);
  });

  test('marks the elements with a problem, and only those', () => {
    auditPage();
    expect(flagged()).toEqual([
      ['IMG', 'alt'],
      ['A', 'link'],
      ['H4', 'heading'],
      ['BUTTON', 'button'],
      ['IMG', 'alt'],
    ]);
    expect(screen.getByRole('button', { name: 'Book a tour' })).not.toHaveClass('audit-flag');
    expect(document.querySelector('img[alt=""]')).not.toHaveClass('audit-flag');
  });

  test('fixed elements lose their mark on the next run', () => {
    document.querySelector('img[src="logo.png"]').setAttribute('alt', 'Colmena Coworking');
    screen.getByRole('link', { name: 'Click here' }).textContent = 'Download the price list';
    const problems = auditPage();
    expect(problems).toEqual(['Heading skips a level: h4 after h2', 'Button without a name', 'Image without alt: heart.svg']);
    expect(document.querySelector('img[src="logo.png"]')).not.toHaveClass('audit-flag');
    expect(document.querySelector('img[src="logo.png"]').dataset.audit).toBeUndefined();
    expect(summary()).toHaveTextContent('3 problems found');
  });

  test('a button named by aria-label is fine', () => {
    const button = document.querySelector('button img[src="heart.svg"]').closest('button');
    button.setAttribute('aria-label', 'Save to favorites');
    button.querySelector('img').setAttribute('alt', '');
    expect(auditPage()).toEqual(['Heading skips a level: h4 after h2']);
    expect(summary()).toHaveTextContent('1 problem found');
  });

  test('a heading that goes back up any number of levels is fine', () => {
    const h4 = screen.getByRole('heading', { name: 'Meeting rooms' });
    const h3 = document.createElement('h3');
    h3.textContent = 'Meeting rooms';
    h4.replaceWith(h3);
    expect(auditPage()).toEqual([]);
    expect(summary()).toHaveTextContent('No problems found');
    expect(flagged()).toEqual([]);
  });

  test('vague link texts in any case and with spaces around', () => {
    const p = document.createElement('p');
    p.innerHTML = '<a href="/a"> HERE </a> <a href="/b">Read more</a> <a href="/c">Read more about our rooms</a>';
    main().append(p);
    expect(auditPage()).toEqual(['Vague link text: HERE', 'Vague link text: Read more']);
    p.remove();
  });

  test('the first heading must be an h1', () => {
    const h1 = screen.getByRole('heading', { level: 1 });
    const h2 = document.createElement('h2');
    h2.textContent = h1.textContent;
    h1.replaceWith(h2);
    expect(auditPage()).toEqual(['Heading skips a level: h2 at the start']);
    expect(h2.dataset.audit).toBe('heading');
    h2.replaceWith(h1);
    expect(auditPage()).toEqual([]);
  });

  test('an image with an empty alt is decorative, not a problem', () => {
    const img = document.createElement('img');
    img.setAttribute('src', 'line.png');
    img.setAttribute('alt', '');
    main().append(img);
    const bad = document.createElement('img');
    bad.setAttribute('src', 'map.png');
    main().append(bad);
    expect(auditPage()).toEqual(['Image without alt: map.png']);
    img.remove();
    bad.remove();
  });
});
