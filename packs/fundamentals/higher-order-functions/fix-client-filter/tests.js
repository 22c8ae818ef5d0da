import { describe, test, expect } from '@jest/globals';
import { clientsIn, namesOf, findByRfc } from './solution';

const makeRoster = () => [
  { name: "Daniela Ríos", city: "Querétaro", rfc: "RIDD920415AB1" },
  { name: "Marco Salinas", city: "Monterrey", rfc: "SAMM880101CD2" },
  { name: "Fernanda Ortiz", city: "Querétaro", rfc: "OIFF950722EF3" },
];

describe('clientsIn', () => {
  test('keeps only the developers in that city', () => {
    expect(clientsIn(makeRoster(), "Monterrey")).toEqual([
      { name: "Marco Salinas", city: "Monterrey", rfc: "SAMM880101CD2" },
    ]);
  });

  test('keeps every match, in order', () => {
    expect(clientsIn(makeRoster(), "Querétaro").map((d) => d.name)).toEqual(["Daniela Ríos", "Fernanda Ortiz"]);
  });

  test('returns an empty array when nobody lives there', () => {
    expect(clientsIn(makeRoster(), "Mérida")).toEqual([]);
  });

  test('does not change the roster', () => {
    const roster = makeRoster();
    clientsIn(roster, "Monterrey");
    expect(roster).toEqual(makeRoster());
  });
});

describe('namesOf', () => {
  test('returns the names in order', () => {
    expect(namesOf(makeRoster())).toEqual(["Daniela Ríos", "Marco Salinas", "Fernanda Ortiz"]);
  });

  test('an empty roster gives an empty array', () => {
    expect(namesOf([])).toEqual([]);
  });
});

describe('findByRfc', () => {
  test('returns the developer object itself', () => {
    expect(findByRfc(makeRoster(), "OIFF950722EF3")).toEqual({
      name: "Fernanda Ortiz",
      city: "Querétaro",
      rfc: "OIFF950722EF3",
    });
  });

  test('returns undefined when nobody has that RFC', () => {
    expect(findByRfc(makeRoster(), "XXXX000000XX0")).toBeUndefined();
  });

  test('returns the same object that is in the roster', () => {
    const roster = makeRoster();
    expect(findByRfc(roster, "RIDD920415AB1")).toBe(roster[0]);
  });
});
