import { describe, test, expect } from '@jest/globals';
import { arrivalMessage } from './solution';

function serviceAnswering(arrival, ms = 800) {
  return () => new Promise((resolve) => setTimeout(() => resolve(arrival), ms));
}

function failingService(ms = 800) {
  return () => new Promise((resolve, reject) => setTimeout(() => reject(new Error("timeout")), ms));
}

describe('arrivalMessage', () => {
  test('returns a promise', () => {
    const result = arrivalMessage(serviceAnswering({ line: "12", minutes: 4 }), "P-17");
    expect(result).toBeInstanceOf(Promise);
  });

  test('shows the minutes until the bus arrives', async () => {
    const service = serviceAnswering({ line: "12", minutes: 4 });
    await expect(arrivalMessage(service, "P-17")).resolves.toBe("Line 12 arrives in 4 minutes");
  });

  test('uses the singular for one minute', async () => {
    const service = serviceAnswering({ line: "7", minutes: 1 });
    await expect(arrivalMessage(service, "P-17")).resolves.toBe("Line 7 arrives in 1 minute");
  });

  test('says arriving now for 0 minutes', async () => {
    const service = serviceAnswering({ line: "31", minutes: 0 });
    await expect(arrivalMessage(service, "P-17")).resolves.toBe("Line 31 is arriving now");
  });

  test('shows a message instead of failing when the service fails', async () => {
    await expect(arrivalMessage(failingService(), "P-17")).resolves.toBe(
      "No information for stop P-17"
    );
  });

  test('asks the service about the right stop', async () => {
    const asked = [];
    const service = (stopId) => {
      asked.push(stopId);
      return Promise.resolve({ line: "5", minutes: 9 });
    };
    await arrivalMessage(service, "Peñón-3");
    expect(asked).toEqual(["Peñón-3"]);
  });

  test('works with a slow service', async () => {
    const service = serviceAnswering({ line: "B2", minutes: 15 }, 30000);
    await expect(arrivalMessage(service, "X")).resolves.toBe("Line B2 arrives in 15 minutes");
  });

  test('names the stop when the service fails at once', async () => {
    const service = () => Promise.reject(new Error("unknown stop"));
    await expect(arrivalMessage(service, "Z-0")).resolves.toBe("No information for stop Z-0");
  });
});
