import { describe, test, expect } from '@jest/globals';
import { shippingCost, orderTotal } from './solution';

describe('shippingCost', () => {
  test('Mexico City costs 9900', () => {
    expect(shippingCost("CDMX")).toBe(9900);
  });

  test('Jalisco and Nuevo León cost 14900', () => {
    expect(shippingCost("JAL")).toBe(14900);
    expect(shippingCost("NL")).toBe(14900);
  });

  test('any other state costs 19900', () => {
    expect(shippingCost("YUC")).toBe(19900);
    expect(shippingCost("SON")).toBe(19900);
  });
});

describe('orderTotal', () => {
  test('a customer who is not a member pays shipping', () => {
    expect(orderTotal(50000, "CDMX", false)).toBe(59900);
  });

  test('members never pay shipping', () => {
    expect(orderTotal(50000, "SON", true)).toBe(50000);
  });

  test('an order of exactly $1,500.00 ships free', () => {
    expect(orderTotal(150000, "YUC", false)).toBe(150000);
  });

  test('one centavo less pays shipping', () => {
    expect(orderTotal(149999, "NL", false)).toBe(164899);
  });

  test('big orders ship free', () => {
    expect(orderTotal(320000, "JAL", false)).toBe(320000);
  });

  test('the shipping added depends on the state', () => {
    expect(orderTotal(1000, "CDMX", false)).toBe(10900);
    expect(orderTotal(1000, "OAX", false)).toBe(20900);
  });
});
