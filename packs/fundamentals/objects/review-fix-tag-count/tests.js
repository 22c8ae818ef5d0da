import { describe, test, expect } from '@jest/globals';
import { countTags, topTag } from './solution';

const reviews = [
  { author: "Ana", tags: ["Coffee", "wifi"] },
  { author: "José", tags: ["coffee", "cochinita"] },
  { author: "Lucía", tags: ["wifi", "COFFEE"] },
];

describe('countTags', () => {
  test('counts each tag in lowercase', () => {
    expect(countTags(reviews)).toEqual({ coffee: 3, wifi: 2, cochinita: 1 });
  });

  test('no reviews, no tags', () => {
    expect(countTags([])).toEqual({});
  });

  test('a review without tags adds nothing', () => {
    expect(countTags([{ author: "Óscar", tags: [] }, { author: "Itzel", tags: ["Pan"] }])).toEqual({ pan: 1 });
  });

  test('counts words that every object seems to have', () => {
    const counts = countTags([
      { author: "Iván", tags: ["constructor", "toString"] },
      { author: "Sofía", tags: ["Constructor"] },
    ]);
    expect(counts.constructor).toBe(2);
    expect(counts.tostring).toBe(1);
    expect(Object.keys(counts)).toEqual(["constructor", "tostring"]);
  });

  test('does not change the reviews', () => {
    const list = [{ author: "Ana", tags: ["Coffee"] }];
    countTags(list);
    expect(list).toEqual([{ author: "Ana", tags: ["Coffee"] }]);
  });
});

describe('topTag', () => {
  test('finds the most used tag', () => {
    expect(topTag({ coffee: 3, wifi: 2, cochinita: 1 })).toBe("coffee");
    expect(topTag({ wifi: 1, cochinita: 4 })).toBe("cochinita");
  });

  test('the first tag wins a tie', () => {
    expect(topTag({ wifi: 2, tacos: 2 })).toBe("wifi");
    expect(topTag({ pan: 1, café: 3, wifi: 3 })).toBe("café");
  });

  test('returns null without tags', () => {
    expect(topTag({})).toBeNull();
  });

  test('works with the result of countTags', () => {
    expect(topTag(countTags(reviews))).toBe("coffee");
  });
});
