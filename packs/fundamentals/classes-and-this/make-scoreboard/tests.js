import { describe, test, expect } from '@jest/globals';
import { makeScoreboard } from './solution';

describe('makeScoreboard', () => {
  test('starts at nil-nil', () => {
    const match = makeScoreboard('Atlas', 'Mazatlán');
    expect(match.summary()).toBe('Atlas 0 - 0 Mazatlán');
  });

  test('keeps the team names and starting goals', () => {
    const match = makeScoreboard('Tigres', 'Pumas');
    expect(match.home).toBe('Tigres');
    expect(match.away).toBe('Pumas');
    expect(match.homeGoals).toBe(0);
    expect(match.awayGoals).toBe(0);
  });

  test('counts goals for each side', () => {
    const match = makeScoreboard('Tigres', 'Pumas');
    match.goal('home');
    match.goal('away');
    match.goal('home');
    expect(match.summary()).toBe('Tigres 2 - 1 Pumas');
  });

  test('updates the goal properties', () => {
    const match = makeScoreboard('América', 'Cruz Azul');
    match.goal('away');
    match.goal('away');
    expect(match.awayGoals).toBe(2);
    expect(match.homeGoals).toBe(0);
  });

  test('ignores an unknown side', () => {
    const match = makeScoreboard('América', 'Cruz Azul');
    match.goal('referee');
    match.goal('');
    expect(match.summary()).toBe('América 0 - 0 Cruz Azul');
  });

  test('keeps two matches separate', () => {
    const first = makeScoreboard('Rayados', 'Chivas');
    const second = makeScoreboard('Querétaro', 'Necaxa');
    first.goal('home');
    expect(second.summary()).toBe('Querétaro 0 - 0 Necaxa');
    expect(first.summary()).toBe('Rayados 1 - 0 Chivas');
  });

  test('uses this, so a renamed team shows up in the summary', () => {
    const match = makeScoreboard('Tigres', 'Pumas');
    match.home = 'Tigres UANL';
    expect(match.summary()).toBe('Tigres UANL 0 - 0 Pumas');
  });
});
