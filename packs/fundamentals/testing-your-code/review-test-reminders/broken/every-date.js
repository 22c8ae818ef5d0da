// reminds every appointment, whatever its date
export async function sendReminders(appointments, date, sendSms) {
  let sent = 0;
  const failed = [];
  const texted = [];
  for (const appointment of appointments) {
    if (typeof appointment.phone !== "string" || !/^\d{10}$/.test(appointment.phone)) {
      continue;
    }
    if (texted.includes(appointment.phone)) {
      continue;
    }
    texted.push(appointment.phone);
    const message = `Reminder: ${appointment.name}, your appointment is on ${date} at ${appointment.time}.`;
    try {
      await sendSms(appointment.phone, message);
      sent++;
    } catch (error) {
      failed.push(appointment.name);
    }
  }
  return { sent, failed };
}
