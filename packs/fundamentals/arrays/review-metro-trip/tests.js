import { describe, test, expect } from '@jest/globals';
import { tripStations, tripSummary } from './solution';

const line1 = [
  "Observatorio", "Tacubaya", "Juanacatlán", "Chapultepec", "Sevilla", "Insurgentes",
  "Cuauhtémoc", "Balderas", "Salto del Agua", "Isabel la Católica", "Pino Suárez", "Merced",
  "Candelaria", "San Lázaro", "Moctezuma", "Balbuena", "Boulevard Puerto Aéreo",
  "Gómez Farías", "Zaragoza", "Pantitlán",
];

describe('tripStations', () => {
  test('a trip toward Pantitlán', () => {
    expect(tripStations(line1, "Balderas", "Pino Suárez")).toEqual([
      "Balderas", "Salto del Agua", "Isabel la Católica", "Pino Suárez",
    ]);
  });

  test('a trip toward Observatorio runs backward along the array', () => {
    expect(tripStations(line1, "Sevilla", "Chapultepec")).toEqual(["Sevilla", "Chapultepec"]);
    expect(tripStations(line1, "Merced", "Balderas")).toEqual([
      "Merced", "Pino Suárez", "Isabel la Católica", "Salto del Agua", "Balderas",
    ]);
  });

  test('the whole line, end to end', () => {
    expect(tripStations(line1, "Observatorio", "Pantitlán")).toEqual(line1);
    expect(tripStations(line1, "Pantitlán", "Observatorio")).toHaveLength(20);
    expect(tripStations(line1, "Pantitlán", "Observatorio")[19]).toBe("Observatorio");
  });

  test('the same station', () => {
    expect(tripStations(line1, "Merced", "Merced")).toEqual(["Merced"]);
  });

  test('a station that is not on the line gives null', () => {
    expect(tripStations(line1, "Merced", "Zócalo")).toBeNull();
    expect(tripStations(line1, "Zócalo", "Merced")).toBeNull();
    expect(tripStations(line1, "Cuauhtemoc", "Merced")).toBeNull();
  });

  test('does not change the line it receives', () => {
    const line = ["Sevilla", "Insurgentes", "Cuauhtémoc"];
    tripStations(line, "Cuauhtémoc", "Sevilla");
    expect(line).toEqual(["Sevilla", "Insurgentes", "Cuauhtémoc"]);
    tripStations(line, "Sevilla", "Cuauhtémoc");
    expect(line).toEqual(["Sevilla", "Insurgentes", "Cuauhtémoc"]);
  });
});

describe('tripSummary', () => {
  test('counts the stops after the first station', () => {
    expect(tripSummary(line1, "Balderas", "Pino Suárez")).toBe(
      "3 stops: Balderas → Salto del Agua → Isabel la Católica → Pino Suárez"
    );
  });

  test('one stop', () => {
    expect(tripSummary(line1, "Sevilla", "Chapultepec")).toBe("1 stop: Sevilla → Chapultepec");
  });

  test('already there', () => {
    expect(tripSummary(line1, "Merced", "Merced")).toBe("You are already at Merced");
  });

  test('an unknown station', () => {
    expect(tripSummary(line1, "Merced", "Zócalo")).toBe("Unknown station");
  });
});
