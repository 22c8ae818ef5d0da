import { describe, test, expect } from '@jest/globals';
import { Item, Pack, Bundle, cheapest } from './solution';

const makeKit = () =>
  new Bundle("Kit escolar", [new Item("Cuaderno profesional", 4500), new Item("Lápiz", 700), new Item("Goma", 500)]);

describe('what already worked', () => {
  test('items have a price with IVA and a label', () => {
    const notebook = new Item("Cuaderno profesional", 4500);
    expect(notebook.withIva()).toBe(5220);
    expect(notebook.label()).toBe("Cuaderno profesional $52.20");
  });

  test('packs are discounted items', () => {
    const pens = new Pack(new Item("Pluma azul", 800), 12, 25);
    expect(pens.name).toBe("Pluma azul x12");
    expect(pens.price).toBe(7200);
    expect(pens.unitPrice()).toBe(600);
    expect(pens.label()).toBe("Pluma azul x12 $83.52");
    expect(pens).toBeInstanceOf(Item);
  });
});

describe('Bundle', () => {
  test('costs the sum of its items minus 10%', () => {
    expect(makeKit().price).toBe(5130);
    expect(new Bundle("Dúo", [new Item("A", 333), new Item("B", 334)]).price).toBe(600);
  });

  test('is an Item and inherits withIva', () => {
    const kit = makeKit();
    expect(kit).toBeInstanceOf(Bundle);
    expect(kit).toBeInstanceOf(Item);
    expect(kit.withIva()).toBe(5951);
  });

  test('lists its contents', () => {
    expect(makeKit().contents()).toBe("Cuaderno profesional, Lápiz, Goma");
  });

  test('labels itself with its contents', () => {
    expect(makeKit().label()).toBe("Kit escolar $59.51 (Cuaderno profesional, Lápiz, Goma)");
  });

  test('keeps a copy of the items array', () => {
    const items = [new Item("Lápiz", 700)];
    const bundle = new Bundle("Uno", items);
    items.push(new Item("Goma", 500));
    expect(bundle.contents()).toBe("Lápiz");
  });

  test('keeps its methods on the prototype, in the old style', () => {
    const kit = makeKit();
    expect(Object.keys(kit).sort()).toEqual(["items", "name", "price"]);
    expect(typeof Bundle.prototype.contents).toBe("function");
    expect(Object.hasOwn(Bundle.prototype, "label")).toBe(true);
    expect(Bundle.prototype.constructor).toBe(Bundle);
    expect(Object.getPrototypeOf(Bundle.prototype)).toBe(Item.prototype);
  });

  test('does not change the labels of items and packs', () => {
    makeKit();
    expect(new Item("Goma", 500).label()).toBe("Goma $5.80");
    expect(new Pack(new Item("Goma", 500), 2, 0).label()).toBe("Goma x2 $11.60");
    expect(Pack.prototype.contents).toBeUndefined();
  });
});

describe('isCheaperThan', () => {
  test('compares prices across items, packs and bundles', () => {
    const notebook = new Item("Cuaderno profesional", 4500);
    const pens = new Pack(new Item("Pluma azul", 800), 12, 25);
    const kit = makeKit();
    expect(notebook.isCheaperThan(pens)).toBe(true);
    expect(pens.isCheaperThan(kit)).toBe(false);
    expect(kit.isCheaperThan(pens)).toBe(true);
  });

  test('is false for the same price', () => {
    expect(new Item("A", 100).isCheaperThan(new Item("B", 100))).toBe(false);
  });

  test('is written once, on Item.prototype', () => {
    expect(Object.hasOwn(Item.prototype, "isCheaperThan")).toBe(true);
    expect(Object.hasOwn(Pack.prototype, "isCheaperThan")).toBe(false);
    expect(Object.hasOwn(Bundle.prototype, "isCheaperThan")).toBe(false);
  });
});

describe('cheapest', () => {
  test('returns the cheapest of any number of items', () => {
    const notebook = new Item("Cuaderno profesional", 4500);
    const pens = new Pack(new Item("Pluma azul", 800), 12, 25);
    expect(cheapest(notebook, pens, makeKit())).toBe(notebook);
    expect(cheapest(pens)).toBe(pens);
  });

  test('returns the first one on a tie', () => {
    const a = new Item("A", 100);
    const b = new Item("B", 100);
    expect(cheapest(b, a)).toBe(b);
  });

  test('returns null with no items', () => {
    expect(cheapest()).toBeNull();
  });
});
