import { describe, test, expect } from '@jest/globals';
import { dayType } from './solution';

describe('dayType', () => {
  test('Saturday and Sunday are the weekend', () => {
    expect(dayType('Saturday')).toBe('weekend');
    expect(dayType('Sunday')).toBe('weekend');
  });

  test('Spanish weekend days are the weekend', () => {
    expect(dayType('sábado')).toBe('weekend');
    expect(dayType('domingo')).toBe('weekend');
  });

  test('every English weekday is a weekday', () => {
    expect(dayType('monday')).toBe('weekday');
    expect(dayType('tuesday')).toBe('weekday');
    expect(dayType('wednesday')).toBe('weekday');
    expect(dayType('thursday')).toBe('weekday');
    expect(dayType('friday')).toBe('weekday');
  });

  test('every Spanish weekday is a weekday', () => {
    expect(dayType('lunes')).toBe('weekday');
    expect(dayType('martes')).toBe('weekday');
    expect(dayType('miércoles')).toBe('weekday');
    expect(dayType('jueves')).toBe('weekday');
    expect(dayType('viernes')).toBe('weekday');
  });

  test('ignores capital letters', () => {
    expect(dayType('MIÉRCOLES')).toBe('weekday');
    expect(dayType('SUNDAY')).toBe('weekend');
    expect(dayType('Domingo')).toBe('weekend');
  });

  test('ignores spaces around the word', () => {
    expect(dayType('  domingo ')).toBe('weekend');
    expect(dayType(' Friday')).toBe('weekday');
  });

  test('anything else is unknown', () => {
    expect(dayType('holiday')).toBe('unknown');
    expect(dayType('mon')).toBe('unknown');
  });

  test('an empty string is unknown', () => {
    expect(dayType('')).toBe('unknown');
    expect(dayType('   ')).toBe('unknown');
  });
});
