import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { cityFrom } from './solution';

describe('the page', () => {
  test('the heading shows the city from the page address', () => {
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Guadalajara$/);
  });
});

describe('cityFrom', () => {
  test('reads the city from an address', () => {
    expect(cityFrom('https://clima.example/pronostico?city=Monterrey')).toBe('Monterrey');
  });

  test('finds the city among other parameters', () => {
    expect(cityFrom('https://clima.example/pronostico?units=c&city=Puebla&days=3')).toBe('Puebla');
  });

  test('decodes + as a space and percent-encoded letters', () => {
    expect(cityFrom('https://clima.example/pronostico?city=San+Luis+Potos%C3%AD')).toBe('San Luis Potosí');
    expect(cityFrom('https://clima.example/pronostico?city=Ciudad%20Ju%C3%A1rez')).toBe('Ciudad Juárez');
  });

  test('returns null when the address has no city', () => {
    expect(cityFrom('https://clima.example/pronostico?units=c')).toBeNull();
    expect(cityFrom('https://clima.example/pronostico')).toBeNull();
  });

  test('does not read a city that is only in the fragment', () => {
    expect(cityFrom('https://clima.example/pronostico?units=c#city=Tijuana')).toBeNull();
  });
});
