import { describe, test, expect } from '@jest/globals';
import { Team } from './solution';

function leonas() {
  const team = new Team('Las Leonas');
  team.addPlayers(['Lía', 'Marta', 'Sofía']);
  return team;
}

describe('Team', () => {
  test('starts with a name and no players', () => {
    const team = new Team('Las Leonas');
    expect(team.name).toBe('Las Leonas');
    expect(team.players).toEqual([]);
  });

  test('adds players with zero goals', () => {
    expect(leonas().players).toEqual([
      { name: 'Lía', goals: 0 },
      { name: 'Marta', goals: 0 },
      { name: 'Sofía', goals: 0 },
    ]);
  });

  test('records goals for known players', () => {
    const team = leonas();
    expect(team.recordGoal('Marta')).toBe(true);
    expect(team.players[1].goals).toBe(1);
  });

  test('refuses goals for unknown players', () => {
    const team = leonas();
    expect(team.recordGoal('Pelé')).toBe(false);
    expect(team.totalGoals).toBe(0);
  });

  test('recordGoal works as a forEach callback', () => {
    const team = leonas();
    ['Marta', 'Lía', 'Marta'].forEach(team.recordGoal);
    expect(team.totalGoals).toBe(3);
    expect(team.topScorer).toBe('Marta');
  });

  test('lists the lineup with goals', () => {
    const team = leonas();
    const record = team.recordGoal;
    record('Marta');
    record('Marta');
    record('Lía');
    expect(team.lineup()).toEqual(['Lía (1)', 'Marta (2)', 'Sofía (0)']);
  });

  test('a tie goes to the player added first', () => {
    const team = leonas();
    team.recordGoal('Sofía');
    team.recordGoal('Marta');
    expect(team.topScorer).toBe('Marta');
  });

  test('an empty team has no top scorer, no goals and an empty lineup', () => {
    const team = new Team('Nuevo');
    expect(team.topScorer).toBeNull();
    expect(team.totalGoals).toBe(0);
    expect(team.lineup()).toEqual([]);
  });

  test('adding an empty list changes nothing', () => {
    const team = leonas();
    team.addPlayers([]);
    expect(team.players).toHaveLength(3);
  });

  test('two teams keep separate rosters', () => {
    const a = leonas();
    const b = new Team('Las Panteras');
    b.addPlayers(['Íngrid']);
    const recordForB = b.recordGoal;
    recordForB('Íngrid');
    expect(a.totalGoals).toBe(0);
    expect(b.topScorer).toBe('Íngrid');
  });
});
