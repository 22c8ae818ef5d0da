import { mergeContacts } from './solution';

// New arrays of new objects each time, so no test can change another test's data.
function oldCrm() {
  return [
    { name: 'Beatriz Cano', phone: '55 1234 5678' },
    { name: 'Pablo Ortiz', phone: '(33) 3610-2020' },
  ];
}

describe('mergeContacts', () => {
  test('one contact in the new list', () => {
    expect(mergeContacts([], [{ name: 'Beatriz Cano', phone: '5512345678' }]))
      .toEqual([{ name: 'Beatriz Cano', phone: '5512345678' }]);
  });

  test('keeps only the 10 digits of a phone typed with spaces or symbols', () => {
    expect(mergeContacts(oldCrm(), [])).toEqual([
      { name: 'Beatriz Cano', phone: '5512345678' },
      { name: 'Pablo Ortiz', phone: '3336102020' },
    ]);
  });

  test('drops the +52 country code', () => {
    expect(mergeContacts([{ name: 'Ana Ruiz', phone: '+52 81 4444 5555' }], []))
      .toEqual([{ name: 'Ana Ruiz', phone: '8144445555' }]);
  });

  test('the same phone written two ways is one contact, and the new list wins', () => {
    const newCrm = [{ name: 'Beatriz Cano Díaz', phone: '+52 (55) 1234-5678' }];
    expect(mergeContacts(oldCrm(), newCrm)).toEqual([
      { name: 'Beatriz Cano Díaz', phone: '5512345678' },
      { name: 'Pablo Ortiz', phone: '3336102020' },
    ]);
  });

  test('leaves out phones that do not have 10 digits', () => {
    const newCrm = [{ name: 'Sin Número', phone: '3610-2020' }, { name: 'Vacío', phone: '' }];
    expect(mergeContacts([], newCrm)).toEqual([]);
  });

  test('orders names starting with an accent with the other letters', () => {
    const newCrm = [
      { name: 'Óscar Peña', phone: '2221110000' },
      { name: 'Zoe Lara', phone: '2221110001' },
      { name: 'Álvaro Díaz', phone: '2221110002' },
    ];
    expect(mergeContacts(oldCrm(), newCrm).map((c) => c.name)).toEqual([
      'Álvaro Díaz', 'Beatriz Cano', 'Óscar Peña', 'Pablo Ortiz', 'Zoe Lara',
    ]);
  });

  test('does not change the lists it receives', () => {
    const before = oldCrm();
    const after = [{ name: 'Ana Ruiz', phone: '8144445555' }];
    mergeContacts(before, after);
    expect(before).toEqual(oldCrm());
    expect(after).toEqual([{ name: 'Ana Ruiz', phone: '8144445555' }]);
  });
});
