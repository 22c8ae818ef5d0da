import { describe, test, expect } from '@jest/globals';
import { Product } from './solution';

describe('Product', () => {
  test('new Product stores the name and the price', () => {
    const concha = new Product('Concha', 1500);
    expect(concha.name).toBe('Concha');
    expect(concha.price).toBe(1500);
  });

  test('withIva adds 16% and rounds to the nearest centavo', () => {
    expect(new Product('Concha', 1500).withIva()).toBe(1740);
    expect(new Product('Bolillo', 350).withIva()).toBe(406);
    expect(new Product('Rosca', 28990).withIva()).toBe(33628); // 33628.4 centavos
  });

  test('label shows the price with IVA in pesos', () => {
    expect(new Product('Concha', 1500).label()).toBe('Concha $17.40');
    expect(new Product('Pan de muerto', 4500).label()).toBe('Pan de muerto $52.20');
  });

  test('each product has only name and price as its own properties', () => {
    const concha = new Product('Concha', 1500);
    expect(Object.keys(concha)).toEqual(['name', 'price']);
  });

  test('the methods live on Product.prototype and are shared', () => {
    expect(typeof Product.prototype.withIva).toBe('function');
    expect(typeof Product.prototype.label).toBe('function');
    const a = new Product('Concha', 1500);
    const b = new Product('Bolillo', 350);
    expect(a.withIva).toBe(b.withIva);
    expect(a.label).toBe(Product.prototype.label);
  });

  test('products are linked to Product.prototype', () => {
    const concha = new Product('Concha', 1500);
    expect(concha instanceof Product).toBe(true);
    expect(Object.getPrototypeOf(concha)).toBe(Product.prototype);
  });

  test('the methods use this, so they work for any product-like object', () => {
    expect(Product.prototype.withIva.call({ price: 10000 })).toBe(11600);
    expect(Product.prototype.label.call(new Product('Té', 6000))).toBe('Té $69.60');
  });

  test('Product is a constructor function that call can run on an existing object', () => {
    const existing = { sku: 'T-01' };
    Product.call(existing, 'Té', 6000);
    expect(existing).toEqual({ sku: 'T-01', name: 'Té', price: 6000 });
  });
});
