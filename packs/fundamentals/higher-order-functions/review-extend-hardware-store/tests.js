import { describe, test, expect } from '@jest/globals';
import { lowStock, inventoryValue, restockOrder } from './solution';

const makeProducts = () => [
  { sku: "MAR-016", name: "Martillo 16 oz", category: "herramientas", stock: 3, minimum: 5, price: 18900 },
  { sku: "CIN-005", name: "Cinta métrica 5 m", category: "herramientas", stock: 12, minimum: 4, price: 9500 },
  { sku: "FOC-LED", name: "Foco LED 9 W", category: "eléctrico", stock: 0, minimum: 10, price: 4500 },
  { sku: "CAB-020", name: "Cable 20 m", category: "eléctrico", stock: 8, minimum: 6, price: 38000 },
];

describe('what already worked still works', () => {
  test('lowStock lists the products below their minimum', () => {
    expect(lowStock(makeProducts())).toEqual(["Martillo 16 oz", "Foco LED 9 W"]);
  });

  test('inventoryValue without a category adds up everything', () => {
    expect(inventoryValue(makeProducts())).toBe(474700);
  });

  test('inventoryValue of no products is 0', () => {
    expect(inventoryValue([])).toBe(0);
  });
});

describe('inventoryValue by category', () => {
  test('counts only the products of that category', () => {
    expect(inventoryValue(makeProducts(), "eléctrico")).toBe(304000);
    expect(inventoryValue(makeProducts(), "herramientas")).toBe(170700);
  });

  test('is 0 for a category with no products', () => {
    expect(inventoryValue(makeProducts(), "pintura")).toBe(0);
  });
});

describe('restockOrder', () => {
  test('orders up to twice the minimum, biggest quantity first', () => {
    expect(restockOrder(makeProducts())).toEqual([
      "FOC-LED Foco LED 9 W: 20 × $45.00 = $900.00",
      "MAR-016 Martillo 16 oz: 7 × $189.00 = $1,323.00",
    ]);
  });

  test('does not reorder a product exactly at its minimum', () => {
    const products = [{ sku: "BRO-001", name: "Brocha 2\"", category: "pintura", stock: 5, minimum: 5, price: 3500 }];
    expect(restockOrder(products)).toEqual([]);
  });

  test('puts equal quantities in SKU order', () => {
    const products = [
      { sku: "TOR-010", name: "Tornillos", category: "fijación", stock: 1, minimum: 3, price: 1200 },
      { sku: "CLA-010", name: "Clavos", category: "fijación", stock: 1, minimum: 3, price: 900 },
    ];
    expect(restockOrder(products)).toEqual([
      "CLA-010 Clavos: 5 × $9.00 = $45.00",
      "TOR-010 Tornillos: 5 × $12.00 = $60.00",
    ]);
  });

  test('returns an empty array when nothing is low', () => {
    expect(restockOrder([])).toEqual([]);
  });

  test('does not reorder or change the products', () => {
    const products = makeProducts();
    restockOrder(products);
    inventoryValue(products, "eléctrico");
    expect(products).toEqual(makeProducts());
  });
});
