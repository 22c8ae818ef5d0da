import { sendReminders } from './solution';

// A fake sendSms. It records every call in `messages` as { phone, message },
// and rejects (as if the SMS could not be sent) for the phones listed in failFor.
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
const chuy = { name: "Chuy", phone: "2225556666", date: DAY, time: "12:15" };

const phones = (messages) => messages.map((m) => m.phone);

describe('sendReminders', () => {
  test('texts a patient who has an appointment on that date', async () => {
    const { sendSms, messages } = fakeSms();
    const result = await sendReminders([ana], DAY, sendSms);
    expect(result).toEqual({ sent: 1, failed: [] });
    expect(messages).toEqual([
      { phone: "2221234567", message: "Reminder: Ana, your appointment is on 2025-06-12 at 10:30." },
    ]);
  });

  test('texts every patient of the day, in list order', async () => {
    const { sendSms, messages } = fakeSms();
    const result = await sendReminders([chuy, ana, beto], DAY, sendSms);
    expect(result).toEqual({ sent: 3, failed: [] });
    expect(phones(messages)).toEqual(["2225556666", "2221234567", "2223334444"]);
  });

  test('skips appointments on other dates', async () => {
    const { sendSms, messages } = fakeSms();
    const result = await sendReminders([ana, { ...beto, date: "2025-06-13" }], DAY, sendSms);
    expect(result).toEqual({ sent: 1, failed: [] });
    expect(phones(messages)).toEqual(["2221234567"]);
  });

  test('skips a missing phone and a phone that is not 10 digits', async () => {
    const { sendSms, messages } = fakeSms();
    const { phone, ...noPhone } = beto;
    const result = await sendReminders([noPhone, { ...chuy, phone: "22255566" }, ana], DAY, sendSms);
    expect(result).toEqual({ sent: 1, failed: [] });
    expect(phones(messages)).toEqual(["2221234567"]);
  });

  test('texts a phone only once', async () => {
    const { sendSms, messages } = fakeSms();
    const sibling = { name: "Beto", phone: ana.phone, date: DAY, time: "11:00" };
    const result = await sendReminders([ana, sibling], DAY, sendSms);
    expect(result).toEqual({ sent: 1, failed: [] });
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toContain("Ana");
  });

  test('keeps going after a message fails, and reports who missed it', async () => {
    const { sendSms, messages } = fakeSms([beto.phone]);
    const result = await sendReminders([ana, beto, chuy], DAY, sendSms);
    expect(result).toEqual({ sent: 2, failed: ["Beto"] });
    expect(phones(messages)).toEqual([ana.phone, beto.phone, chuy.phone]);
  });

  test('a day with no appointments sends nothing', async () => {
    const { sendSms, messages } = fakeSms();
    expect(await sendReminders([], DAY, sendSms)).toEqual({ sent: 0, failed: [] });
    expect(messages).toEqual([]);
  });
});
