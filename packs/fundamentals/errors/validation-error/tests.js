import { describe, test, expect } from '@jest/globals';
import { ValidationError, validateSignup } from './solution';

function errorFrom(form) {
  try {
    validateSignup(form);
  } catch (error) {
    return error;
  }
  return null;
}

describe('validateSignup', () => {
  test('ValidationError has a name, a message and a field', () => {
    const error = new ValidationError('Email must contain @', 'email');
    expect(error.name).toBe('ValidationError');
    expect(error.message).toBe('Email must contain @');
    expect(error.field).toBe('email');
    expect(error).toBeInstanceOf(Error);
  });

  test('accepts a valid form', () => {
    expect(validateSignup({ name: 'Ana', email: 'ana@mail.com', password: 'tamales24' })).toBe(true);
  });

  test('accepts accented names and a password of exactly 8 characters', () => {
    expect(validateSignup({ name: 'José Núñez', email: 'jose@mail.co', password: 'ñandú123' })).toBe(true);
  });

  test('rejects a missing or blank name', () => {
    expect(() => validateSignup({ email: 'a@b.c', password: '12345678' })).toThrow(ValidationError);
    const error = errorFrom({ name: '   ', email: 'a@b.c', password: '12345678' });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('Name is required');
    expect(error.field).toBe('name');
  });

  test('rejects an email without @', () => {
    const error = errorFrom({ name: 'Ana', email: 'ana.mail.com', password: '12345678' });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('Email must contain @');
    expect(error.field).toBe('email');
  });

  test('rejects a missing email', () => {
    expect(() => validateSignup({ name: 'Ana', password: '12345678' })).toThrow('Email must contain @');
  });

  test('rejects a short or missing password', () => {
    const error = errorFrom({ name: 'Ana', email: 'ana@mail.com', password: '1234567' });
    expect(error.field).toBe('password');
    expect(() => validateSignup({ name: 'Ana', email: 'ana@mail.com' })).toThrow(/at least 8 characters/);
  });

  test('reports the first problem when several fields are wrong', () => {
    const error = errorFrom({ name: '', email: '', password: '' });
    expect(error.field).toBe('name');
  });
});
