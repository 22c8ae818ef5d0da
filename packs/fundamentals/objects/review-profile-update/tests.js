import { describe, test, expect } from '@jest/globals';
import { applyUpdate, changedFields } from './solution';

function makeProfile() {
  return {
    name: "Ximena Ruiz",
    phone: "3312345678",
    email: "ximena@example.com",
    address: { street: "Av. Vallarta 1200", city: "Guadalajara", postalCode: "44100" },
  };
}

describe('applyUpdate', () => {
  test('replaces a top-level field', () => {
    const updated = applyUpdate(makeProfile(), { phone: "3398765432" });
    expect(updated.phone).toBe("3398765432");
    expect(updated.name).toBe("Ximena Ruiz");
  });

  test('merges a partial address', () => {
    const updated = applyUpdate(makeProfile(), { address: { city: "Zapopan" } });
    expect(updated.address).toEqual({ street: "Av. Vallarta 1200", city: "Zapopan", postalCode: "44100" });
  });

  test('applies several changes at once', () => {
    const updated = applyUpdate(makeProfile(), {
      name: "Ximena Ruiz Ibáñez",
      email: "xri@example.com",
      address: { street: "Calle Morelos 45", postalCode: "45040" },
    });
    expect(updated).toEqual({
      name: "Ximena Ruiz Ibáñez",
      phone: "3312345678",
      email: "xri@example.com",
      address: { street: "Calle Morelos 45", city: "Guadalajara", postalCode: "45040" },
    });
  });

  test('ignores keys the form should not send', () => {
    const updated = applyUpdate(makeProfile(), { points: 99999, address: { country: "US" } });
    expect(updated).toEqual(makeProfile());
  });

  test('keeps a postal code with a leading zero as text', () => {
    const updated = applyUpdate(makeProfile(), { address: { postalCode: "06600", city: "Ciudad de México" } });
    expect(updated.address.postalCode).toBe("06600");
  });

  test('an empty value is a real change', () => {
    expect(applyUpdate(makeProfile(), { email: "" }).email).toBe("");
  });

  test('does not change the original profile or its address', () => {
    const profile = makeProfile();
    applyUpdate(profile, { phone: "3398765432", address: { city: "Zapopan" } });
    expect(profile).toEqual(makeProfile());
  });

  test('returns a new address object', () => {
    const profile = makeProfile();
    const updated = applyUpdate(profile, { name: "Ximena R." });
    expect(updated).not.toBe(profile);
    expect(updated.address).not.toBe(profile.address);
  });
});

describe('changedFields', () => {
  test('lists the edited fields in order', () => {
    const profile = makeProfile();
    const updated = applyUpdate(profile, { phone: "3398765432", address: { city: "Zapopan" } });
    expect(changedFields(profile, updated)).toEqual(["phone", "address.city"]);
  });

  test('lists every field when everything changed', () => {
    const before = makeProfile();
    const after = {
      name: "José",
      phone: "5512345678",
      email: "jose@example.com",
      address: { street: "Calle 60", city: "Mérida", postalCode: "97000" },
    };
    expect(changedFields(before, after)).toEqual([
      "name", "phone", "email", "address.street", "address.city", "address.postalCode",
    ]);
  });

  test('nothing changed', () => {
    expect(changedFields(makeProfile(), makeProfile())).toEqual([]);
  });
});
