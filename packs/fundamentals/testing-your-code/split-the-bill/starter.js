import { splitBill } from './solution';

describe('splitBill', () => {
  test('splits 900 pesos evenly among 4 people', () => {
    expect(splitBill(90000, 4)).toEqual([22500, 22500, 22500, 22500]);
  });

  // Add your tests here.
});
