import { describe, test, expect } from '@jest/globals';
import { AppointmentBook, BookingError } from './solution';

const CLINIC = 'Clínica Dental Sonrisa';

function sampleBook() {
  const book = new AppointmentBook(CLINIC);
  book.book({ patient: 'Óscar Treviño', phone: '(81) 1234-5678', date: '2025-05-14', time: '09:30' });
  book.book({ patient: 'Ximena Garza Ríos', phone: '81 8765 4321', date: '2025-05-14', time: '08:00' });
  book.book({ patient: 'José Luis Peña', phone: '8110', date: '2025-05-14', time: '12:15' });
  book.book({ patient: 'Ana Salinas', phone: '81-2222-3333', date: '2025-05-15', time: '09:30' });
  return book;
}

function errorFrom(fn) {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but nothing was thrown');
}

describe('existing features (keep them green)', () => {
  test('book stores an appointment and returns a copy', () => {
    const book = new AppointmentBook(CLINIC);
    const booked = book.book({ patient: ' Ana Salinas ', phone: '8122223333', date: '2025-05-15', time: '10:00' });
    expect(booked).toEqual({ patient: 'Ana Salinas', phone: '8122223333', date: '2025-05-15', time: '10:00' });
    booked.time = '23:00';
    expect(book.forDay('2025-05-15')[0].time).toBe('10:00');
  });

  test('book refuses bad dates, bad times and taken slots', () => {
    const book = sampleBook();
    expect(errorFrom(() => book.book({ patient: 'A', phone: '1', date: '14/05/2025', time: '10:00' })).field).toBe('date');
    expect(() => book.book({ patient: 'A', phone: '1', date: '2025-05-14', time: '9:30' })).toThrow('Invalid time "9:30"');
    const taken = errorFrom(() => book.book({ patient: 'A', phone: '1', date: '2025-05-14', time: '09:30' }));
    expect(taken).toBeInstanceOf(BookingError);
    expect(taken.message).toBe('2025-05-14 09:30 is already taken');
  });

  test('forDay lists one day in time order', () => {
    expect(sampleBook().forDay('2025-05-14').map((a) => a.time)).toEqual(['08:00', '09:30', '12:15']);
  });
});

describe('cancel (new)', () => {
  test('removes the appointment and returns a copy of it', () => {
    const book = sampleBook();
    expect(book.cancel('2025-05-14', '09:30')).toEqual({
      patient: 'Óscar Treviño', phone: '(81) 1234-5678', date: '2025-05-14', time: '09:30',
    });
    expect(book.forDay('2025-05-14').map((a) => a.time)).toEqual(['08:00', '12:15']);
    expect(book.forDay('2025-05-15')).toHaveLength(1);
  });

  test('a cancelled slot can be booked again', () => {
    const book = sampleBook();
    book.cancel('2025-05-15', '09:30');
    expect(() => book.book({ patient: 'Luz', phone: '8100000000', date: '2025-05-15', time: '09:30' })).not.toThrow();
  });

  test('throws a BookingError when there is no appointment there', () => {
    const book = sampleBook();
    const error = errorFrom(() => book.cancel('2025-05-14', '10:00'));
    expect(error).toBeInstanceOf(BookingError);
    expect(error.field).toBe('time');
    expect(error.message).toBe('No appointment on 2025-05-14 at 10:00');
    expect(() => book.cancel('2025-05-16', '09:30')).toThrow('No appointment on 2025-05-16 at 09:30');
    expect(book.forDay('2025-05-14')).toHaveLength(3);
  });
});

describe('reminders (new)', () => {
  test('one message per appointment with a 10-digit phone, in time order', () => {
    expect(sampleBook().reminders('2025-05-14')).toEqual([
      {
        to: '+528187654321',
        text: `Hola Ximena, te esperamos en ${CLINIC} el 2025-05-14 a las 08:00. Responde NO para cancelar.`,
      },
      {
        to: '+528112345678',
        text: `Hola Óscar, te esperamos en ${CLINIC} el 2025-05-14 a las 09:30. Responde NO para cancelar.`,
      },
    ]);
  });

  test('keeps only the digits of the phone', () => {
    const [message] = sampleBook().reminders('2025-05-15');
    expect(message.to).toBe('+528122223333');
  });

  test('a cancelled appointment gets no reminder; a day without appointments gets none', () => {
    const book = sampleBook();
    book.cancel('2025-05-14', '08:00');
    expect(book.reminders('2025-05-14').map((m) => m.to)).toEqual(['+528112345678']);
    expect(book.reminders('2025-05-20')).toEqual([]);
  });
});
