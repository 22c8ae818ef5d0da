import { describe, test, expect } from '@jest/globals';
import { TicketQueue } from './solution';

describe('TicketQueue', () => {
  test('hands out tickets starting at 1', () => {
    const bakery = new TicketQueue();
    expect(bakery.join('Ana')).toBe(1);
    expect(bakery.join('Luis')).toBe(2);
  });

  test('serves customers in order of arrival', () => {
    const bakery = new TicketQueue();
    bakery.join('Ana');
    bakery.join('Luis');
    expect(bakery.serve()).toEqual({ ticket: 1, name: 'Ana' });
    expect(bakery.serve()).toEqual({ ticket: 2, name: 'Luis' });
  });

  test('serve returns null when nobody is waiting', () => {
    expect(new TicketQueue().serve()).toBeNull();
  });

  test('counts the customers waiting', () => {
    const bakery = new TicketQueue();
    expect(bakery.waiting()).toBe(0);
    bakery.join('Ana');
    bakery.join('Luis');
    bakery.serve();
    expect(bakery.waiting()).toBe(1);
  });

  test('never reuses a ticket number', () => {
    const bakery = new TicketQueue();
    bakery.join('Ana');
    bakery.serve();
    expect(bakery.join('Sofía')).toBe(2);
  });

  test('each bakery counts its own tickets', () => {
    const one = new TicketQueue();
    const two = new TicketQueue();
    one.join('Ana');
    one.join('Luis');
    expect(two.join('José')).toBe(1);
  });

  test('finds the position of a waiting customer', () => {
    const bakery = new TicketQueue();
    bakery.join('Ana');
    bakery.join('Luis');
    bakery.join('Begoña');
    expect(bakery.positionOf('Begoña')).toBe(3);
    bakery.serve();
    expect(bakery.positionOf('Begoña')).toBe(2);
  });

  test('positionOf returns null for someone not waiting', () => {
    const bakery = new TicketQueue();
    bakery.join('Ana');
    bakery.serve();
    expect(bakery.positionOf('Ana')).toBeNull();
    expect(bakery.positionOf('Pedro')).toBeNull();
  });

  test('positionOf gives the first of two equal names', () => {
    const bakery = new TicketQueue();
    bakery.join('Kim');
    bakery.join('Ana');
    bakery.join('Kim');
    expect(bakery.positionOf('Kim')).toBe(1);
  });
});
