import { topSellers } from './solution';

describe('topSellers', () => {
  test('a single sale is the top seller', () => {
    const sales = [{ sku: 'TOR-1KG', units: 3 }];
    expect(topSellers(sales, 1)).toEqual([{ sku: 'TOR-1KG', units: 3 }]);
  });

  // Add your tests here.
});
