import { describe, test, expect } from '@jest/globals';
import { averageRating, starBar, ratingSummary } from './solution';

describe('averageRating', () => {
  test('averages and rounds to one decimal', () => {
    expect(averageRating([5, 4, 4])).toBe(4.3);
  });

  test('rounds halves up', () => {
    expect(averageRating([4, 5])).toBe(4.5);
    expect(averageRating([1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 1, 2, 2, 1, 2, 1, 2])).toBe(1.5);
  });

  test('counts the last rating too', () => {
    expect(averageRating([1, 1, 1, 5])).toBe(2);
    expect(averageRating([2])).toBe(2);
  });

  test('returns 0 for no ratings', () => {
    expect(averageRating([])).toBe(0);
  });
});

describe('starBar', () => {
  test('shows full and empty stars', () => {
    expect(starBar(4.3)).toBe('★★★★☆');
    expect(starBar(1.5)).toBe('★★☆☆☆');
    expect(starBar(5)).toBe('★★★★★');
  });
});

describe('ratingSummary', () => {
  test('summarizes several reviews', () => {
    expect(ratingSummary([5, 4, 4])).toBe('★★★★☆ 4.3 (3 reviews)');
  });

  test('always shows one decimal', () => {
    expect(ratingSummary([5, 5, 5])).toBe('★★★★★ 5.0 (3 reviews)');
  });

  test('says "review" for a single review', () => {
    expect(ratingSummary([3])).toBe('★★★☆☆ 3.0 (1 review)');
  });

  test('says so when there are no reviews', () => {
    expect(ratingSummary([])).toBe('No reviews yet');
  });

  test('does not change the ratings', () => {
    const ratings = [2, 3];
    ratingSummary(ratings);
    expect(ratings).toEqual([2, 3]);
  });
});
