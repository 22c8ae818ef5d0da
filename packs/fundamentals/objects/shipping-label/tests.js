import { describe, test, expect } from '@jest/globals';
import { shippingLabel } from './solution';

function makeOrder(name, street, city) {
  return { id: 1, customer: { name: name, address: { street: street, city: city } } };
}

describe('shippingLabel', () => {
  test('prints name, street and city', () => {
    const order = {
      id: 1042,
      customer: { name: 'Marta Ruiz', address: { street: 'Calle del Sol 12', city: 'Sevilla' } },
    };
    expect(shippingLabel(order)).toBe('Marta Ruiz, Calle del Sol 12, SEVILLA');
  });

  test('works for another customer', () => {
    expect(shippingLabel(makeOrder('Kwame Mensah', '4 Oak Road', 'Leeds'))).toBe(
      'Kwame Mensah, 4 Oak Road, LEEDS',
    );
  });

  test('writes accented cities in capitals', () => {
    expect(shippingLabel(makeOrder('Ana', 'Av. Tulum 3', 'Cancún'))).toBe('Ana, Av. Tulum 3, CANCÚN');
  });

  test('keeps the name and street unchanged', () => {
    expect(shippingLabel(makeOrder('José Peña', 'calle ñandú 8', 'Mérida'))).toBe(
      'José Peña, calle ñandú 8, MÉRIDA',
    );
  });

  test('a city already in capitals stays the same', () => {
    expect(shippingLabel(makeOrder('Li Wei', '9 Pine St', 'NYC'))).toBe('Li Wei, 9 Pine St, NYC');
  });

  test('does not include the order id', () => {
    const order = { id: 7781, customer: { name: 'Ana', address: { street: 'Sol', city: 'Monterrey' } } };
    expect(shippingLabel(order)).not.toContain('7781');
  });

  test('still separates empty pieces with commas', () => {
    expect(shippingLabel(makeOrder('', '', ''))).toBe(', , ');
  });
});
