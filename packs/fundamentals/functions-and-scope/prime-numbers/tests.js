import { describe, test, expect } from '@jest/globals';
import { isPrime, countPrimes } from './solution';

describe('isPrime', () => {
  test('says 7 is prime', () => {
    expect(isPrime(7)).toBe(true);
  });

  test('says 2 and 3 are prime', () => {
    expect(isPrime(2)).toBe(true);
    expect(isPrime(3)).toBe(true);
  });

  test('says 9 is not prime', () => {
    expect(isPrime(9)).toBe(false);
  });

  test('says other even numbers are not prime', () => {
    expect(isPrime(4)).toBe(false);
    expect(isPrime(100)).toBe(false);
  });

  test('says 0 and 1 are not prime', () => {
    expect(isPrime(0)).toBe(false);
    expect(isPrime(1)).toBe(false);
  });

  test('says negative numbers are not prime', () => {
    expect(isPrime(-7)).toBe(false);
  });

  test('recognizes a bigger prime and a square of a prime', () => {
    expect(isPrime(97)).toBe(true);
    expect(isPrime(49)).toBe(false);
  });
});

describe('countPrimes', () => {
  test('counts 4 primes up to 10', () => {
    expect(countPrimes(10)).toBe(4);
  });

  test('includes the limit itself', () => {
    expect(countPrimes(2)).toBe(1);
    expect(countPrimes(11)).toBe(5);
  });

  test('counts 25 primes up to 100', () => {
    expect(countPrimes(100)).toBe(25);
  });

  test('returns 0 below 2', () => {
    expect(countPrimes(1)).toBe(0);
    expect(countPrimes(0)).toBe(0);
    expect(countPrimes(-5)).toBe(0);
  });
});
