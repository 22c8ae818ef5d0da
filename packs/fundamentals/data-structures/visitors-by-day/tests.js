import { describe, test, expect } from '@jest/globals';
import { visitorsByDay, uniqueCount, returningVisitors } from './solution';

const visits = [
  { day: '2024-05-06', email: 'ana@correo.mx' },
  { day: '2024-05-06', email: 'luis@correo.mx' },
  { day: '2024-05-06', email: ' Ana@Correo.mx ' },
  { day: '2024-05-07', email: 'sofia@correo.mx' },
  { day: '2024-05-07', email: 'ana@correo.mx' },
  { day: '2024-05-07', email: 'ana@correo.mx' },
];

describe('visitorsByDay', () => {
  test('returns a Map of Sets', () => {
    const byDay = visitorsByDay(visits);
    expect(byDay).toBeInstanceOf(Map);
    expect(byDay.get('2024-05-06')).toBeInstanceOf(Set);
  });

  test('keeps each email once per day', () => {
    const byDay = visitorsByDay(visits);
    expect([...byDay.get('2024-05-06')]).toEqual(['ana@correo.mx', 'luis@correo.mx']);
    expect([...byDay.get('2024-05-07')]).toEqual(['sofia@correo.mx', 'ana@correo.mx']);
  });

  test('has one key per day', () => {
    expect([...visitorsByDay(visits).keys()]).toEqual(['2024-05-06', '2024-05-07']);
  });

  test('returns an empty Map for no visits', () => {
    expect(visitorsByDay([]).size).toBe(0);
  });
});

describe('uniqueCount', () => {
  test('counts different people, not visits', () => {
    const byDay = visitorsByDay(visits);
    expect(uniqueCount(byDay, '2024-05-06')).toBe(2);
    expect(uniqueCount(byDay, '2024-05-07')).toBe(2);
  });

  test('is 0 for a day without visits', () => {
    expect(uniqueCount(visitorsByDay(visits), '2024-05-08')).toBe(0);
  });
});

describe('returningVisitors', () => {
  test('finds who came on both days', () => {
    expect(returningVisitors(visitorsByDay(visits), '2024-05-06', '2024-05-07')).toEqual(['ana@correo.mx']);
  });

  test('is empty when a day had no visits', () => {
    expect(returningVisitors(visitorsByDay(visits), '2024-05-06', '2024-05-09')).toEqual([]);
  });
});
