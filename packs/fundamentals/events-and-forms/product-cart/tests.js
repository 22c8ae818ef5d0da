import { screen, within } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';

const summary = () => document.querySelector('#cart-summary').textContent;
const card = (name) => screen.getByRole('heading', { name: new RegExp(name) }).closest('li');
const addButton = (name) => within(card(name)).getByRole('button', { name: /add to cart/i });
const add = (name) => userEvent.click(addButton(name));
const emptyTheCart = () => userEvent.click(screen.getByRole('button', { name: 'Empty cart' }));

test('the cart starts empty', () => {
  expect(summary()).toBe('Cart: 0 items, $0.00');
});

test('adding one product', async () => {
  await emptyTheCart();
  await add('Mole negro');
  expect(summary()).toBe('Cart: 1 item, $185.00');
});

test('adding several products adds up their prices', async () => {
  await emptyTheCart();
  await add('Mole negro');
  await add('Chapulines');
  await add('Chapulines');
  expect(summary()).toBe('Cart: 3 items, $376.00');
});

test('centavos add up exactly', async () => {
  await emptyTheCart();
  await add('Chocolate');
  await add('Chocolate');
  await add('Chocolate');
  await add('Chapulines');
  expect(summary()).toBe('Cart: 4 items, $332.20');
});

test('a click on the icon inside the button counts', async () => {
  await emptyTheCart();
  await userEvent.click(card('Quesillo').querySelector('.icon'));
  expect(summary()).toBe('Cart: 1 item, $210.00');
});

test('clicks elsewhere in a card add nothing', async () => {
  await emptyTheCart();
  await add('Quesillo');
  await userEvent.click(screen.getByRole('heading', { name: /Mole negro/ }));
  await userEvent.click(card('Chapulines').querySelector('.price'));
  await userEvent.click(card('Chocolate'));
  await userEvent.click(document.querySelector('#products'));
  expect(summary()).toBe('Cart: 1 item, $210.00');
});

test('a product added to the page later works too', async () => {
  await emptyTheCart();
  document.querySelector('#products').insertAdjacentHTML('beforeend', `
    <li class="product" data-price="4250">
      <h2>Tasajo, 250 g</h2>
      <p class="price">$42.50</p>
      <button type="button" class="add"><span class="icon" aria-hidden="true">＋</span> Add to cart</button>
    </li>`);
  await add('Tasajo');
  await add('Tasajo');
  expect(summary()).toBe('Cart: 2 items, $85.00');
});

test('a big order shows thousands with a comma', async () => {
  await emptyTheCart();
  for (let i = 0; i < 6; i++) await add('Quesillo');
  expect(summary()).toBe('Cart: 6 items, $1,260.00');
});

test('Empty cart starts again from zero', async () => {
  await add('Mole negro');
  await emptyTheCart();
  expect(summary()).toBe('Cart: 0 items, $0.00');
  await add('Chapulines');
  expect(summary()).toBe('Cart: 1 item, $95.50');
});
