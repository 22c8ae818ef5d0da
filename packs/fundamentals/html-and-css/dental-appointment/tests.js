import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';

// A field found by its <label>'s text (the start of it), which must be a real <label> element.
function field(start) {
  const element = screen.getByLabelText(new RegExp(`^\\s*${start}`, 'i'));
  expect(element.labels.length).toBeGreaterThan(0);
  return element;
}

describe('the appointment form', () => {
  test('"Full name" labels the name field, which is required', () => {
    const name = field('Full name');
    expect(name).toHaveAttribute('name', 'name');
    expect(name).toBeRequired();
  });

  test('"Email" labels an email field, which is required', () => {
    const email = field('Email');
    expect(email).toHaveAttribute('name', 'email');
    expect(email).toHaveAttribute('type', 'email');
    expect(email).toBeRequired();
  });

  test('"Phone" labels a tel field, which is optional', () => {
    const phone = field('Phone');
    expect(phone).toHaveAttribute('name', 'phone');
    expect(phone).toHaveAttribute('type', 'tel');
    expect(phone).not.toBeRequired();
  });

  test('"Preferred date" labels a date field, which is required', () => {
    const date = field('Preferred date');
    expect(date).toHaveAttribute('name', 'date');
    expect(date).toHaveAttribute('type', 'date');
    expect(date).toBeRequired();
  });

  test('"Reason for your visit" labels the menu of reasons', () => {
    const reason = field('Reason for your visit');
    expect(reason.tagName).toBe('SELECT');
    expect(reason).toHaveAttribute('name', 'reason');
    expect(reason.options).toHaveLength(4);
  });

  test('the times are a group whose legend is "Preferred time"', () => {
    const group = screen.getByRole('group', { name: /preferred time/i });
    expect(group.tagName).toBe('FIELDSET');
    expect(group.querySelectorAll('input[type="radio"][name="time"]')).toHaveLength(2);
  });

  test('each time has its own label', () => {
    const morning = field('Morning');
    const afternoon = field('Afternoon');
    expect(morning).toHaveAttribute('type', 'radio');
    expect(morning).toHaveAttribute('value', 'morning');
    expect(afternoon).toHaveAttribute('type', 'radio');
    expect(afternoon).toHaveAttribute('value', 'afternoon');
  });

  test('a real submit button says "Book appointment"', () => {
    const button = screen.getByRole('button', { name: 'Book appointment' });
    expect(button.tagName).toBe('BUTTON');
    expect(button).toHaveAttribute('type', 'submit');
    expect(button.form).toBe(document.querySelector('form'));
    expect(document.querySelector('div.button')).toBeNull();
  });

  test('the form cannot be sent until the required fields are filled', () => {
    const form = document.querySelector('form');
    expect(form.checkValidity()).toBe(false);
    field('Full name').value = 'Mariana Torres';
    field('Email').value = 'mariana@example.com';
    field('Preferred date').value = '2025-03-14';
    expect(form.checkValidity()).toBe(true);
  });

  test('every field keeps the name the server expects', () => {
    const names = new Set(Array.from(document.querySelector('form').elements).map((el) => el.name).filter(Boolean));
    expect([...names].sort()).toEqual(['date', 'email', 'name', 'phone', 'reason', 'time']);
  });
});
