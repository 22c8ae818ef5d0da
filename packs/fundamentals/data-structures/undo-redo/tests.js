import { describe, test, expect } from '@jest/globals';
import { TextEditor } from './solution';

describe('what already works', () => {
  test('types and deletes', () => {
    const editor = new TextEditor();
    editor.type('Hola');
    editor.type(', world');
    editor.deleteLast(5);
    expect(editor.text).toBe('Hola, ');
  });

  test('deleting more than there is leaves an empty text', () => {
    const editor = new TextEditor();
    editor.type('ok');
    editor.deleteLast(10);
    expect(editor.text).toBe('');
  });
});

describe('undo', () => {
  test('takes back the last change', () => {
    const editor = new TextEditor();
    editor.type('Dear ');
    editor.type('client');
    expect(editor.undo()).toBe(true);
    expect(editor.text).toBe('Dear ');
  });

  test('takes back changes one by one, latest first', () => {
    const editor = new TextEditor();
    editor.type('a');
    editor.type('b');
    editor.deleteLast(1);
    editor.type('c');
    editor.undo();
    expect(editor.text).toBe('a');
    editor.undo();
    expect(editor.text).toBe('ab');
    editor.undo();
    expect(editor.text).toBe('a');
    editor.undo();
    expect(editor.text).toBe('');
  });

  test('returns false when there is nothing to undo', () => {
    const editor = new TextEditor();
    expect(editor.undo()).toBe(false);
    editor.type('x');
    editor.undo();
    expect(editor.undo()).toBe(false);
    expect(editor.text).toBe('');
  });

  test('changes that change nothing are not recorded', () => {
    const editor = new TextEditor();
    editor.type('Hi');
    editor.type('');
    editor.deleteLast(0);
    editor.undo();
    expect(editor.text).toBe('');
  });
});

describe('redo', () => {
  test('brings back what undo took', () => {
    const editor = new TextEditor();
    editor.type('Dear ');
    editor.type('client');
    editor.undo();
    expect(editor.redo()).toBe(true);
    expect(editor.text).toBe('Dear client');
  });

  test('works several times in a row', () => {
    const editor = new TextEditor();
    editor.type('1');
    editor.type('2');
    editor.type('3');
    editor.undo();
    editor.undo();
    editor.redo();
    expect(editor.text).toBe('12');
    editor.redo();
    expect(editor.text).toBe('123');
    expect(editor.redo()).toBe(false);
  });

  test('returns false when nothing was undone', () => {
    const editor = new TextEditor();
    editor.type('x');
    expect(editor.redo()).toBe(false);
    expect(editor.text).toBe('x');
  });

  test('a new change clears what could be redone', () => {
    const editor = new TextEditor();
    editor.type('Hello');
    editor.type(' Bob');
    editor.undo();
    editor.type(' Ana');
    expect(editor.redo()).toBe(false);
    expect(editor.text).toBe('Hello Ana');
    editor.undo();
    expect(editor.text).toBe('Hello');
  });
});
