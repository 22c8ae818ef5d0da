import { describe, test, expect } from '@jest/globals';
import { invoiceSummary } from './solution';

function later(value, ms = 500) {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

function failLater(message, ms = 500) {
  return new Promise((resolve, reject) => setTimeout(() => reject(new Error(message)), ms));
}

const clients = { 7: { id: 7, name: 'Acme Corp' }, 8: { id: 8, name: 'Blue Ridge LLC' }, 9: { id: 9, name: 'Nova Inc' } };
const invoices = {
  7: [{ number: 'F-1', cents: 100000 }, { number: 'F-2', cents: 50000 }],
  8: [{ number: 'F-9', cents: 4599 }],
  9: [],
};

function makeApi() {
  return {
    getClient: (id) => (Object.hasOwn(clients, id) ? later(clients[id]) : failLater(`No client ${id}`)),
    getInvoices: (id) => later(invoices[id], 800),
  };
}

describe('invoiceSummary', () => {
  test('returns a promise', () => {
    const result = invoiceSummary(makeApi(), 7);
    expect(result).toBeInstanceOf(Promise);
    return result;
  });

  test('summarizes the invoices of a client', async () => {
    await expect(invoiceSummary(makeApi(), 7)).resolves.toBe('Acme Corp: 2 invoices, $1500.00');
  });

  test('says "invoice" for one invoice', async () => {
    await expect(invoiceSummary(makeApi(), 8)).resolves.toBe('Blue Ridge LLC: 1 invoice, $45.99');
  });

  test('handles a client without invoices', async () => {
    await expect(invoiceSummary(makeApi(), 9)).resolves.toBe('Nova Inc: 0 invoices, $0.00');
  });

  test('rejects when the client cannot be loaded', async () => {
    await expect(invoiceSummary(makeApi(), 4)).rejects.toThrow('Could not load invoices for client 4: No client 4');
  });

  test('rejects when the invoices cannot be loaded', async () => {
    const api = { getClient: (id) => later(clients[id]), getInvoices: () => failLater('Server down') };
    await expect(invoiceSummary(api, 7)).rejects.toThrow('Could not load invoices for client 7: Server down');
  });

  test('rejects with an Error object', async () => {
    const api = { getClient: () => failLater('Timeout'), getInvoices: () => later([]) };
    let caught;
    try {
      await invoiceSummary(api, 3);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(Error);
  });

  test('asks for the invoices of the right client', async () => {
    const asked = [];
    const api = {
      getClient: (id) => later({ id, name: 'Test' }),
      getInvoices: (id) => {
        asked.push(id);
        return later([]);
      },
    };
    await invoiceSummary(api, 12);
    expect(asked).toEqual([12]);
  });
});
