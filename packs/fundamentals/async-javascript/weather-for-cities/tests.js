import { describe, test, expect } from '@jest/globals';
import { weatherForCities } from './solution';

// A fake weather service: 2 seconds per request, and it remembers how many
// requests were running at the same time.
function makeService(temperatures) {
  const service = { active: 0, maxActive: 0, asked: [] };
  service.getTemperature = (city) => {
    service.active++;
    service.maxActive = Math.max(service.maxActive, service.active);
    service.asked.push(city);
    return new Promise((resolve, reject) => {
      setTimeout(() => {
        service.active--;
        if (Object.hasOwn(temperatures, city)) {
          resolve(temperatures[city]);
        } else {
          reject(new Error(`Unknown city ${city}`));
        }
      }, 2000);
    });
  };
  return service;
}

const temps = { Toluca: 14, Monterrey: 19, "San Luis Potosí": 8, "Chihuahua": -3, "Querétaro": 0 };

describe('weatherForCities', () => {
  test('returns the temperature of every city', async () => {
    const service = makeService(temps);
    await expect(weatherForCities(["Toluca", "Monterrey", "San Luis Potosí"], service.getTemperature)).resolves.toEqual({
      Toluca: 14,
      Monterrey: 19,
      "San Luis Potosí": 8,
    });
  });

  test('asks for all the cities at the same time', async () => {
    const service = makeService(temps);
    await weatherForCities(["Toluca", "Monterrey", "San Luis Potosí", "Chihuahua"], service.getTemperature);
    expect(service.maxActive).toBe(4);
  });

  test('asks about each city once', async () => {
    const service = makeService(temps);
    await weatherForCities(["Monterrey", "Toluca"], service.getTemperature);
    expect(service.asked).toEqual(["Monterrey", "Toluca"]);
  });

  test('uses null for a city whose request fails', async () => {
    const service = makeService(temps);
    await expect(weatherForCities(["Toluca", "Atlantis"], service.getTemperature)).resolves.toEqual({
      Toluca: 14,
      Atlantis: null,
    });
  });

  test('never rejects, even when every request fails', async () => {
    const service = makeService({});
    await expect(weatherForCities(["A", "B"], service.getTemperature)).resolves.toEqual({ A: null, B: null });
  });

  test('keeps zero and negative temperatures', async () => {
    const service = makeService(temps);
    await expect(weatherForCities(["Chihuahua", "Querétaro"], service.getTemperature)).resolves.toEqual({
      Chihuahua: -3,
      "Querétaro": 0,
    });
  });

  test('returns an empty object for no cities', async () => {
    const service = makeService(temps);
    await expect(weatherForCities([], service.getTemperature)).resolves.toEqual({});
    expect(service.asked).toEqual([]);
  });
});
