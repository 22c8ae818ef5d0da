import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { setTheme, toggleTheme } from './solution';

const button = () => screen.getByRole('button');

function expectTheme(theme) {
  const dark = theme === 'dark';
  expect(document.body.dataset.theme).toBe(theme);
  if (dark) {
    expect(document.body).toHaveClass('dark');
  } else {
    expect(document.body).not.toHaveClass('dark');
  }
  expect(button()).toHaveTextContent(dark ? 'Dark mode: on' : 'Dark mode: off');
  expect(button()).toHaveAttribute('aria-pressed', dark ? 'true' : 'false');
}

describe('setTheme and toggleTheme', () => {
  test('the page starts in the theme written in the HTML (dark)', () => {
    expectTheme('dark');
    expect(screen.getByRole('button', { name: 'Dark mode: on' })).toBeInTheDocument();
  });

  test('setTheme("light") switches everything to light', () => {
    setTheme('light');
    expectTheme('light');
  });

  test('setTheme("dark") switches everything back to dark', () => {
    setTheme('dark');
    expectTheme('dark');
  });

  test('keeps the body\'s other class', () => {
    setTheme('light');
    expect(document.body).toHaveClass('account-page');
    setTheme('dark');
    expect(document.body.className).toBe('account-page dark');
  });

  test('setting the same theme twice changes nothing more', () => {
    setTheme('dark');
    setTheme('dark');
    expect(document.body.className).toBe('account-page dark');
    expectTheme('dark');
  });

  test('ignores a theme that is not "light" or "dark"', () => {
    setTheme('dark');
    setTheme('blue');
    expectTheme('dark');
    setTheme('');
    setTheme(undefined);
    setTheme('Dark');
    expectTheme('dark');
  });

  test('toggleTheme switches to the other theme and returns its name', () => {
    setTheme('light');
    expect(toggleTheme()).toBe('dark');
    expectTheme('dark');
    expect(toggleTheme()).toBe('light');
    expectTheme('light');
  });

  test('the rest of the page is untouched', () => {
    toggleTheme();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Banco Norte');
    expect(screen.getByText('Available balance: $12,480.50')).toHaveClass('balance');
    expect(document.title).toBe('Banco Norte · My account');
  });
});
