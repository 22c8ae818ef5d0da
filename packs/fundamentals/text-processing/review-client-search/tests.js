import { describe, test, expect } from '@jest/globals';
import { searchClients } from './solution';

const makeClients = () => [
  "José García López",
  "María José Núñez",
  "Ana-Sofía Pérez",
  "Jorge Garza",
  "Sofía Ibarra",
];

describe('searchClients', () => {
  test('finds a name typed without accents', () => {
    expect(searchClients(makeClients(), "jose")).toEqual(["José García López", "María José Núñez"]);
  });

  test('ignores capitals in the query', () => {
    expect(searchClients(makeClients(), "IBARRA")).toEqual(["Sofía Ibarra"]);
  });

  test('finds accented queries in names typed without accents', () => {
    expect(searchClients(["Oscar Ruiz", "Ramón Díaz"], "Óscar")).toEqual(["Oscar Ruiz"]);
  });

  test('needs every query word to match', () => {
    expect(searchClients(makeClients(), "GAR jo")).toEqual(["José García López", "Jorge Garza"]);
    expect(searchClients(makeClients(), "jose nunez")).toEqual(["María José Núñez"]);
  });

  test('treats hyphens as word separators', () => {
    expect(searchClients(makeClients(), "sofia")).toEqual(["Ana-Sofía Pérez", "Sofía Ibarra"]);
  });

  test('matches only the start of a word', () => {
    expect(searchClients(makeClients(), "fia")).toEqual([]);
    expect(searchClients(makeClients(), "arza")).toEqual([]);
  });

  test('ignores extra spaces around and between query words', () => {
    expect(searchClients(makeClients(), "  jorge    garza ")).toEqual(["Jorge Garza"]);
  });

  test('matches nobody for an empty query or one with only spaces', () => {
    expect(searchClients(makeClients(), "")).toEqual([]);
    expect(searchClients(makeClients(), "   ")).toEqual([]);
  });

  test('returns the names as written, in list order', () => {
    expect(searchClients(makeClients(), "j")).toEqual(["José García López", "María José Núñez", "Jorge Garza"]);
  });

  test('returns an empty array for an empty list', () => {
    expect(searchClients([], "ana")).toEqual([]);
  });

  test('does not change the list', () => {
    const clients = makeClients();
    searchClients(clients, "jose");
    expect(clients).toEqual(makeClients());
  });
});
