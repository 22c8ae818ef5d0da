import { describe, test, expect } from '@jest/globals';
import { TallyCounter } from './solution';

describe('TallyCounter', () => {
  test('starts at 0', () => {
    expect(new TallyCounter().count).toBe(0);
  });

  test('add counts one by default and returns the count', () => {
    const gate = new TallyCounter();
    expect(gate.add()).toBe(1);
    expect(gate.add()).toBe(2);
  });

  test('add uses the step it is given', () => {
    const family = new TallyCounter(4);
    family.add();
    expect(family.add()).toBe(8);
  });

  test('reset goes back to 0', () => {
    const gate = new TallyCounter();
    gate.add();
    gate.reset();
    expect(gate.count).toBe(0);
  });

  test('add still works when detached from the counter', () => {
    const gate = new TallyCounter();
    const click = gate.add;
    click();
    click();
    expect(gate.count).toBe(2);
  });

  test('add works as a forEach callback', () => {
    const gate = new TallyCounter();
    ['Ana', 'Beto', 'Carla'].forEach(gate.add);
    expect(gate.count).toBe(3);
  });

  test('add works when handed to another function', () => {
    const gate = new TallyCounter(2);
    function pressTwice(handler) {
      handler();
      handler();
    }
    pressTwice(gate.add);
    expect(gate.count).toBe(4);
  });

  test('reset works when detached', () => {
    const gate = new TallyCounter();
    gate.add();
    const clear = gate.reset;
    clear();
    expect(gate.count).toBe(0);
  });

  test('two counters do not share a count', () => {
    const north = new TallyCounter();
    const south = new TallyCounter();
    const clickNorth = north.add;
    clickNorth();
    expect(south.count).toBe(0);
  });
});
