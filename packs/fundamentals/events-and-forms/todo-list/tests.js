import { screen, within, fireEvent } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

const field = () => screen.getByLabelText('New task');
const list = () => document.querySelector('#tasks');
const texts = () => [...list().querySelectorAll('.text')].map((span) => span.textContent);
const task = (text) => screen.getByText(text).closest('li');
const doneButton = (text) => within(task(text)).getByRole('button', { name: 'Done' });
const deleteButton = (text) => within(task(text)).getByRole('button', { name: 'Delete' });

// What #remaining should say for the tasks in the page right now.
function expectedRemaining() {
  const left = list().querySelectorAll('li:not(.done)').length;
  return left === 1 ? '1 task left' : `${left} tasks left`;
}
const remaining = () => document.querySelector('#remaining').textContent;

async function addTask(text) {
  fireEvent.input(field(), { target: { value: text } });
  await userEvent.click(screen.getByRole('button', { name: 'Add' }));
}

test('the Add button adds a task at the end, without reloading', async () => {
  await addTask('Buy the uniforms');
  expect(texts().at(-1)).toBe('Buy the uniforms');
  expect(remaining()).toBe('3 tasks left');
});

test('after adding, the field is empty and keeps the focus', async () => {
  await addTask('Renew the INE');
  expect(field()).toHaveValue('');
  expect(field()).toHaveFocus();
});

test('Enter in the field adds a task, without the spaces around it', async () => {
  await userEvent.type(field(), '  Take the car to the verificación  {Enter}');
  expect(texts().at(-1)).toBe('Take the car to the verificación');
  expect(remaining()).toBe(expectedRemaining());
});

test('a text made only of spaces adds nothing', async () => {
  const before = texts().length;
  await addTask('    ');
  expect(texts()).toHaveLength(before);
});

test('a task that looks like HTML is shown as text', async () => {
  await addTask('<b>Tortillas</b> for the comida');
  expect(texts().at(-1)).toBe('<b>Tortillas</b> for the comida');
  expect(list().querySelector('b')).toBeNull();
});

test('Done marks a task from the page as done, and again undoes it', async () => {
  await userEvent.click(doneButton('Pay the CFE bill'));
  expect(task('Pay the CFE bill')).toHaveClass('done');
  expect(doneButton('Pay the CFE bill')).toHaveAttribute('aria-pressed', 'true');
  expect(remaining()).toBe(expectedRemaining());
  await userEvent.click(doneButton('Pay the CFE bill'));
  expect(task('Pay the CFE bill')).not.toHaveClass('done');
  expect(doneButton('Pay the CFE bill')).toHaveAttribute('aria-pressed', 'false');
  expect(remaining()).toBe(expectedRemaining());
});

test('Done and Delete work on tasks added later', async () => {
  await addTask('Pick up the dry cleaning');
  await userEvent.click(doneButton('Pick up the dry cleaning'));
  expect(task('Pick up the dry cleaning')).toHaveClass('done');
  expect(remaining()).toBe(expectedRemaining());
  await addTask('Buy a gift for Tía Chela');
  await userEvent.click(deleteButton('Buy a gift for Tía Chela'));
  expect(texts()).not.toContain('Buy a gift for Tía Chela');
  expect(remaining()).toBe(expectedRemaining());
});

test('Delete removes only its own task', async () => {
  await addTask('First errand');
  await addTask('Second errand');
  await addTask('Third errand');
  await userEvent.click(deleteButton('Second errand'));
  expect(texts()).toContain('First errand');
  expect(texts()).not.toContain('Second errand');
  expect(texts()).toContain('Third errand');
  expect(remaining()).toBe(expectedRemaining());
});

test('deleting a task that was done keeps the number left', async () => {
  await addTask('Water the plants');
  await userEvent.click(doneButton('Water the plants'));
  const before = remaining();
  await userEvent.click(deleteButton('Water the plants'));
  expect(remaining()).toBe(before);
});

test('clicking a task\'s text changes nothing', async () => {
  await addTask('Call the dentist');
  const before = remaining();
  await userEvent.click(screen.getByText('Call the dentist'));
  await userEvent.click(list());
  expect(task('Call the dentist')).not.toHaveClass('done');
  expect(texts()).toContain('Call the dentist');
  expect(remaining()).toBe(before);
});

test('one task left is singular, none left is 0 tasks', async () => {
  for (const item of [...list().querySelectorAll('li:not(.done)')].slice(1)) {
    await userEvent.click(within(item).getByRole('button', { name: 'Done' }));
  }
  expect(remaining()).toBe('1 task left');
  const last = list().querySelector('li:not(.done)');
  await userEvent.click(within(last).getByRole('button', { name: 'Delete' }));
  expect(remaining()).toBe('0 tasks left');
});
