import { describe, test, expect } from '@jest/globals';
import { markTabla, countMarked, winningLine, hasLoteria } from './solution';

const tabla = [
  ["El Gallo", "La Dama", "El Nopal", "La Luna"],
  ["El Catrín", "La Sirena", "El Músico", "La Rosa"],
  ["El Diablito", "La Garza", "El Corazón", "La Bandera"],
  ["El Alacrán", "La Muerte", "El Pescado", "El Valiente"],
];

describe('the existing functions still work', () => {
  test('markTabla marks the called cards', () => {
    expect(markTabla(tabla, ["La Dama", "El Pescado"])).toEqual([
      [false, true, false, false],
      [false, false, false, false],
      [false, false, false, false],
      [false, false, true, false],
    ]);
  });

  test('countMarked counts the marked cells', () => {
    expect(countMarked(markTabla(tabla, ["La Dama", "El Pescado", "La Rana"]))).toBe(2);
  });
});

describe('winningLine', () => {
  test('a full row', () => {
    expect(winningLine(markTabla(tabla, ["El Catrín", "La Sirena", "El Músico", "La Rosa"]))).toBe("row 2");
  });

  test('the last row', () => {
    expect(winningLine(markTabla(tabla, ["El Alacrán", "La Muerte", "El Pescado", "El Valiente"]))).toBe("row 4");
  });

  test('a full column', () => {
    expect(winningLine(markTabla(tabla, ["La Luna", "La Rosa", "La Bandera", "El Valiente"]))).toBe("column 4");
    expect(winningLine(markTabla(tabla, ["El Gallo", "El Catrín", "El Diablito", "El Alacrán"]))).toBe("column 1");
  });

  test('the four corners', () => {
    expect(winningLine(markTabla(tabla, ["El Gallo", "La Luna", "El Alacrán", "El Valiente"]))).toBe("corners");
  });

  test('no winner yet', () => {
    expect(winningLine(markTabla(tabla, ["El Gallo", "La Dama", "El Nopal"]))).toBe("");
    expect(winningLine(markTabla(tabla, []))).toBe("");
  });

  test('three corners are not enough', () => {
    expect(winningLine(markTabla(tabla, ["El Gallo", "La Luna", "El Alacrán", "La Garza"]))).toBe("");
  });

  test('a row is found before a column', () => {
    const marks = [
      [true, false, false, false],
      [true, false, false, false],
      [true, true, true, true],
      [true, false, false, false],
    ];
    expect(winningLine(marks)).toBe("row 3");
  });

  test('a column is found before the corners', () => {
    const marks = [
      [true, false, false, true],
      [false, false, false, true],
      [false, false, false, true],
      [true, false, false, true],
    ];
    expect(winningLine(marks)).toBe("column 4");
  });

  test('works on a smaller tabla', () => {
    expect(winningLine([[true, false, true], [false, true, false], [true, false, true]])).toBe("corners");
    expect(winningLine([[false, true, false], [false, true, false], [false, true, false]])).toBe("column 2");
  });
});

describe('hasLoteria', () => {
  test('true with a winning line', () => {
    expect(hasLoteria(tabla, ["El Catrín", "La Sirena", "El Músico", "La Rosa"])).toBe(true);
    expect(hasLoteria(tabla, ["El Gallo", "La Luna", "El Alacrán", "El Valiente", "La Garza"])).toBe(true);
  });

  test('false without one', () => {
    expect(hasLoteria(tabla, ["El Gallo", "La Dama", "El Nopal"])).toBe(false);
  });

  test('names must match exactly, accents included', () => {
    expect(hasLoteria(tabla, ["El Catrin", "La Sirena", "El Musico", "La Rosa"])).toBe(false);
  });
});
