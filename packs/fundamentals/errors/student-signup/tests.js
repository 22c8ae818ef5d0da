import { describe, test, expect } from '@jest/globals';
import { ValidationError } from './errors.js';
import { validateStudent, registerAll } from './solution';

const ana = { name: ' Ana Gómez ', email: 'Ana@Correo.mx', postalCode: '06700', curp: 'GOMA900215MDFRRS09' };

function problemWith(form) {
  try {
    validateStudent(form);
  } catch (error) {
    return error;
  }
  return null;
}

describe('what already works', () => {
  test('cleans a valid form', () => {
    expect(validateStudent(ana)).toMatchObject({ name: 'Ana Gómez', email: 'ana@correo.mx', postalCode: '06700' });
  });

  test('rejects a missing name, a bad email and a bad postal code', () => {
    expect(problemWith({ ...ana, name: '  ' }).field).toBe('name');
    expect(problemWith({ ...ana, email: 'ana.correo.mx' }).field).toBe('email');
    expect(problemWith({ ...ana, postalCode: '6700' }).field).toBe('postalCode');
    expect(problemWith({ ...ana, postalCode: '6700' })).toBeInstanceOf(ValidationError);
  });

  test('registerAll keeps the valid forms and reports the others', () => {
    const result = registerAll([ana, { ...ana, email: 'nope' }]);
    expect(result.students).toHaveLength(1);
    expect(result.problems).toEqual(['email: Email is not valid']);
  });
});

describe('the CURP rule', () => {
  test('keeps the CURP, trimmed and in capitals', () => {
    expect(validateStudent({ ...ana, curp: ' goma900215mdfrrs09 ' })).toEqual({
      name: 'Ana Gómez',
      email: 'ana@correo.mx',
      postalCode: '06700',
      curp: 'GOMA900215MDFRRS09',
    });
  });

  test('rejects a missing CURP', () => {
    const { curp, ...noCurp } = ana;
    const error = problemWith(noCurp);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe('curp');
    expect(error.message).toBe('CURP is not valid');
  });

  test('rejects a CURP of the wrong length or shape', () => {
    expect(problemWith({ ...ana, curp: 'GOMA900215MDFRRS0' }).field).toBe('curp');
    expect(problemWith({ ...ana, curp: 'GOMA900215MDFRRS091' }).field).toBe('curp');
    expect(problemWith({ ...ana, curp: 'GOM1900215MDFRRS09' }).field).toBe('curp');
    expect(problemWith({ ...ana, curp: 'GOMA9002X5MDFRRS09' }).field).toBe('curp');
  });

  test('checks the other fields first', () => {
    expect(problemWith({ ...ana, email: 'x', curp: '' }).field).toBe('email');
  });

  test('registerAll reports a bad CURP', () => {
    expect(registerAll([{ ...ana, curp: '123' }]).problems).toEqual(['curp: CURP is not valid']);
  });
});

describe('errors that are not validation problems', () => {
  test('registerAll lets them reach the caller', () => {
    expect(() => registerAll([ana, null])).toThrow(TypeError);
  });

  test('registerAll still reports validation problems', () => {
    expect(registerAll([{ ...ana, name: '' }, ana]).problems).toEqual(['name: Name is required']);
  });
});
