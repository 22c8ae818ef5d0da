import { describe, test, expect } from '@jest/globals';
import { uniqueAttendees, scansPerBadge, regulars } from './solution';

const scans = ['GDL-014', 'GDL-102', 'GDL-014', 'GDL-230', 'GDL-014', 'GDL-102'];

describe('uniqueAttendees', () => {
  test('counts each badge once', () => {
    expect(uniqueAttendees(scans)).toBe(3);
  });

  test('no scans, nobody came', () => {
    expect(uniqueAttendees([])).toBe(0);
  });

  test('compares badges exactly', () => {
    expect(uniqueAttendees(['GDL-014', 'gdl-014', 'GDL-014 '])).toBe(3);
  });
});

describe('scansPerBadge', () => {
  test('returns a Map of counts', () => {
    const counts = scansPerBadge(scans);
    expect(counts).toBeInstanceOf(Map);
    expect(counts.get('GDL-014')).toBe(3);
    expect(counts.get('GDL-102')).toBe(2);
    expect(counts.get('GDL-230')).toBe(1);
    expect(counts.size).toBe(3);
  });

  test('keeps the badges in the order they were first scanned', () => {
    expect([...scansPerBadge(['B', 'A', 'B', 'C', 'A']).keys()]).toEqual(['B', 'A', 'C']);
  });

  test('a badge id can be any text', () => {
    const counts = scansPerBadge(['constructor', 'toString', 'constructor']);
    expect(counts.get('constructor')).toBe(2);
    expect(counts.get('toString')).toBe(1);
  });
});

describe('regulars', () => {
  test('the badges scanned at least the minimum, in first-scan order', () => {
    expect(regulars(scans, 2)).toEqual(['GDL-014', 'GDL-102']);
  });

  test('a minimum of 1 gives every badge', () => {
    expect(regulars(scans, 1)).toEqual(['GDL-014', 'GDL-102', 'GDL-230']);
  });

  test('nobody reaches a high minimum', () => {
    expect(regulars(scans, 4)).toEqual([]);
    expect(regulars([], 1)).toEqual([]);
  });
});
