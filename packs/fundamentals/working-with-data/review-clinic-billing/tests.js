import { describe, test, expect } from '@jest/globals';
import { billingByInsurer } from './solution';

const charge = (centavos, concept = 'Consulta') => ({ concept, centavos });

const patients = [
  { id: 'P-01', name: 'Ximena Ruiz', insurance: { provider: 'GNP', policy: 'GN-4471' } },
  { id: 'P-02', name: 'Óscar Díaz', insurance: null },
  { id: 'P-03', name: 'Lucía Pech' },
  { id: 'P-04', name: 'José Canul', insurance: { provider: 'AXA', policy: 'AX-0093' } },
];

const exportOf = (visits, list = patients) => JSON.stringify({ patients: list, visits });

describe('billingByInsurer', () => {
  test('the example from the instructions', () => {
    const text = exportOf([
      { patientId: 'P-01', date: '2025-05-02', charges: [charge(60000)] },
      { patientId: 'P-02', date: '2025-05-03', charges: [charge(60000), charge(85000, 'Ultrasonido')] },
      { patientId: 'P-03', date: '2025-05-03' },
      { patientId: 'P-77', date: '2025-05-04', charges: [charge(25000, 'Curación')] },
    ]);
    expect(billingByInsurer(text)).toEqual([
      { insurer: 'Particular', visits: 2, totalCentavos: 145000 },
      { insurer: 'GNP', visits: 1, totalCentavos: 60000 },
      { insurer: 'Unknown', visits: 1, totalCentavos: 25000 },
    ]);
  });

  test('adds up several visits of the same insurer', () => {
    const text = exportOf([
      { patientId: 'P-01', date: '2025-05-02', charges: [charge(60000)] },
      { patientId: 'P-04', date: '2025-05-02', charges: [charge(30000)] },
      { patientId: 'P-01', date: '2025-05-20', charges: [charge(60000), charge(12050, 'Vacuna')] },
    ]);
    expect(billingByInsurer(text)).toEqual([
      { insurer: 'GNP', visits: 2, totalCentavos: 132050 },
      { insurer: 'AXA', visits: 1, totalCentavos: 30000 },
    ]);
  });

  test('a patient with null or missing insurance pays on their own', () => {
    const text = exportOf([
      { patientId: 'P-02', date: '2025-05-03', charges: [charge(100)] },
      { patientId: 'P-03', date: '2025-05-03', charges: [charge(200)] },
    ]);
    expect(billingByInsurer(text)).toEqual([{ insurer: 'Particular', visits: 2, totalCentavos: 300 }]);
  });

  test('a visit without charges counts, with 0', () => {
    const text = exportOf([{ patientId: 'P-04', date: '2025-05-09' }, { patientId: 'P-04', date: '2025-05-10', charges: [] }]);
    expect(billingByInsurer(text)).toEqual([{ insurer: 'AXA', visits: 2, totalCentavos: 0 }]);
  });

  test('equal totals are sorted by name', () => {
    const text = exportOf([
      { patientId: 'P-01', date: '2025-05-02', charges: [charge(50000)] },
      { patientId: 'P-02', date: '2025-05-02', charges: [charge(50000)] },
      { patientId: 'P-04', date: '2025-05-02', charges: [charge(50000)] },
    ]);
    expect(billingByInsurer(text).map((s) => s.insurer)).toEqual(['AXA', 'GNP', 'Particular']);
  });

  test('an id that looks like a built-in name is still an unknown patient', () => {
    const text = exportOf([
      { patientId: 'toString', date: '2025-05-02', charges: [charge(1000)] },
      { patientId: 'constructor', date: '2025-05-02', charges: [charge(1000)] },
    ]);
    expect(billingByInsurer(text)).toEqual([{ insurer: 'Unknown', visits: 2, totalCentavos: 2000 }]);
  });

  test('an insurer can have any name', () => {
    const odd = [{ id: 'P-09', name: 'Ana', insurance: { provider: 'constructor' } }];
    const text = exportOf([{ patientId: 'P-09', date: '2025-05-02', charges: [charge(700)] }], odd);
    expect(billingByInsurer(text)).toEqual([{ insurer: 'constructor', visits: 1, totalCentavos: 700 }]);
  });

  test('no visits, no summaries', () => {
    expect(billingByInsurer(exportOf([]))).toEqual([]);
  });
});
