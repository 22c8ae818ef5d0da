import { describe, test, expect } from '@jest/globals';
import { BusRoute } from './solution';

function makeRoute(names) {
  const route = new BusRoute();
  for (const name of names) {
    route.addStop(name);
  }
  return route;
}

describe('BusRoute', () => {
  test('a new route is empty', () => {
    const route = new BusRoute();
    expect(route.head).toBeNull();
    expect(route.length()).toBe(0);
    expect(route.toArray()).toEqual([]);
  });

  test('adds stops at the end, in order', () => {
    const route = makeRoute(['Centro', 'Plaza', 'Hospital']);
    expect(route.toArray()).toEqual(['Centro', 'Plaza', 'Hospital']);
    expect(route.length()).toBe(3);
  });

  test('adds a stop at the start', () => {
    const route = makeRoute(['Plaza', 'Hospital']);
    route.addFirst('Centro');
    expect(route.toArray()).toEqual(['Centro', 'Plaza', 'Hospital']);
  });

  test('addFirst works on an empty route', () => {
    const route = new BusRoute();
    route.addFirst('Estación');
    expect(route.toArray()).toEqual(['Estación']);
    expect(route.length()).toBe(1);
  });

  test('stores the stops as linked nodes', () => {
    const route = makeRoute(['Centro', 'Plaza']);
    expect(route.head.value).toBe('Centro');
    expect(route.head.next.value).toBe('Plaza');
    expect(route.head.next.next).toBeNull();
  });

  test('finds the next stop', () => {
    const route = makeRoute(['Centro', 'Plaza', 'Hospital']);
    expect(route.nextStop('Centro')).toBe('Plaza');
    expect(route.nextStop('Plaza')).toBe('Hospital');
  });

  test('nextStop returns null after the last stop', () => {
    const route = makeRoute(['Centro', 'Plaza']);
    expect(route.nextStop('Plaza')).toBeNull();
  });

  test('nextStop returns null for an unknown stop or an empty route', () => {
    expect(makeRoute(['Centro']).nextStop('Puerto')).toBeNull();
    expect(new BusRoute().nextStop('Centro')).toBeNull();
  });

  test('nextStop uses the first of two stops with the same name', () => {
    const route = makeRoute(['Plaza', 'Peña', 'Plaza', 'Río']);
    expect(route.nextStop('Plaza')).toBe('Peña');
  });
});
