import { describe, test, expect } from '@jest/globals';
import { busiestRoute } from './solution';

describe('busiestRoute', () => {
  test('finds the route with the most passengers in total', () => {
    const trips = [
      { route: "12", time: "07:10", passengers: 41 },
      { route: "7", time: "07:15", passengers: 30 },
      { route: "12", time: "08:10", passengers: 18 },
      { route: "31", time: "08:20", passengers: 52 },
      { route: "7", time: "09:15", passengers: 25 },
    ];
    expect(busiestRoute(trips)).toEqual({ route: "12", passengers: 59 });
  });

  test('returns null when there are no trips', () => {
    expect(busiestRoute([])).toBeNull();
  });

  test('works with a single trip', () => {
    expect(busiestRoute([{ route: "5", passengers: 9 }])).toEqual({ route: "5", passengers: 9 });
  });

  test('counts a trip without passengers as 0', () => {
    const trips = [
      { route: "A", passengers: 10 },
      { route: "B" },
      { route: "B", passengers: 8 },
    ];
    expect(busiestRoute(trips)).toEqual({ route: "A", passengers: 10 });
  });

  test('picks the route seen first on a tie', () => {
    const trips = [
      { route: "20", passengers: 5 },
      { route: "3", passengers: 10 },
      { route: "20", passengers: 5 },
    ];
    expect(busiestRoute(trips)).toEqual({ route: "20", passengers: 10 });
  });

  test('picks the route seen first when numeric names tie', () => {
    const trips = [
      { route: "9", passengers: 4 },
      { route: "1", passengers: 4 },
    ];
    expect(busiestRoute(trips)).toEqual({ route: "9", passengers: 4 });
  });

  test('returns the route name as a string', () => {
    const result = busiestRoute([{ route: "101", passengers: 3 }]);
    expect(result.route).toBe("101");
  });

  test('handles a day where nobody traveled', () => {
    const trips = [
      { route: "Ruta Norte", passengers: 0 },
      { route: "Ruta Sur", passengers: 0 },
    ];
    expect(busiestRoute(trips)).toEqual({ route: "Ruta Norte", passengers: 0 });
  });
});
