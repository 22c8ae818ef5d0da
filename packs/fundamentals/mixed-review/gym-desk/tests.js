import { describe, test, expect } from '@jest/globals';
import { GymDesk } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('GymDesk', () => {
  test('checkIn welcomes a member (already works)', () => {
    const desk = new GymDesk('Gimnasio Itzimná');
    expect(desk.checkIn(' Ximena ')).toBe('Bienvenido a Gimnasio Itzimná, Ximena');
    expect(desk.visits.get('Ximena')).toBe(1);
  });

  test('checkInAll checks in everyone and returns the messages', () => {
    const desk = new GymDesk('Gimnasio Itzimná');
    expect(desk.checkInAll(['Ximena', 'Óscar'])).toEqual([
      'Bienvenido a Gimnasio Itzimná, Ximena',
      'Bienvenido a Gimnasio Itzimná, Óscar',
    ]);
    expect(desk.checkInAll([])).toEqual([]);
  });

  test('checkInLater checks in after the wait and fulfills with the message', async () => {
    const desk = new GymDesk('Gimnasio Itzimná');
    const promise = desk.checkInLater('Ana', 500);
    await sleep(499);
    expect(desk.visits.has('Ana')).toBe(false);
    await expect(promise).resolves.toBe('Bienvenido a Gimnasio Itzimná, Ana');
    expect(desk.visits.get('Ana')).toBe(1);
  });

  test('two desks keep their own gym name and visits', async () => {
    const north = new GymDesk('Gimnasio Norte');
    const south = new GymDesk('Gimnasio Sur');
    await expect(north.checkInLater('Luis', 10)).resolves.toBe('Bienvenido a Gimnasio Norte, Luis');
    expect(south.checkInAll(['Luis'])).toEqual(['Bienvenido a Gimnasio Sur, Luis']);
    expect(north.visits.get('Luis')).toBe(1);
  });

  test('report lists the most visits first, ties by name', async () => {
    const desk = new GymDesk('Gimnasio Itzimná');
    desk.checkInAll(['Ximena', 'Óscar', 'Ximena', 'Ana']);
    await desk.checkInLater('Ana', 500);
    expect(desk.report()).toEqual(['Ana: 2 visits', 'Ximena: 2 visits', 'Óscar: 1 visit']);
  });

  test('report uses "1 visit" and orders accented names with the others', () => {
    const desk = new GymDesk('Gimnasio Itzimná');
    desk.checkInAll(['Zoe', 'Óscar', 'Pablo', 'Álvaro']);
    expect(desk.report()).toEqual(['Álvaro: 1 visit', 'Óscar: 1 visit', 'Pablo: 1 visit', 'Zoe: 1 visit']);
  });

  test('an empty desk has an empty report', () => {
    expect(new GymDesk('Gimnasio Itzimná').report()).toEqual([]);
  });
});
