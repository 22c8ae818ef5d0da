import { describe, test, expect } from '@jest/globals';
import { makeButtons } from './solution';

describe('makeButtons', () => {
  test('makes one function per label', () => {
    const buttons = makeButtons(['Buy ticket', 'Timetable', 'Help']);
    expect(buttons).toHaveLength(3);
    expect(typeof buttons[0]).toBe('function');
  });

  test('each button knows its own label and position', () => {
    const buttons = makeButtons(['Buy ticket', 'Timetable', 'Help']);
    expect(buttons[0]()).toBe('You pressed Buy ticket (button 1 of 3)');
    expect(buttons[1]()).toBe('You pressed Timetable (button 2 of 3)');
    expect(buttons[2]()).toBe('You pressed Help (button 3 of 3)');
  });

  test('returns an empty array for no labels', () => {
    expect(makeButtons([])).toEqual([]);
  });

  test('works with a single button and accents', () => {
    expect(makeButtons(['Información'])[0]()).toBe('You pressed Información (button 1 of 1)');
  });

  test('gives the same answer when pressed twice', () => {
    const buttons = makeButtons(['Yes', 'No']);
    buttons[1]();
    expect(buttons[1]()).toBe('You pressed No (button 2 of 2)');
  });

  test('keeps the old labels when the array changes later', () => {
    const labels = ['Pay', 'Cancel'];
    const buttons = makeButtons(labels);
    labels[0] = 'Changed';
    labels.push('Extra');
    expect(buttons[0]()).toBe('You pressed Pay (button 1 of 2)');
    expect(buttons[1]()).toBe('You pressed Cancel (button 2 of 2)');
  });

  test('does not change the array it receives', () => {
    const labels = ['Pay', 'Cancel'];
    makeButtons(labels);
    expect(labels).toEqual(['Pay', 'Cancel']);
  });
});
