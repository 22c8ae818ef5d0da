import { describe, test, expect } from '@jest/globals';
import { runTask } from './solution';

describe('runTask', () => {
  test('returns the result of a task that works', () => {
    expect(runTask('labels', () => 12, [])).toBe(12);
  });

  test('logs start, done and end for a task that works', () => {
    const log = [];
    runTask('labels', () => 12, log);
    expect(log).toEqual(['start labels', 'done labels', 'end labels']);
  });

  test('returns null when the task throws', () => {
    const task = () => {
      throw new Error('disk full');
    };
    expect(runTask('backup', task, [])).toBeNull();
  });

  test('logs the error message and still ends', () => {
    const log = [];
    runTask('backup', () => {
      throw new Error('disk full');
    }, log);
    expect(log).toEqual(['start backup', 'failed backup: disk full', 'end backup']);
  });

  test('catches runtime errors too', () => {
    const log = [];
    const order = undefined;
    runTask('envío', () => order.id, log);
    expect(log).toHaveLength(3);
    expect(log[1]).toMatch(/^failed envío: /);
    expect(log[2]).toBe('end envío');
  });

  test('adds to an existing log', () => {
    const log = ['opened'];
    runTask('a', () => 'x', log);
    runTask('b', () => {
      throw new Error('nope');
    }, log);
    expect(log).toEqual(['opened', 'start a', 'done a', 'end a', 'start b', 'failed b: nope', 'end b']);
  });

  test('keeps falsy results', () => {
    expect(runTask('count', () => 0, [])).toBe(0);
  });
});
