import { describe, test, expect } from '@jest/globals';
import { addPatient, removePatient, positionOf } from './solution';

describe('addPatient', () => {
  test('adds a patient at the back', () => {
    expect(addPatient(["Ana", "José", "Lucía"], "Óscar", false)).toEqual(["Ana", "José", "Lucía", "Óscar"]);
  });

  test('adds an urgent patient at the front', () => {
    expect(addPatient(["Ana", "José", "Lucía"], "Itzel", true)).toEqual(["Itzel", "Ana", "José", "Lucía"]);
  });

  test('works on an empty list', () => {
    expect(addPatient([], "Ana", false)).toEqual(["Ana"]);
  });

  test('does not change the list it receives', () => {
    const list = ["Ana", "José"];
    addPatient(list, "Óscar", false);
    addPatient(list, "Itzel", true);
    expect(list).toEqual(["Ana", "José"]);
  });
});

describe('removePatient', () => {
  test('returns the list without the patient', () => {
    expect(removePatient(["Ana", "José", "Lucía"], "José")).toEqual(["Ana", "Lucía"]);
  });

  test('removes only the first of two patients with the same name', () => {
    expect(removePatient(["Luis", "Ana", "Luis"], "Luis")).toEqual(["Ana", "Luis"]);
  });

  test('a name that is not on the list changes nothing', () => {
    expect(removePatient(["Ana", "José", "Lucía"], "Pedro")).toEqual(["Ana", "José", "Lucía"]);
  });

  test('does not change the list it receives', () => {
    const list = ["Ana", "José", "Lucía"];
    removePatient(list, "José");
    expect(list).toEqual(["Ana", "José", "Lucía"]);
  });
});

describe('positionOf', () => {
  test('the front of the line is place 1', () => {
    expect(positionOf(["Ana", "José", "Lucía"], "Ana")).toBe(1);
    expect(positionOf(["Ana", "José", "Lucía"], "Lucía")).toBe(3);
  });

  test('a patient who is not waiting is at place 0', () => {
    expect(positionOf(["Ana", "José"], "Pedro")).toBe(0);
    expect(positionOf([], "Ana")).toBe(0);
  });
});
