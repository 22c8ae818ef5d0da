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

describe('sendReminders', () => {
  test('texts a patient who has an appointment on that date', async () => {
    const { sendSms, messages } = fakeSms();
    const result = await sendReminders(
      [{ name: "Ana", phone: "2221234567", date: "2025-06-12", time: "10:30" }],
      "2025-06-12",
      sendSms,
    );
    expect(result).toEqual({ sent: 1, failed: [] });
    expect(messages).toEqual([
      { phone: "2221234567", message: "Reminder: Ana, your appointment is on 2025-06-12 at 10:30." },
    ]);
  });

  // Add your tests here.
});
