import { mergeContacts } from './solution';

describe('mergeContacts', () => {
  test('one contact in the new list', () => {
    const merged = mergeContacts([], [{ name: 'Beatriz Cano', phone: '5512345678' }]);
    expect(merged).toEqual([{ name: 'Beatriz Cano', phone: '5512345678' }]);
  });

  // Add your tests here.
});
