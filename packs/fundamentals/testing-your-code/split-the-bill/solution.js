import { splitBill } from './solution';

describe('splitBill', () => {
  test('splits 900 pesos evenly among 4 people', () => {
    expect(splitBill(90000, 4)).toEqual([22500, 22500, 22500, 22500]);
  });

  test('gives one leftover centavo to the first person', () => {
    expect(splitBill(10000, 3)).toEqual([3334, 3333, 3333]);
  });

  test('gives several leftover centavos one each to the first people', () => {
    expect(splitBill(10000, 6)).toEqual([1667, 1667, 1667, 1667, 1666, 1666]);
  });

  test('the shares add up to the total when the division is not exact', () => {
    const shares = splitBill(20000, 3);
    expect(shares[0] + shares[1] + shares[2]).toBe(20000);
  });

  test('one person pays the whole bill', () => {
    expect(splitBill(12345, 1)).toEqual([12345]);
  });

  test('refuses 0 people', () => {
    expect(() => splitBill(10000, 0)).toThrow("People must be a whole number");
  });

  test('refuses a negative total', () => {
    expect(() => splitBill(-100, 2)).toThrow(RangeError);
  });
});
