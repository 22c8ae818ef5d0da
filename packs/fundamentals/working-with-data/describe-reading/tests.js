import { describe, test, expect } from '@jest/globals';
import { describeReading } from './solution';

describe('describeReading', () => {
  test('describes a complete reading', () => {
    const reading = {
      station: { name: "Nevado de Toluca", altitude: 3800 },
      temp: -2.5,
      wind: { speed: 40, direction: "NE" },
    };
    expect(describeReading(reading)).toBe("Nevado de Toluca: -2.5 °C, wind 40 km/h");
  });

  test('shows zero values as 0', () => {
    const reading = { station: { name: "Toluca" }, temp: 0, wind: { speed: 0 } };
    expect(describeReading(reading)).toBe("Toluca: 0 °C, wind 0 km/h");
  });

  test('handles a missing station and wind', () => {
    expect(describeReading({ temp: 18 })).toBe("Unknown station: 18 °C, no wind data");
  });

  test('handles an empty reading', () => {
    expect(describeReading({})).toBe("Unknown station: no temperature data, no wind data");
  });

  test('handles a station without a name', () => {
    const reading = { station: { altitude: 2850 }, temp: 12, wind: { speed: 5 } };
    expect(describeReading(reading)).toBe("Unknown station: 12 °C, wind 5 km/h");
  });

  test('handles wind without a speed', () => {
    const reading = { station: { name: "Ibarra" }, temp: 21, wind: { direction: "S" } };
    expect(describeReading(reading)).toBe("Ibarra: 21 °C, no wind data");
  });

  test('treats null like a missing value', () => {
    const reading = { station: null, temp: null, wind: { speed: null } };
    expect(describeReading(reading)).toBe("Unknown station: no temperature data, no wind data");
  });

  test('keeps accents in names', () => {
    const reading = { station: { name: "Peñas Blancas" }, temp: 9.5, wind: { speed: 3 } };
    expect(describeReading(reading)).toBe("Peñas Blancas: 9.5 °C, wind 3 km/h");
  });
});
