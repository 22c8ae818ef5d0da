import { describe, test, expect } from '@jest/globals';
import { listFiles, totalSize } from './solution';

const clients = {
  name: 'clientes',
  children: [
    { name: 'contrato.pdf', size: 300 },
    {
      name: 'acme',
      children: [
        { name: 'factura-enero.pdf', size: 120 },
        { name: '2024', children: [{ name: 'factura-marzo.pdf', size: 130 }] },
      ],
    },
    { name: 'vacia', children: [] },
    { name: 'notas.txt', size: 4 },
  ],
};

describe('listFiles', () => {
  test('lists the files directly inside the folder', () => {
    const folder = { name: 'docs', children: [{ name: 'a.txt', size: 1 }, { name: 'b.txt', size: 2 }] };
    expect(listFiles(folder)).toEqual(['docs/a.txt', 'docs/b.txt']);
  });

  test('includes files in subfolders at any depth, in order', () => {
    expect(listFiles(clients)).toEqual([
      'clientes/contrato.pdf',
      'clientes/acme/factura-enero.pdf',
      'clientes/acme/2024/factura-marzo.pdf',
      'clientes/notas.txt',
    ]);
  });

  test('keeps the full path of a deep file', () => {
    const deep = { name: 'a', children: [{ name: 'b', children: [{ name: 'c', children: [{ name: 'x.md', size: 1 }] }] }] };
    expect(listFiles(deep)).toEqual(['a/b/c/x.md']);
  });

  test('returns an empty array for an empty folder', () => {
    expect(listFiles({ name: 'vacia', children: [] })).toEqual([]);
  });

  test('returns an empty array when there are only empty subfolders', () => {
    expect(listFiles({ name: 'a', children: [{ name: 'b', children: [] }] })).toEqual([]);
  });

  test('starts below a given parent path', () => {
    expect(listFiles({ name: 'acme', children: [{ name: 'f.pdf', size: 1 }] }, 'clientes')).toEqual([
      'clientes/acme/f.pdf',
    ]);
  });
});

describe('totalSize', () => {
  test('adds the sizes at every depth', () => {
    expect(totalSize(clients)).toBe(554);
  });

  test('is 0 for an empty folder', () => {
    expect(totalSize({ name: 'vacia', children: [] })).toBe(0);
  });
});
