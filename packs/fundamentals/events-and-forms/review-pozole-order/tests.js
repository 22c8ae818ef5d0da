import { describe, test, expect } from '@jest/globals';
import { screen, fireEvent } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom';

const MESSAGE = 'We only deliver in Guadalajara: postal codes 44000 to 45999.';
const servings = () => screen.getByLabelText('Servings');
const total = () => document.querySelector('#total').textContent;
const confirmation = () => screen.getByRole('status').textContent;
const street = () => screen.getByLabelText('Street and number');
const postal = () => screen.getByLabelText('Postal code');
const postalError = () => document.querySelector('#postal-error').textContent;
const pickup = () => screen.getByLabelText("I'll pick it up myself");
const place = () => userEvent.click(screen.getByRole('button', { name: 'Place order' }));

async function setServings(n) {
  fireEvent.input(servings(), { target: { value: String(n) } });
}
async function typeInto(field, text) {
  await userEvent.clear(field);
  if (text !== '') await userEvent.type(field, text);
}

describe('what already works', () => {
  test('the total follows the servings', async () => {
    expect(total()).toBe('Total: $120.00');
    await setServings(3);
    expect(total()).toBe('Total: $360.00');
  });

  test('a delivery order is confirmed with its address', async () => {
    await setServings(2);
    await typeInto(street(), 'Av. Vallarta 1234');
    await typeInto(postal(), '44100');
    await place();
    expect(confirmation()).toBe('Order received: 2 servings, $240.00, for delivery to Av. Vallarta 1234.');
  });

  test('an order without an address is refused', async () => {
    await typeInto(street(), '');
    await place();
    expect(confirmation()).toBe('Please check the form.');
  });
});

describe('the tip', () => {
  test('the total includes the tip as soon as it is picked', async () => {
    await setServings(2);
    await userEvent.click(screen.getByLabelText('15%'));
    expect(total()).toBe('Total: $276.00');
    await userEvent.click(screen.getByLabelText('10%'));
    expect(total()).toBe('Total: $264.00');
  });

  test('changing the servings keeps the tip', async () => {
    await setServings(1);
    expect(total()).toBe('Total: $132.00');
  });

  test('the confirmation has the same total', async () => {
    await setServings(3);
    await typeInto(street(), 'Calle Hidalgo 55');
    await typeInto(postal(), '45050');
    await place();
    expect(confirmation()).toBe('Order received: 3 servings, $396.00, for delivery to Calle Hidalgo 55.');
    await userEvent.click(screen.getByLabelText('No tip'));
    expect(total()).toBe('Total: $360.00');
  });
});

describe('pickup', () => {
  test('ticking pickup hides and disables the address', async () => {
    await typeInto(street(), '');
    await userEvent.click(pickup());
    const address = document.querySelector('#address');
    expect(address).not.toBeVisible();
    expect(street()).toBeDisabled();
    expect(postal()).toBeDisabled();
  });

  test('a pickup order needs no address', async () => {
    await setServings(2);
    await userEvent.click(screen.getByLabelText('15%'));
    await place();
    expect(confirmation()).toBe('Order received: 2 servings, $276.00, for pickup.');
  });

  test('unticking brings the address back', async () => {
    await userEvent.click(pickup());
    expect(document.querySelector('#address')).toBeVisible();
    expect(street()).toBeEnabled();
    await place();
    expect(confirmation()).toBe('Please check the form.');
  });
});

describe('the postal code', () => {
  test('a postal code outside Guadalajara gets the message as you type', async () => {
    await typeInto(postal(), '06700');
    expect(postalError()).toBe(MESSAGE);
    expect(postal().validationMessage).toBe(MESSAGE);
  });

  test('fixing it clears the message', async () => {
    await typeInto(postal(), '44');
    expect(postalError()).toBe(MESSAGE);
    await userEvent.type(postal(), '630');
    expect(postalError()).toBe('');
    expect(postal().validity.valid).toBe(true);
  });

  test('an empty postal code shows no message of its own', async () => {
    await typeInto(postal(), '');
    expect(postalError()).toBe('');
  });

  test('a bad postal code keeps the order from being placed', async () => {
    await typeInto(street(), 'Av. Juárez 10');
    await typeInto(postal(), '4410');
    await place();
    expect(confirmation()).toBe('Please check the form.');
    await typeInto(postal(), '46000');
    await place();
    expect(confirmation()).toBe('Please check the form.');
  });
});
