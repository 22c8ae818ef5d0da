import { describe, test, expect } from '@jest/globals';
import { screen, within } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { countDishes } from './solution';

const message = () => document.getElementById('count').textContent;
const foodList = () => document.querySelector('#food ul');

function dish(name) {
  const li = document.createElement('li');
  li.textContent = name;
  return li;
}

describe('countDishes', () => {
  test('shows the number of dishes when the page loads', () => {
    expect(message()).toBe('5 dishes today');
  });

  test('returns the number of dishes, without counting the drinks', () => {
    expect(countDishes()).toBe(5);
  });

  test('does not change the lists', () => {
    countDishes();
    expect(within(foodList()).getAllByRole('listitem')).toHaveLength(5);
    const drinks = document.querySelector('#drinks ul');
    expect(within(drinks).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Jamaica',
      'Horchata',
      'Tamarindo',
    ]);
  });

  test('counts a dish added later', () => {
    foodList().append(dish('Enchiladas potosinas'));
    expect(countDishes()).toBe(6);
    expect(message()).toBe('6 dishes today');
  });

  test('uses "dish" for one dish', () => {
    foodList().replaceChildren(dish('Pozole verde'));
    expect(countDishes()).toBe(1);
    expect(message()).toBe('1 dish today');
  });

  test('says so when there are no dishes', () => {
    foodList().replaceChildren();
    expect(countDishes()).toBe(0);
    expect(message()).toBe('No dishes today');
  });

  test('a new drink is still not a dish', () => {
    document.querySelector('#drinks ul').append(dish('Limonada'));
    foodList().append(dish('Mole poblano'), dish('Caldo tlalpeño'));
    expect(countDishes()).toBe(2);
    expect(screen.getByText('2 dishes today')).toBeInTheDocument();
  });
});
