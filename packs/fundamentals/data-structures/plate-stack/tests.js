import { describe, test, expect } from '@jest/globals';
import { PlateStack } from './solution';

describe('PlateStack', () => {
  test('starts empty', () => {
    const rack = new PlateStack(3);
    expect(rack.isEmpty()).toBe(true);
    expect(rack.size()).toBe(0);
  });

  test('gives back the last plate first', () => {
    const rack = new PlateStack(3);
    rack.push('blue');
    rack.push('green');
    rack.push('red');
    expect(rack.pop()).toBe('red');
    expect(rack.pop()).toBe('green');
    expect(rack.pop()).toBe('blue');
  });

  test('peeks at the top without removing it', () => {
    const rack = new PlateStack(3);
    rack.push('blue');
    rack.push('red');
    expect(rack.peek()).toBe('red');
    expect(rack.size()).toBe(2);
  });

  test('peek returns null on an empty stack', () => {
    expect(new PlateStack(2).peek()).toBeNull();
  });

  test('throws when popping an empty stack', () => {
    const rack = new PlateStack(2);
    expect(() => rack.pop()).toThrow('The stack is empty');
  });

  test('throws when pushing onto a full stack', () => {
    const rack = new PlateStack(2);
    rack.push('a');
    rack.push('b');
    expect(() => rack.push('c')).toThrow('The stack is full');
    expect(rack.size()).toBe(2);
    expect(rack.peek()).toBe('b');
  });

  test('a capacity of 0 holds nothing', () => {
    const rack = new PlateStack(0);
    expect(() => rack.push('plato')).toThrow(Error);
    expect(rack.isEmpty()).toBe(true);
  });

  test('has room again after a pop', () => {
    const rack = new PlateStack(1);
    rack.push('blue');
    rack.pop();
    rack.push('red');
    expect(rack.peek()).toBe('red');
    expect(rack.isEmpty()).toBe(false);
  });

  test('keeps objects as they are', () => {
    const rack = new PlateStack(2);
    const plate = { color: 'white', size: 'large' };
    rack.push(plate);
    expect(rack.pop()).toBe(plate);
  });
});
