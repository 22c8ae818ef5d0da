// Wrong approach: cancelling a slot with no appointment returns undefined instead of throwing.
export class BookingError extends Error {
  constructor(field, message) {
    super(message);
    this.name = "BookingError";
    this.field = field;
  }
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export class AppointmentBook {
  constructor(clinic) {
    this.clinic = clinic;
    this.appointments = [];
  }
  book({ patient, phone, date, time }) {
    if (!DATE.test(date)) throw new BookingError("date", `Invalid date "${date}"`);
    if (!TIME.test(time)) throw new BookingError("time", `Invalid time "${time}"`);
    if (this.appointments.some((a) => a.date === date && a.time === time)) {
      throw new BookingError("time", `${date} ${time} is already taken`);
    }
    const appointment = { patient: patient.trim(), phone, date, time };
    this.appointments.push(appointment);
    return { ...appointment };
  }
  forDay(date) {
    return this.appointments.filter((a) => a.date === date).sort((a, b) => a.time.localeCompare(b.time)).map((a) => ({ ...a }));
  }
  cancel(date, time) {
    const index = this.appointments.findIndex((a) => a.date === date && a.time === time);
    if (index === -1) return undefined;
    return { ...this.appointments.splice(index, 1)[0] };
  }
  reminders(date) {
    return this.forDay(date)
      .map((a) => ({ a, digits: a.phone.replace(/\D/g, "") }))
      .filter(({ digits }) => digits.length === 10)
      .map(({ a, digits }) => ({
        to: `+52${digits}`,
        text: `Hola ${a.patient.split(" ")[0]}, te esperamos en ${this.clinic} el ${date} a las ${a.time}. Responde NO para cancelar.`,
      }));
  }
}
