import { describe, test, expect } from '@jest/globals';
import { Membership, StudentMembership, Gym } from './solution';

describe('Membership', () => {
  test('counts visits with a getter', () => {
    const ximena = new Membership("Ximena", 59900);
    ximena.checkIn("2024-06-03");
    ximena.checkIn("2024-06-04");
    expect(ximena.visitCount).toBe(2);
  });

  test('prices months at the monthly fee', () => {
    expect(new Membership("Ximena", 59900).price(3)).toBe(179700);
  });

  test('summarizes the visits', () => {
    const ximena = new Membership("Ximena", 59900);
    ximena.checkIn("2024-06-03");
    expect(ximena.summary()).toBe("Ximena, visits: 1");
  });
});

describe('StudentMembership', () => {
  test('can be created and is a Membership', () => {
    const iker = new StudentMembership("Iker", 59900, "UANL");
    expect(iker).toBeInstanceOf(Membership);
    expect(iker.school).toBe("UANL");
  });

  test('gives 30% off, rounded to the centavo', () => {
    expect(new StudentMembership("Iker", 59900, "UANL").price(3)).toBe(125790);
    expect(new StudentMembership("Iker", 59900, "UANL").price(1)).toBe(41930);
  });

  test('uses its own monthly fee', () => {
    expect(new StudentMembership("Sofía", 45000, "Tec").price(2)).toBe(63000);
  });

  test('adds the school to the summary', () => {
    const iker = new StudentMembership("Iker", 59900, "UANL");
    iker.checkIn("2024-06-03");
    expect(iker.summary()).toBe("Iker, visits: 1 (UANL)");
  });
});

describe('Gym', () => {
  test('reports every membership with the gym name', () => {
    const gym = new Gym("Gym Cumbres");
    const ximena = new Membership("Ximena", 59900);
    const iker = new StudentMembership("Iker", 59900, "UANL");
    gym.join(ximena);
    gym.join(iker);
    ximena.checkIn("2024-06-03");
    iker.checkIn("2024-06-03");
    expect(gym.report()).toEqual([
      "Gym Cumbres | Ximena, visits: 1",
      "Gym Cumbres | Iker, visits: 1 (UANL)",
    ]);
  });

  test('reports nothing for a gym without members', () => {
    expect(new Gym("Gym Valle").report()).toEqual([]);
  });
});
