import { describe, test, expect } from '@jest/globals';
import { screen } from '@testing-library/dom';
import '@testing-library/jest-dom';
import { clearFinished } from './solution';

const taskList = () => document.getElementById('tasks');
const taskNames = () => Array.from(taskList().querySelectorAll('li')).map((li) => li.textContent);
const summary = () => document.getElementById('summary').textContent;

function addTask(text, done) {
  const li = document.createElement('li');
  li.dataset.done = String(done);
  li.textContent = text;
  taskList().append(li);
  return li;
}

describe('clearFinished', () => {
  test('removes the finished tasks when the page loads', () => {
    expect(screen.queryByText('Pay the electricity bill (CFE)')).not.toBeInTheDocument();
    expect(screen.queryByText('Top up the Metro card')).not.toBeInTheDocument();
    expect(screen.queryByText('Buy a birthday cake for Abuela')).not.toBeInTheDocument();
  });

  test('keeps the other tasks, in order', () => {
    expect(taskNames()).toEqual([
      'Renew the INE',
      'Call the landlord about the water heater',
      'Practice JavaScript for 30 minutes',
    ]);
  });

  test('writes how many tasks are left', () => {
    expect(summary()).toBe('3 tasks left');
  });

  test('returns 0 and changes nothing when no task is finished', () => {
    expect(clearFinished()).toBe(0);
    expect(taskNames()).toHaveLength(3);
    expect(summary()).toBe('3 tasks left');
  });

  test('removes tasks finished later and returns how many', () => {
    addTask('Send the CV to the recruiter', true);
    addTask('Water the plants', false);
    screen.getByText('Renew the INE').dataset.done = 'true';
    expect(clearFinished()).toBe(2);
    expect(taskNames()).toEqual([
      'Call the landlord about the water heater',
      'Practice JavaScript for 30 minutes',
      'Water the plants',
    ]);
    expect(summary()).toBe('3 tasks left');
  });

  test('says "1 task left" for one task', () => {
    screen.getByText('Call the landlord about the water heater').dataset.done = 'true';
    screen.getByText('Water the plants').dataset.done = 'true';
    expect(clearFinished()).toBe(2);
    expect(summary()).toBe('1 task left');
  });

  test('says "All done!" when every task is finished', () => {
    screen.getByText('Practice JavaScript for 30 minutes').dataset.done = 'true';
    expect(clearFinished()).toBe(1);
    expect(taskList().children).toHaveLength(0);
    expect(screen.getByText('All done!')).toBeInTheDocument();
  });

  test('keeps the list itself on the page', () => {
    clearFinished();
    expect(taskList()).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'My week' })).toBeInTheDocument();
  });
});
