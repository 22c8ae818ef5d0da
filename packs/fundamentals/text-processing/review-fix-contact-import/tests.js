import { describe, test, expect } from '@jest/globals';
import { parseContacts, findByEmail } from './solution';

const csv = [
  "name,email,phone",
  "Ximena Ortiz, XIMENA.Ortiz@Example.com ,(555) 201-3344",
  "  Brian O'Neil ,brian@oneil.io,555.880.1200",
  "",
  "Ana Lucía Vega,ANA@vega.mx,+52 33 1234 5678",
  "",
].join("\n");

describe('parseContacts', () => {
  test('reads every contact of the example', () => {
    expect(parseContacts(csv)).toEqual([
      { name: "Ximena Ortiz", email: "ximena.ortiz@example.com", phone: "5552013344" },
      { name: "Brian O'Neil", email: "brian@oneil.io", phone: "5558801200" },
      { name: "Ana Lucía Vega", email: "ana@vega.mx", phone: "523312345678" },
    ]);
  });

  test('does not turn the header into a contact', () => {
    expect(parseContacts("name,email,phone\n")).toEqual([]);
  });

  test('keeps only the digits of the phone', () => {
    expect(parseContacts("name,email,phone\nEva,eva@x.com,(81) 8123-4567")[0].phone).toBe("8181234567");
  });

  test('trims and lowercases the email', () => {
    expect(parseContacts("name,email,phone\nEva,  EVA@Mail.COM  ,1")[0].email).toBe("eva@mail.com");
  });

  test('reads a file with \\r\\n line endings', () => {
    const windows = csv.split("\n").join("\r\n");
    expect(parseContacts(windows)).toEqual(parseContacts(csv));
  });

  test('skips lines with only spaces', () => {
    expect(parseContacts("name,email,phone\n   \nEva,eva@x.com,1")).toHaveLength(1);
  });

  test('skips lines that do not have exactly 3 fields', () => {
    const text = "name,email,phone\nJust a note\nEva,eva@x.com,1\nLuis,luis@x.com,2,extra";
    expect(parseContacts(text)).toEqual([{ name: "Eva", email: "eva@x.com", phone: "1" }]);
  });
});

describe('findByEmail', () => {
  test('finds a contact by email', () => {
    expect(findByEmail(parseContacts(csv), "ana@vega.mx").name).toBe("Ana Lucía Vega");
  });

  test('ignores capitals and spaces in the email looked for', () => {
    expect(findByEmail(parseContacts(csv), " Brian@ONeil.io").name).toBe("Brian O'Neil");
  });

  test('returns null when nobody has that email', () => {
    expect(findByEmail(parseContacts(csv), "nobody@example.com")).toBeNull();
  });
});
