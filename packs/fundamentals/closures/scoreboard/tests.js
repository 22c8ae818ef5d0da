import { describe, test, expect } from '@jest/globals';
import { makeScoreboard } from './solution';

describe('makeScoreboard', () => {
  test('starts at nil-nil and a draw', () => {
    const match = makeScoreboard('Tigres', 'Pumas');
    expect(match.score()).toBe('Tigres 0 - 0 Pumas');
    expect(match.leader()).toBe('draw');
  });

  test('records goals for both teams', () => {
    const match = makeScoreboard('Tigres', 'Pumas');
    expect(match.goal('Tigres')).toBe(true);
    expect(match.goal('Pumas')).toBe(true);
    match.goal('Tigres');
    expect(match.score()).toBe('Tigres 2 - 1 Pumas');
    expect(match.leader()).toBe('Tigres');
  });

  test('ignores a team that is not playing', () => {
    const match = makeScoreboard('Tigres', 'Pumas');
    expect(match.goal('Rayados')).toBe(false);
    expect(match.goal('tigres')).toBe(false);
    expect(match.score()).toBe('Tigres 0 - 0 Pumas');
  });

  test('shows the away team as leader', () => {
    const match = makeScoreboard('Boca', 'River');
    match.goal('River');
    expect(match.leader()).toBe('River');
  });

  test('undoes the most recent goals in order', () => {
    const match = makeScoreboard('Tigres', 'Pumas');
    match.goal('Tigres');
    match.goal('Pumas');
    match.goal('Tigres');
    expect(match.undo()).toBe('Tigres');
    expect(match.leader()).toBe('draw');
    expect(match.undo()).toBe('Pumas');
    expect(match.score()).toBe('Tigres 1 - 0 Pumas');
  });

  test('returns null when there is nothing to undo', () => {
    const match = makeScoreboard('Tigres', 'Pumas');
    expect(match.undo()).toBeNull();
    match.goal('Pumas');
    match.undo();
    expect(match.undo()).toBeNull();
    expect(match.score()).toBe('Tigres 0 - 0 Pumas');
  });

  test('keeps accents in team names', () => {
    const match = makeScoreboard('Atlético', 'Peñarol');
    match.goal('Peñarol');
    expect(match.goal('Atletico')).toBe(false);
    expect(match.score()).toBe('Atlético 0 - 1 Peñarol');
  });

  test('returns only functions: the goals are not public', () => {
    const match = makeScoreboard('Tigres', 'Pumas');
    match.goal('Tigres');
    expect(Object.keys(match).sort()).toEqual(['goal', 'leader', 'score', 'undo']);
    for (const value of Object.values(match)) {
      expect(typeof value).toBe('function');
    }
  });

  test('the functions still work when taken out of the object', () => {
    const match = makeScoreboard('Tigres', 'Pumas');
    const goal = match.goal;
    const undo = match.undo;
    const score = match.score;
    const leader = match.leader;
    expect(goal('Pumas')).toBe(true);
    expect(goal('Tigres')).toBe(true);
    expect(goal('Pumas')).toBe(true);
    expect(score()).toBe('Tigres 1 - 2 Pumas');
    expect(leader()).toBe('Pumas');
    expect(undo()).toBe('Pumas');
    expect(match.score()).toBe('Tigres 1 - 1 Pumas');
  });

  test('keeps scoreboards separate', () => {
    const first = makeScoreboard('A', 'B');
    const second = makeScoreboard('A', 'B');
    first.goal('A');
    expect(second.score()).toBe('A 0 - 0 B');
    expect(second.undo()).toBeNull();
  });
});
