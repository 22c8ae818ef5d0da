import { describe, test, expect } from '@jest/globals';
import { remindLater } from './solution';

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('remindLater', () => {
  test('calls the callback with the reminder text', async () => {
    const received = [];
    remindLater("Call Grandma", 5, (text) => received.push(text));
    await sleep(5001);
    expect(received).toEqual(["Reminder: Call Grandma"]);
  });

  test('does not call the callback straight away', () => {
    const received = [];
    remindLater("Water the plants", 1, (text) => received.push(text));
    expect(received).toEqual([]);
  });

  test('waits the full number of seconds', async () => {
    const received = [];
    remindLater("Pay the rent", 10, (text) => received.push(text));
    await sleep(9900);
    expect(received).toEqual([]);
    await sleep(200);
    expect(received).toEqual(["Reminder: Pay the rent"]);
  });

  test('calls the callback only once', async () => {
    const received = [];
    remindLater("Stretch", 2, (text) => received.push(text));
    await sleep(10000);
    expect(received).toHaveLength(1);
  });

  test('with 0 seconds still calls the callback later', async () => {
    const received = [];
    remindLater("Now", 0, (text) => received.push(text));
    expect(received).toEqual([]);
    await sleep(1);
    expect(received).toEqual(["Reminder: Now"]);
  });

  test('keeps accents and ñ in the message', async () => {
    const received = [];
    remindLater("Comprar piña para José", 3, (text) => received.push(text));
    await sleep(3001);
    expect(received).toEqual(["Reminder: Comprar piña para José"]);
  });

  test('handles several reminders in the order they are due', async () => {
    const received = [];
    remindLater("second", 4, (text) => received.push(text));
    remindLater("first", 2, (text) => received.push(text));
    await sleep(5000);
    expect(received).toEqual(["Reminder: first", "Reminder: second"]);
  });
});
