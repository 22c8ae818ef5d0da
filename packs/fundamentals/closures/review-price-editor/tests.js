import { describe, test, expect } from '@jest/globals';
import { makePriceEditor } from './solution';

describe('makePriceEditor', () => {
  test('starts with the initial price', () => {
    const editor = makePriceEditor(18500);
    expect(editor.price()).toBe(18500);
    expect(editor.history()).toEqual([18500]);
  });

  test('changes the price and records it', () => {
    const editor = makePriceEditor(18500);
    expect(editor.set(19500)).toBe(true);
    expect(editor.set(21000)).toBe(true);
    expect(editor.price()).toBe(21000);
    expect(editor.history()).toEqual([18500, 19500, 21000]);
  });

  test('refuses the same price, a negative one and a fraction', () => {
    const editor = makePriceEditor(18500);
    expect(editor.set(18500)).toBe(false);
    expect(editor.set(-100)).toBe(false);
    expect(editor.set(199.5)).toBe(false);
    expect(editor.history()).toEqual([18500]);
  });

  test('accepts 0 as a price', () => {
    const editor = makePriceEditor(2500);
    expect(editor.set(0)).toBe(true);
    expect(editor.price()).toBe(0);
  });

  test('undoes changes one at a time', () => {
    const editor = makePriceEditor(18500);
    editor.set(19500);
    editor.set(21000);
    expect(editor.undo()).toBe(true);
    expect(editor.price()).toBe(19500);
    expect(editor.undo()).toBe(true);
    expect(editor.price()).toBe(18500);
  });

  test('cannot undo past the first price', () => {
    const editor = makePriceEditor(18500);
    expect(editor.undo()).toBe(false);
    editor.set(19000);
    editor.undo();
    expect(editor.undo()).toBe(false);
    expect(editor.price()).toBe(18500);
    expect(editor.history()).toEqual([18500]);
  });

  test('compares with the current price after an undo', () => {
    const editor = makePriceEditor(100);
    editor.set(200);
    editor.undo();
    expect(editor.set(200)).toBe(true);
    expect(editor.set(100)).toBe(true);
    expect(editor.history()).toEqual([100, 200, 100]);
  });

  test('history is a copy', () => {
    const editor = makePriceEditor(18500);
    editor.set(19500);
    const seen = editor.history();
    seen.push(1);
    seen[0] = 0;
    expect(editor.history()).toEqual([18500, 19500]);
    expect(editor.price()).toBe(19500);
  });

  test('editors keep their own prices', () => {
    const mole = makePriceEditor(18500);
    const pozole = makePriceEditor(16000);
    mole.set(19500);
    expect(pozole.history()).toEqual([16000]);
    expect(pozole.undo()).toBe(false);
  });

  test('returns only the four functions: the prices are private', () => {
    const editor = makePriceEditor(18500);
    expect(Object.keys(editor).sort()).toEqual(['history', 'price', 'set', 'undo']);
    for (const value of Object.values(editor)) {
      expect(typeof value).toBe('function');
    }
  });
});
