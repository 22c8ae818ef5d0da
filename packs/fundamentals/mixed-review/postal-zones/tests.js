import { describe, test, expect } from '@jest/globals';
import { zoneReport } from './solution';

const zones = { '03': 'Benito Juárez', '06': 'Cuauhtémoc', '11': 'Miguel Hidalgo' };

describe('zoneReport', () => {
  test('counts the example customers per zone', () => {
    const customers = [
      { name: 'Ana', postalCode: '03100' },
      { name: 'Beto', postalCode: '06700' },
      { name: 'Carla', postalCode: '03810' },
      { name: 'Diego', postalCode: '11560' },
      { name: 'Elena', postalCode: '03020' },
    ];
    expect(zoneReport(customers, zones)).toEqual([
      { zone: 'Benito Juárez', count: 3 },
      { zone: 'Cuauhtémoc', count: 1 },
      { zone: 'Miguel Hidalgo', count: 1 },
    ]);
  });

  test('uses the first two digits of the postal code', () => {
    expect(zoneReport([{ name: 'Fer', postalCode: '06600' }], zones)).toEqual([
      { zone: 'Cuauhtémoc', count: 1 },
    ]);
  });

  test('puts postal codes outside every zone under Unassigned', () => {
    const customers = [
      { name: 'Gabo', postalCode: '64000' },
      { name: 'Hilda', postalCode: '44100' },
      { name: 'Iván', postalCode: '11000' },
    ];
    expect(zoneReport(customers, zones)).toEqual([
      { zone: 'Unassigned', count: 2 },
      { zone: 'Miguel Hidalgo', count: 1 },
    ]);
  });

  test('lists the busiest zone first', () => {
    const customers = [
      { name: 'Juan', postalCode: '11000' },
      { name: 'Karla', postalCode: '06000' },
      { name: 'Lalo', postalCode: '06100' },
    ];
    expect(zoneReport(customers, zones).map((row) => row.zone)).toEqual(['Cuauhtémoc', 'Miguel Hidalgo']);
  });

  test('breaks ties by zone name, alphabetically', () => {
    const customers = [
      { name: 'Mara', postalCode: '11000' },
      { name: 'Nico', postalCode: '06000' },
      { name: 'Olga', postalCode: '03000' },
    ];
    expect(zoneReport(customers, zones).map((row) => row.zone)).toEqual([
      'Benito Juárez',
      'Cuauhtémoc',
      'Miguel Hidalgo',
    ]);
  });

  test('counts zones whatever their names, even ones every object already has', () => {
    const oddZones = { '01': 'constructor', '02': '__proto__', '03': 'toString' };
    const customers = [
      { name: 'Pau', postalCode: '01000' },
      { name: 'Quique', postalCode: '02000' },
      { name: 'Rita', postalCode: '01100' },
      { name: 'Saúl', postalCode: '03100' },
    ];
    expect(zoneReport(customers, oddZones)).toEqual([
      { zone: 'constructor', count: 2 },
      { zone: '__proto__', count: 1 },
      { zone: 'toString', count: 1 },
    ]);
  });

  test('returns an empty report for no customers', () => {
    expect(zoneReport([], zones)).toEqual([]);
  });
});
