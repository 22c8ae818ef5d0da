import { describe, test, expect } from '@jest/globals';
import { giftCardPair } from './solution';

const shop = [
  { name: 'mug', price: 1200 },
  { name: 'socks', price: 800 },
  { name: 'book', price: 1500 },
  { name: 'cap', price: 1200 },
];

describe('giftCardPair', () => {
  test('finds two items that add up to the card', () => {
    expect(giftCardPair(shop, 2700)).toEqual(['mug', 'book']);
  });

  test('can pair two items with the same price', () => {
    expect(giftCardPair(shop, 2400)).toEqual(['mug', 'cap']);
  });

  test('returns null when no pair fits', () => {
    expect(giftCardPair(shop, 500)).toBeNull();
  });

  test('does not use the same item twice', () => {
    expect(giftCardPair([{ name: 'mug', price: 1200 }, { name: 'pen', price: 300 }], 2400)).toBeNull();
  });

  test('returns null for an empty shop', () => {
    expect(giftCardPair([], 1000)).toBeNull();
  });

  test('prefers the pair that completes earliest', () => {
    const items = [
      { name: 'a', price: 100 },
      { name: 'b', price: 400 },
      { name: 'c', price: 300 },
      { name: 'd', price: 200 },
    ];
    expect(giftCardPair(items, 500)).toEqual(['a', 'b']);
    expect(giftCardPair(items, 600)).toEqual(['b', 'd']);
  });

  test('handles a free item and a card of zero', () => {
    const items = [
      { name: 'sticker', price: 0 },
      { name: 'póster', price: 950 },
      { name: 'imán', price: 0 },
    ];
    expect(giftCardPair(items, 950)).toEqual(['sticker', 'póster']);
    expect(giftCardPair(items, 0)).toEqual(['sticker', 'imán']);
  });

  test('works on a long catalog', () => {
    const items = [];
    for (let i = 0; i < 5000; i++) {
      items.push({ name: `item ${i}`, price: 10 + i * 2 });
    }
    expect(giftCardPair(items, 10 + 9998 + 10 + 9996)).toEqual(['item 4998', 'item 4999']);
  });
});
