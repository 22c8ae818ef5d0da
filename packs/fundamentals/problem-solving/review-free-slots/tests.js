import { describe, test, expect } from '@jest/globals';
import { freeSlots } from './solution';

const makeBusy = () => ["12:00-13:00", "09:00-10:30", "10:00-11:00", "16:30-19:00"];

describe('freeSlots', () => {
  test('finds the gaps of the example', () => {
    expect(freeSlots(makeBusy(), "09:00", "18:00", 30)).toEqual(["11:00-12:00", "13:00-16:30"]);
  });

  test('leaves out slots shorter than the minimum', () => {
    expect(freeSlots(makeBusy(), "09:00", "18:00", 90)).toEqual(["13:00-16:30"]);
  });

  test('a day without appointments is one free slot', () => {
    expect(freeSlots([], "09:00", "14:00", 45)).toEqual(["09:00-14:00"]);
  });

  test('counts a slot exactly as long as the minimum', () => {
    expect(freeSlots(["09:00-10:00", "10:45-14:00"], "09:00", "14:00", 45)).toEqual(["10:00-10:45"]);
  });

  test('finds free time at the start and at the end of the day', () => {
    expect(freeSlots(["10:00-11:00"], "09:00", "13:00", 30)).toEqual(["09:00-10:00", "11:00-13:00"]);
  });

  test('blocks that touch leave no slot between them', () => {
    expect(freeSlots(["11:00-12:00", "10:00-11:00"], "10:00", "12:00", 1)).toEqual([]);
  });

  test('a block inside a longer block changes nothing', () => {
    expect(freeSlots(["09:00-13:00", "10:00-11:00"], "09:00", "15:00", 30)).toEqual(["13:00-15:00"]);
  });

  test('handles blocks that cross opening or closing time', () => {
    expect(freeSlots(["07:00-09:30", "17:00-20:00"], "09:00", "18:00", 30)).toEqual(["09:30-17:00"]);
  });

  test('ignores blocks entirely outside opening hours', () => {
    expect(freeSlots(["06:00-07:30", "19:00-20:00"], "08:00", "10:00", 30)).toEqual(["08:00-10:00"]);
  });

  test('a fully booked day has no slots', () => {
    expect(freeSlots(["08:00-20:00"], "09:00", "18:00", 15)).toEqual([]);
  });

  test('writes times with two digits', () => {
    expect(freeSlots(["08:05-09:00"], "07:00", "09:00", 5)).toEqual(["07:00-08:05"]);
  });

  test('does not change the busy list', () => {
    const busy = makeBusy();
    freeSlots(busy, "09:00", "18:00", 30);
    expect(busy).toEqual(makeBusy());
  });
});
