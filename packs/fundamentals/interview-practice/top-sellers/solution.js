import { topSellers } from './solution';

// A new array of new objects each time, so no test can change another test's data.
function weekSales() {
  return [
    { sku: 'TOR-1KG', units: 3 },
    { sku: 'LEC-1L', units: 2 },
    { sku: 'TOR-1KG', units: 1 },
    { sku: 'PAN-BOL', units: 2 },
    { sku: 'LEC-1L', units: 1 },
    { sku: 'PAN-BOL', units: 1 },
    { sku: 'CAF-250', units: 6 },
  ];
}

describe('topSellers', () => {
  test('a single sale is the top seller', () => {
    expect(topSellers([{ sku: 'TOR-1KG', units: 3 }], 1)).toEqual([{ sku: 'TOR-1KG', units: 3 }]);
  });

  test('adds up the units of every line of a product', () => {
    expect(topSellers(weekSales(), 2)).toEqual([
      { sku: 'CAF-250', units: 6 },
      { sku: 'TOR-1KG', units: 4 },
    ]);
  });

  test('ranks by units sold, not by how many lines a product has', () => {
    const sales = [
      { sku: 'AGUA-1L', units: 1 },
      { sku: 'AGUA-1L', units: 1 },
      { sku: 'AGUA-1L', units: 1 },
      { sku: 'GAS-20L', units: 5 },
    ];
    expect(topSellers(sales, 1)).toEqual([{ sku: 'GAS-20L', units: 5 }]);
  });

  test('returns exactly k products', () => {
    expect(topSellers(weekSales(), 3)).toHaveLength(3);
    expect(topSellers(weekSales(), 0)).toEqual([]);
  });

  test('products with the same units are in SKU order', () => {
    // LEC-1L and PAN-BOL both sold 3; PAN-BOL's first line comes first in this list
    const sales = [
      { sku: 'PAN-BOL', units: 3 },
      { sku: 'LEC-1L', units: 3 },
    ];
    expect(topSellers(sales, 2)).toEqual([
      { sku: 'LEC-1L', units: 3 },
      { sku: 'PAN-BOL', units: 3 },
    ]);
  });

  test('a k bigger than the number of products returns them all', () => {
    expect(topSellers(weekSales(), 10)).toHaveLength(4);
    expect(topSellers([], 3)).toEqual([]);
  });

  test('does not change the sales it receives', () => {
    const sales = weekSales();
    topSellers(sales, 2);
    expect(sales).toEqual(weekSales());
  });
});
