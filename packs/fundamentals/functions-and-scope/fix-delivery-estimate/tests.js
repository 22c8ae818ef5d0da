import { describe, test, expect } from '@jest/globals';
import { deliveryDays, deliveryMessage } from './solution';

describe('deliveryDays', () => {
  test('takes 1 day inside Mexico City', () => {
    expect(deliveryDays("CDMX")).toBe(1);
  });

  test('takes 3 days to other states', () => {
    expect(deliveryDays("YUC")).toBe(3);
    expect(deliveryDays("NL", false)).toBe(3);
  });

  test('express takes one day less', () => {
    expect(deliveryDays("YUC", true)).toBe(2);
    expect(deliveryDays("CDMX", true)).toBe(0);
  });
});

describe('deliveryMessage', () => {
  test('express inside Mexico City arrives today', () => {
    expect(deliveryMessage("CDMX", true)).toBe("Your order arrives today");
  });

  test('normal shipping inside Mexico City arrives tomorrow', () => {
    expect(deliveryMessage("CDMX")).toBe("Your order arrives tomorrow");
  });

  test('other states count the days', () => {
    expect(deliveryMessage("JAL", false)).toBe("Your order arrives in 3 days");
    expect(deliveryMessage("OAX", true)).toBe("Your order arrives in 2 days");
  });

  test('returns a string', () => {
    expect(typeof deliveryMessage("SON")).toBe("string");
  });
});
