import { describe, test, expect } from '@jest/globals';
import { makeScoreboard } from './solution';

describe('makeScoreboard', () => {
  test('starts at nil-nil', () => {
    const match = makeScoreboard('Real', 'Atlético');
    expect(match.summary()).toBe('Real 0 - 0 Atlético');
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
    const match = makeScoreboard('Boca', 'River');
    match.goal('away');
    match.goal('away');
    expect(match.awayGoals).toBe(2);
    expect(match.homeGoals).toBe(0);
  });

  test('ignores an unknown side', () => {
    const match = makeScoreboard('Boca', 'River');
    match.goal('referee');
    match.goal('');
    expect(match.summary()).toBe('Boca 0 - 0 River');
  });

  test('keeps two matches separate', () => {
    const first = makeScoreboard('Once Caldas', 'Millonarios');
    const second = makeScoreboard('Peñarol', 'Nacional');
    first.goal('home');
    expect(second.summary()).toBe('Peñarol 0 - 0 Nacional');
    expect(first.summary()).toBe('Once Caldas 1 - 0 Millonarios');
  });

  test('uses this, so a renamed team shows up in the summary', () => {
    const match = makeScoreboard('Tigres', 'Pumas');
    match.home = 'Tigres UANL';
    expect(match.summary()).toBe('Tigres UANL 0 - 0 Pumas');
  });
});
