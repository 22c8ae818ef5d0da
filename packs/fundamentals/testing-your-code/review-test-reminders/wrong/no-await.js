// Forgets to await the call, so every expect runs against a promise instead of the result.
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
  test('texts a patient who has an appointment on that date', () => {
    const { sendSms } = fakeSms();
    const result = sendReminders([ana], DAY, sendSms);
    expect(result).toEqual({ sent: 1, failed: [] });
  });

  test('keeps going after a message fails', () => {
    const { sendSms } = fakeSms([beto.phone]);
    const result = sendReminders([beto, ana], DAY, sendSms);
    expect(result).toEqual({ sent: 1, failed: ["Beto"] });
  });
});
