import { describe, test, expect } from '@jest/globals';
import { freeSlots } from './solution';

describe('freeSlots', () => {
  const busy = () => [[600, 660], [540, 570], [780, 840], [630, 700]];

  test('finds the free slots of the example', () => {
    expect(freeSlots(busy(), 540, 1080, 30)).toEqual([[570, 600], [700, 780], [840, 1080]]);
  });

  test('leaves out slots shorter than minLength, keeps one exactly that long', () => {
    expect(freeSlots(busy(), 540, 1080, 60)).toEqual([[700, 780], [840, 1080]]);
    expect(freeSlots(busy(), 540, 1080, 80)).toEqual([[700, 780], [840, 1080]]);
    expect(freeSlots(busy(), 540, 1080, 81)).toEqual([[840, 1080]]);
  });

  test('a day with nothing booked is one free slot', () => {
    expect(freeSlots([], 540, 1080, 30)).toEqual([[540, 1080]]);
  });

  test('a block inside a longer block does not open a gap', () => {
    expect(freeSlots([[600, 720], [620, 640], [760, 800]], 540, 900, 15))
      .toEqual([[540, 600], [720, 760], [800, 900]]);
  });

  test('back-to-back blocks leave no gap', () => {
    expect(freeSlots([[600, 630], [630, 660]], 600, 700, 1)).toEqual([[660, 700]]);
  });

  test('blocks outside opening hours are cut at open and close', () => {
    expect(freeSlots([[480, 570], [1050, 1200]], 540, 1080, 30)).toEqual([[570, 1050]]);
    expect(freeSlots([[1100, 1150], [400, 450]], 540, 1080, 30)).toEqual([[540, 1080]]);
  });

  test('a fully booked day has no free slots', () => {
    expect(freeSlots([[700, 1080], [540, 720]], 540, 1080, 1)).toEqual([]);
    expect(freeSlots([[500, 1100]], 540, 1080, 1)).toEqual([]);
  });

  test('does not change the busy blocks or their order', () => {
    const blocks = busy();
    freeSlots(blocks, 540, 1080, 30);
    expect(blocks).toEqual(busy());
  });
});
