import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';

const style = (element) => getComputedStyle(element);
const plans = () => Array.from(document.querySelectorAll('.plan'));
const clean = (value) => value.replace(/\s+/g, ' ').trim().toLowerCase();

// margin-bottom as the sheet says it, written alone or inside the margin shorthand
function marginBottom(element) {
  const s = style(element);
  if (s.marginBottom) return s.marginBottom;
  const parts = s.margin.split(/\s+/).filter(Boolean);
  return parts.length >= 3 ? parts[2] : parts[0] || '';
}

function expectPlanStyle(plan) {
  const s = style(plan);
  expect(clean(s.border)).toBe('1px solid #d0d7de');
  expect(s.padding).toBe('1rem');
  expect(marginBottom(plan)).toBe('1rem');
}

function expectPriceStyle(price) {
  expect(style(price).fontWeight).toBe('bold');
  expect(style(price).color.toLowerCase()).toBe('#0b6e4f');
}

describe('the plans', () => {
  test('the first three plans keep their border, padding and margin', () => {
    for (const plan of plans().slice(0, 3)) {
      expectPlanStyle(plan);
    }
  });

  test('the new fixed-desk plan gets the same style', () => {
    const fixed = screen.getByRole('heading', { name: 'Month, fixed desk' }).closest('.plan');
    expectPlanStyle(fixed);
  });

  test('the featured plan has the background #fff4d6', () => {
    const featured = document.querySelector('.plan-featured');
    expect(style(featured).backgroundColor.toLowerCase()).toBe('#fff4d6');
  });

  test('only the featured plan has a background', () => {
    for (const plan of plans().filter((p) => !p.classList.contains('plan-featured'))) {
      expect(style(plan).backgroundColor).toBe('');
    }
  });

  test('every price inside a plan is bold and green', () => {
    const prices = document.querySelectorAll('.plan .price');
    expect(prices).toHaveLength(4);
    prices.forEach(expectPriceStyle);
  });

  test('a plan added later is styled without changing the CSS', () => {
    const li = document.createElement('li');
    li.className = 'plan';
    li.innerHTML = '<h3>Private office</h3><p class="price">$12,000 MXN</p><p>For teams of up to four.</p>';
    document.querySelector('.plans').append(li);
    expectPlanStyle(li);
    expectPriceStyle(li.querySelector('.price'));
    li.remove();
  });

  test('the style sheet has no id selectors', () => {
    const selectors = Array.from(document.styleSheets[0].cssRules)
      .map((rule) => rule.selectorText)
      .filter(Boolean);
    expect(selectors.length).toBeGreaterThan(0);
    for (const selector of selectors) {
      expect(selector).not.toContain('#');
    }
  });

  test('the body and the list keep their own rules', () => {
    expect(style(document.body).maxWidth).toBe('40rem');
    expect(style(document.querySelector('.plans')).listStyle).toBe('none');
  });
});
