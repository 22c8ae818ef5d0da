import { describe, test, expect } from '@jest/globals';
import { parseStop, summarizeRoutes, formatSummary, reviewList } from './solution';

const log = [
  'MTY-02;Rosa;3200;delivered',
  'MTY-01;Beto;1500;delivered',
  'MTY-02;Rosa;2100;failed',
  'MTY-01;Beto;4250;delivered',
  'MTY-03;Memo;800;failed',
  'MTY-02;Rosa;1700;failed',
  '',
  'MTY-03;Memo;950;delivered',
];

describe('existing features (keep them green)', () => {
  test('parseStop reads one line of the log', () => {
    expect(parseStop('MTY-01; Beto ;1500;delivered')).toEqual({
      route: 'MTY-01', driver: 'Beto', meters: 1500, status: 'delivered',
    });
    expect(() => parseStop('MTY-01;Beto;1500;lost')).toThrow('Unknown status "lost" in: MTY-01;Beto;1500;lost');
  });

  test('summarizeRoutes adds up each route, sorted by route', () => {
    expect(summarizeRoutes(log)).toEqual([
      { route: 'MTY-01', stops: 2, delivered: 2, failed: 0, meters: 5750 },
      { route: 'MTY-02', stops: 3, delivered: 1, failed: 2, meters: 7000 },
      { route: 'MTY-03', stops: 2, delivered: 1, failed: 1, meters: 1750 },
    ]);
  });

  test('formatSummary writes one line with kilometers', () => {
    expect(formatSummary({ route: 'MTY-02', stops: 3, delivered: 1, failed: 2, meters: 7000 }))
      .toBe('MTY-02: 3 stops, 1 delivered, 2 failed, 7.0 km');
  });
});

describe('reviewList (the new feature)', () => {
  test('lists the routes below 80%, worst first', () => {
    expect(reviewList(log)).toEqual([
      'MTY-02: 33% delivered (1 of 3)',
      'MTY-03: 50% delivered (1 of 2)',
    ]);
  });

  test('takes another minimum percentage', () => {
    expect(reviewList(log, 40)).toEqual(['MTY-02: 33% delivered (1 of 3)']);
    expect(reviewList(log, 101)).toEqual([
      'MTY-02: 33% delivered (1 of 3)',
      'MTY-03: 50% delivered (1 of 2)',
      'MTY-01: 100% delivered (2 of 2)',
    ]);
  });

  test('a route exactly at the minimum does not need review', () => {
    const lines = ['GDL-01;Sara;500;delivered', 'GDL-01;Sara;500;failed'];
    expect(reviewList(lines, 50)).toEqual([]);
    expect(reviewList(lines, 51)).toEqual(['GDL-01: 50% delivered (1 of 2)']);
  });

  test('compares the rounded percentage that is shown', () => {
    const lines = [];
    for (let i = 0; i < 159; i++) lines.push('MTY-09;Ale;100;delivered');
    for (let i = 0; i < 41; i++) lines.push('MTY-09;Ale;100;failed');
    expect(reviewList(lines)).toEqual([]);
    expect(reviewList(lines, 81)).toEqual(['MTY-09: 80% delivered (159 of 200)']);
  });

  test('orders routes with the same percentage by name', () => {
    const lines = [
      'MTY-07;Ana;100;failed', 'MTY-05;Leo;100;failed', 'MTY-06;Iris;100;delivered',
    ];
    expect(reviewList(lines)).toEqual([
      'MTY-05: 0% delivered (0 of 1)',
      'MTY-07: 0% delivered (0 of 1)',
    ]);
  });

  test('orders routes by the rounded percentage, even when their exact rates differ', () => {
    const lines = ['MTY-01;Ana;100;delivered', 'MTY-01;Ana;100;failed', 'MTY-01;Ana;100;failed'];
    for (let i = 0; i < 33; i++) lines.push('MTY-02;Leo;100;delivered');
    for (let i = 0; i < 67; i++) lines.push('MTY-02;Leo;100;failed');
    expect(reviewList(lines)).toEqual([
      'MTY-01: 33% delivered (1 of 3)',
      'MTY-02: 33% delivered (33 of 100)',
    ]);
  });

  test('returns an empty list for an empty log', () => {
    expect(reviewList([])).toEqual([]);
  });
});
