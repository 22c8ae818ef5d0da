import { describe, test, expect } from '@jest/globals';
import { nextPatients, doctorsWithQueue, dayIsDone } from './solution';

const makeAppointments = () => [
  { patient: "Ximena Poot", doctor: "Dra. Canul", time: "09:00", urgent: false, status: "seen" },
  { patient: "José Chan", doctor: "Dra. Canul", time: "09:30", urgent: false, status: "waiting" },
  { patient: "Óscar Pech", doctor: "Dr. Álvarez", time: "09:45", urgent: false, status: "waiting" },
  { patient: "Ana Uc", doctor: "Dra. Canul", time: "10:00", urgent: true, status: "waiting" },
  { patient: "Luis May", doctor: "Dra. Canul", time: "09:15", urgent: false, status: "canceled" },
  { patient: "Rosa Ek", doctor: "Dra. Canul", time: "09:10", urgent: false, status: "waiting" },
];

describe('nextPatients', () => {
  test('puts urgent patients first, then the earliest', () => {
    expect(nextPatients(makeAppointments(), "Dra. Canul", 2)).toEqual(["Ana Uc", "Rosa Ek"]);
  });

  test('returns everyone waiting when count is bigger', () => {
    expect(nextPatients(makeAppointments(), "Dra. Canul", 10)).toEqual(["Ana Uc", "Rosa Ek", "José Chan"]);
  });

  test('leaves out seen and canceled appointments and other doctors', () => {
    expect(nextPatients(makeAppointments(), "Dr. Álvarez", 5)).toEqual(["Óscar Pech"]);
  });

  test('returns an empty array for a doctor with nobody waiting', () => {
    expect(nextPatients(makeAppointments(), "Dr. Ruiz", 3)).toEqual([]);
  });

  test('orders several urgent patients by time too', () => {
    const list = [
      { patient: "A", doctor: "D", time: "11:00", urgent: true, status: "waiting" },
      { patient: "B", doctor: "D", time: "08:00", urgent: false, status: "waiting" },
      { patient: "C", doctor: "D", time: "10:30", urgent: true, status: "waiting" },
    ];
    expect(nextPatients(list, "D", 3)).toEqual(["C", "A", "B"]);
  });

  test('keeps the list order for the same urgency and time', () => {
    const list = [
      { patient: "Iker", doctor: "D", time: "12:00", urgent: false, status: "waiting" },
      { patient: "Eva", doctor: "D", time: "12:00", urgent: false, status: "waiting" },
      { patient: "Zoé", doctor: "D", time: "12:00", urgent: false, status: "waiting" },
    ];
    expect(nextPatients(list, "D", 3)).toEqual(["Iker", "Eva", "Zoé"]);
  });

  test('does not reorder or change the appointments', () => {
    const list = makeAppointments();
    nextPatients(list, "Dra. Canul", 3);
    expect(list).toEqual(makeAppointments());
  });
});

describe('doctorsWithQueue', () => {
  test('lists each doctor with someone waiting once, alphabetically', () => {
    expect(doctorsWithQueue(makeAppointments())).toEqual(["Dr. Álvarez", "Dra. Canul"]);
  });

  test('leaves out a doctor whose patients were all seen', () => {
    const list = [
      { patient: "A", doctor: "Dr. Ruiz", time: "09:00", urgent: false, status: "seen" },
      { patient: "B", doctor: "Dra. Canul", time: "09:00", urgent: false, status: "waiting" },
    ];
    expect(doctorsWithQueue(list)).toEqual(["Dra. Canul"]);
  });

  test('returns an empty array for an empty day', () => {
    expect(doctorsWithQueue([])).toEqual([]);
  });

  test('does not reorder the appointments', () => {
    const list = makeAppointments();
    doctorsWithQueue(list);
    expect(list).toEqual(makeAppointments());
  });
});

describe('dayIsDone', () => {
  test('is false while someone is waiting', () => {
    expect(dayIsDone(makeAppointments(), "Dra. Canul")).toBe(false);
  });

  test('is true when every appointment is seen or canceled', () => {
    const list = makeAppointments().filter((a) => a.status !== "waiting");
    expect(dayIsDone(list, "Dra. Canul")).toBe(true);
  });

  test('looks only at that doctor', () => {
    const list = [
      { patient: "A", doctor: "Dr. Ruiz", time: "09:00", urgent: false, status: "seen" },
      { patient: "B", doctor: "Dra. Canul", time: "09:00", urgent: false, status: "waiting" },
    ];
    expect(dayIsDone(list, "Dr. Ruiz")).toBe(true);
  });

  test('is true for a doctor with no appointments', () => {
    expect(dayIsDone(makeAppointments(), "Dr. Ruiz")).toBe(true);
  });
});
