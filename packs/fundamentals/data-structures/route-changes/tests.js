import { describe, test, expect } from '@jest/globals';
import { Route } from './solution';

function makeRoute(names) {
  const route = new Route();
  for (const name of names) {
    route.addStop(name);
  }
  return route;
}

describe('Route', () => {
  test('inserts a stop in the middle', () => {
    const route = makeRoute(['Centro', 'Hospital']);
    expect(route.insertAfter('Centro', 'Plaza')).toBe(true);
    expect(route.toArray()).toEqual(['Centro', 'Plaza', 'Hospital']);
  });

  test('inserts after the last stop', () => {
    const route = makeRoute(['Centro', 'Plaza']);
    route.insertAfter('Plaza', 'Tlalpan');
    expect(route.toArray()).toEqual(['Centro', 'Plaza', 'Tlalpan']);
    expect(route.head.next.next.next).toBeNull();
  });

  test('insertAfter returns false for an unknown stop', () => {
    const route = makeRoute(['Centro']);
    expect(route.insertAfter('Puerto', 'Plaza')).toBe(false);
    expect(route.toArray()).toEqual(['Centro']);
  });

  test('insertAfter returns false on an empty route', () => {
    const route = new Route();
    expect(route.insertAfter('Centro', 'Plaza')).toBe(false);
    expect(route.head).toBeNull();
  });

  test('removes a stop in the middle', () => {
    const route = makeRoute(['Centro', 'Plaza', 'Hospital']);
    expect(route.remove('Plaza')).toBe(true);
    expect(route.toArray()).toEqual(['Centro', 'Hospital']);
  });

  test('removes the first stop and moves the head', () => {
    const route = makeRoute(['Centro', 'Plaza']);
    expect(route.remove('Centro')).toBe(true);
    expect(route.head.value).toBe('Plaza');
  });

  test('removes the last stop', () => {
    const route = makeRoute(['Centro', 'Plaza', 'Hospital']);
    route.remove('Hospital');
    expect(route.toArray()).toEqual(['Centro', 'Plaza']);
  });

  test('removing the only stop empties the route', () => {
    const route = makeRoute(['Centro']);
    route.remove('Centro');
    expect(route.head).toBeNull();
    expect(route.toArray()).toEqual([]);
  });

  test('remove returns false when the stop is missing', () => {
    const route = makeRoute(['Centro', 'Plaza']);
    expect(route.remove('Puerto')).toBe(false);
    expect(new Route().remove('Centro')).toBe(false);
    expect(route.toArray()).toEqual(['Centro', 'Plaza']);
  });

  test('insertAfter keeps the existing nodes and only relinks them', () => {
    const route = makeRoute(['Centro', 'Hospital', 'Estadio']);
    const centro = route.head;
    const hospital = centro.next;
    const estadio = hospital.next;
    route.insertAfter('Hospital', 'Plaza');
    expect(route.head).toBe(centro);
    expect(centro.next).toBe(hospital);
    expect(hospital.next.value).toBe('Plaza');
    expect(hospital.next.next).toBe(estadio);
  });

  test('remove keeps the other nodes and only relinks them', () => {
    const route = makeRoute(['Centro', 'Plaza', 'Hospital', 'Estadio']);
    const centro = route.head;
    const hospital = centro.next.next;
    const estadio = hospital.next;
    route.remove('Plaza');
    expect(route.head).toBe(centro);
    expect(centro.next).toBe(hospital);
    expect(hospital.next).toBe(estadio);
    route.remove('Centro');
    expect(route.head).toBe(hospital);
  });

  test('only the first of two equal stops is changed', () => {
    const route = makeRoute(['Plaza', 'Río', 'Plaza']);
    route.insertAfter('Plaza', 'Museo');
    expect(route.toArray()).toEqual(['Plaza', 'Museo', 'Río', 'Plaza']);
    route.remove('Plaza');
    expect(route.toArray()).toEqual(['Museo', 'Río', 'Plaza']);
  });
});
