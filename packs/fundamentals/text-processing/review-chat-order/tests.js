import { describe, test, expect } from '@jest/globals';
import { parseOrder } from './solution';

const message = `2x Taco al pastor
1 X  Agua de   horchata

3 x quesadilla de flor
please hurry!
1x taco AL PASTOR`;

describe('parseOrder', () => {
  test('reads the example message', () => {
    expect(parseOrder(message)).toEqual({
      items: [
        { qty: 3, name: "taco al pastor" },
        { qty: 1, name: "agua de horchata" },
        { qty: 3, name: "quesadilla de flor" },
      ],
      unreadable: ["please hurry!"],
    });
  });

  test('gives numbers, not text, for the quantities', () => {
    expect(parseOrder("12x tortillas").items[0].qty).toBe(12);
  });

  test('accepts no spaces, or several, around the x', () => {
    expect(parseOrder("4x gringa\n2   X   torta").items).toEqual([
      { qty: 4, name: "gringa" },
      { qty: 2, name: "torta" },
    ]);
  });

  test('lowercases names and squeezes the spaces inside them', () => {
    expect(parseOrder("1x  Agua   de JAMAICA  ").items).toEqual([{ qty: 1, name: "agua de jamaica" }]);
  });

  test('keeps accents in the names', () => {
    expect(parseOrder("2x Taco de Suadero con Piña").items[0].name).toBe("taco de suadero con piña");
  });

  test('adds up repeated names, in order of first appearance', () => {
    expect(parseOrder("1x Gringa\n2x Torta\n3x gringa").items).toEqual([
      { qty: 4, name: "gringa" },
      { qty: 2, name: "torta" },
    ]);
  });

  test('puts lines that are not items into unreadable, trimmed', () => {
    expect(parseOrder("  hola!  \nx2 tacos\n2 tacos\n3x   \n2x taco").unreadable).toEqual([
      "hola!",
      "x2 tacos",
      "2 tacos",
      "3x",
    ]);
  });

  test('does not accept a number in the middle of a line', () => {
    expect(parseOrder("for table 4x please").unreadable).toEqual(["for table 4x please"]);
  });

  test('treats a quantity of 0 as unreadable', () => {
    expect(parseOrder("0x horchata")).toEqual({ items: [], unreadable: ["0x horchata"] });
  });

  test('reads lines that end in \\r\\n', () => {
    expect(parseOrder("2x Taco\r\nthanks\r\n1x Agua\r\n")).toEqual({
      items: [{ qty: 2, name: "taco" }, { qty: 1, name: "agua" }],
      unreadable: ["thanks"],
    });
  });

  test('returns two empty arrays for an empty message', () => {
    expect(parseOrder("")).toEqual({ items: [], unreadable: [] });
  });
});
