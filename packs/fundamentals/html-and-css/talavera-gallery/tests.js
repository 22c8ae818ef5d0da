import { describe, test, expect } from '@jest/globals';
import { screen, within } from '@testing-library/dom';
import '@testing-library/jest-dom';

const image = (src) => document.querySelector(`img[src="${src}"]`);
const link = (name) => within(screen.getByRole('navigation')).getByRole('link', { name });

function expectDescription(img, word) {
  expect(img).not.toBeNull();
  const alt = (img.getAttribute('alt') || '').trim();
  expect(alt.split(/\s+/).filter(Boolean).length).toBeGreaterThanOrEqual(3);
  expect(alt.toLowerCase()).toContain(word);
  expect(alt).not.toMatch(/\.(jpe?g|png|gif|webp)\b/i);
  expect(alt).not.toMatch(/^(an? )?(image|photo|picture) of\b/i);
}

describe('the gallery images', () => {
  test("the logo's alt text is the shop's name", () => {
    const logo = image('../img/logo.png');
    expect(logo).not.toBeNull();
    expect(logo.getAttribute('alt')).toContain('Talavera Doña Lupe');
    expect(within(screen.getByRole('banner')).getByRole('img')).toHaveAccessibleName(logo.getAttribute('alt'));
  });

  test('the divider has an empty alt, so screen readers skip it', () => {
    expect(image('img/divider-flowers.png')).toHaveAttribute('alt', '');
  });

  test('the blue plate has an alt text that describes it', () => {
    expectDescription(image('img/plate-blue.jpg'), 'plate');
  });

  test('the kitchen tiles have an alt text that describes them', () => {
    expectDescription(image('img/tiles-kitchen.jpg'), 'tile');
  });

  test('the yellow pot has an alt text that describes it', () => {
    expectDescription(image('img/pot-yellow.jpg'), 'pot');
  });

  test('every image of the page has an alt attribute', () => {
    for (const img of document.querySelectorAll('img')) {
      expect(img).toHaveAttribute('alt');
    }
    expect(document.querySelectorAll('img')).toHaveLength(5);
  });
});

describe('the gallery links', () => {
  test('Contact leads to https://talavera.example/contact.html', () => {
    expect(link('Contact').href).toBe('https://talavera.example/contact.html');
  });

  test('Instagram is an absolute URL to the shop on Instagram', () => {
    const href = link('Instagram').getAttribute('href').trim();
    expect(href).toMatch(/^https:\/\//);
    const url = new URL(href);
    expect(['www.instagram.com', 'instagram.com']).toContain(url.hostname);
    expect(url.pathname.replace(/\/$/, '')).toBe('/talaveradonalupe');
  });

  test('Home and Gallery still work', () => {
    expect(['https://talavera.example/index.html', 'https://talavera.example/']).toContain(link('Home').href);
    expect(link('Gallery').href).toBe('https://talavera.example/gallery/index.html');
  });
});
