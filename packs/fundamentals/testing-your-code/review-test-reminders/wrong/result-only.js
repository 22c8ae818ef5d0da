// Checks only the result, never which phones the fake was asked to text.
import { sendReminders } from './solution';

function fakeSms(failFor = []) {
  const messages = [];
  async function sendSms(phone, message) {
    messages.push({ phone, message });
    if (failFor.includes(phone)) {
      throw new Error(`Could not text ${phone}`);
    }
  }
  return { sendSms, messages };
}

const DAY = "2025-06-12";
const ana = { name: "Ana", phone: "2221234567", date: DAY, time: "10:30" };
const beto = { name: "Beto", phone: "2223334444", date: DAY, time: "11:00" };

describe('sendReminders', () => {
  test('texts a patient who has an appointment on that date', async () => {
    const { sendSms } = fakeSms();
    expect(await sendReminders([ana], DAY, sendSms)).toEqual({ sent: 1, failed: [] });
  });

  test('keeps going after a message fails', async () => {
    const { sendSms } = fakeSms([beto.phone]);
    expect(await sendReminders([beto, ana], DAY, sendSms)).toEqual({ sent: 1, failed: ["Beto"] });
  });

  test('a day with no appointments sends nothing', async () => {
    const { sendSms } = fakeSms();
    expect(await sendReminders([], DAY, sendSms)).toEqual({ sent: 0, failed: [] });
  });
});
