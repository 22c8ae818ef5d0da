import { describe, test, expect } from '@jest/globals';
import { makeKiosk, makeButtons, makeGreeter } from './solution';

describe('makeKiosk', () => {
  test('gives numbered turns with its prefix', () => {
    const lab = makeKiosk("LAB");
    expect(lab.next()).toBe("LAB-1");
    expect(lab.next()).toBe("LAB-2");
    expect(lab.count()).toBe(2);
  });

  test('each kiosk counts on its own', () => {
    const lab = makeKiosk("LAB");
    const xray = makeKiosk("RX");
    lab.next();
    lab.next();
    expect(xray.next()).toBe("RX-1");
    expect(lab.count()).toBe(2);
    expect(xray.count()).toBe(1);
  });

  test('a new kiosk starts at 0', () => {
    makeKiosk("A").next();
    expect(makeKiosk("B").count()).toBe(0);
  });
});

describe('makeButtons', () => {
  test('each button calls onPress with its own label', () => {
    const pressed = [];
    const buttons = makeButtons(["Consulta", "Laboratorio", "Farmacia"], (label) => pressed.push(label));
    buttons[1]();
    buttons[0]();
    buttons[2]();
    expect(pressed).toEqual(["Laboratorio", "Consulta", "Farmacia"]);
  });

  test('makes one button per label', () => {
    expect(makeButtons(["Uno", "Dos"], () => {})).toHaveLength(2);
    expect(makeButtons([], () => {})).toEqual([]);
  });
});

describe('makeGreeter', () => {
  test('greets with the clinic name', () => {
    const greet = makeGreeter({ name: "Clínica Centro" });
    expect(greet("Óscar")).toBe("Welcome to Clínica Centro, Óscar!");
  });

  test('uses the clinic name at the moment of greeting', () => {
    const branch = { name: "Clínica Centro" };
    const greet = makeGreeter(branch);
    greet("Óscar");
    branch.name = "Clínica Paseo Montejo";
    expect(greet("Ana")).toBe("Welcome to Clínica Paseo Montejo, Ana!");
  });
});
