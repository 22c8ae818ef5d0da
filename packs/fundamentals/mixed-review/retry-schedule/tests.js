import { describe, test, expect } from '@jest/globals';
import { sendReminder } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// A fake gateway whose first `failures` sends reject; later sends resolve with a message id.
function fakeGateway(failures) {
  const gateway = {
    calls: 0,
    messages: [],
    send(message) {
      gateway.calls++;
      gateway.messages.push(message);
      if (gateway.calls <= failures) {
        return Promise.reject(new Error(`Gateway busy (${gateway.calls})`));
      }
      return Promise.resolve(`SMS-${gateway.calls}`);
    },
  };
  return gateway;
}

const text = 'Recordatorio: tu cita en la clínica de Monterrey es mañana a las 10:00';

describe('sendReminder', () => {
  test('returns the id and one attempt when the first send works', async () => {
    const gateway = fakeGateway(0);
    await expect(sendReminder(gateway, text)).resolves.toEqual({ id: 'SMS-1', attempts: 1 });
    expect(gateway.messages).toEqual([text]);
  });

  test('tries again after a failed send', async () => {
    const gateway = fakeGateway(2);
    await expect(sendReminder(gateway, text)).resolves.toEqual({ id: 'SMS-3', attempts: 3 });
    expect(gateway.calls).toBe(3);
  });

  test('makes one attempt more than there are delays', async () => {
    const gateway = fakeGateway(3);
    await expect(sendReminder(gateway, text)).resolves.toEqual({ id: 'SMS-4', attempts: 4 });
  });

  test('gives up with the last error after every attempt fails', async () => {
    const gateway = fakeGateway(99);
    await expect(sendReminder(gateway, text, [10, 20])).rejects.toThrow('Gave up after 3 attempts: Gateway busy (3)');
    expect(gateway.calls).toBe(3);
  });

  test('with no delays, tries exactly once', async () => {
    const gateway = fakeGateway(99);
    await expect(sendReminder(gateway, text, [])).rejects.toThrow('Gave up after 1 attempts: Gateway busy (1)');
    expect(gateway.calls).toBe(1);
  });

  test('waits each delay, in order, before the next attempt', async () => {
    const gateway = fakeGateway(99);
    const result = sendReminder(gateway, text, [1000, 2000, 4000]);
    result.catch(() => {});
    await sleep(999);
    expect(gateway.calls).toBe(1);
    await sleep(2);
    expect(gateway.calls).toBe(2);
    await sleep(1998);
    expect(gateway.calls).toBe(2);
    await sleep(2);
    expect(gateway.calls).toBe(3);
    await sleep(3998);
    expect(gateway.calls).toBe(3);
    await sleep(2);
    expect(gateway.calls).toBe(4);
    await expect(result).rejects.toThrow('Gave up after 4 attempts: Gateway busy (4)');
  });

  test('does not wait after the last failure', async () => {
    const gateway = fakeGateway(99);
    let settled = false;
    const result = sendReminder(gateway, text, [500]);
    result.catch(() => { settled = true; });
    await sleep(501);
    expect(gateway.calls).toBe(2);
    expect(settled).toBe(true);
  });
});
