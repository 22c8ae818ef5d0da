import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { searchLink } from './solution';

// A space may be written as + or as %20 in a query: both are accepted.
const plus = (address) => String(address).replace(/%20/g, '+');
const params = (address) => new URL(address).searchParams;

describe('searchLink', () => {
  test('builds the address of a one-word search', () => {
    expect(searchLink('birria')).toBe('https://antojos.example/buscar?q=birria');
  });

  test('encodes spaces and accents', () => {
    expect(plus(searchLink('café con leche'))).toBe('https://antojos.example/buscar?q=caf%C3%A9+con+leche');
  });

  test('keeps & and # inside the search', () => {
    const address = searchLink('tacos & tortas #1');
    expect(params(address).get('q')).toBe('tacos & tortas #1');
    expect(new URL(address).hash).toBe('');
  });

  test('adds the zone after the search', () => {
    expect(searchLink('pozole', 'Chapultepec')).toBe('https://antojos.example/buscar?q=pozole&zone=Chapultepec');
    expect(params(searchLink('tejuino', 'Santa Tere')).get('zone')).toBe('Santa Tere');
  });

  test('leaves the zone out when it is missing or empty', () => {
    expect(params(searchLink('birria')).has('zone')).toBe(false);
    expect(params(searchLink('birria', '')).has('zone')).toBe(false);
  });
});

describe('the page', () => {
  test('every popular search links to its results', () => {
    const href = (text) => plus(screen.getByText(text).getAttribute('href'));
    expect(href('Tortas ahogadas')).toBe('https://antojos.example/buscar?q=tortas+ahogadas');
    expect(href('Birria')).toBe('https://antojos.example/buscar?q=birria');
    expect(href('Café con leche')).toBe('https://antojos.example/buscar?q=caf%C3%A9+con+leche');
  });
});
