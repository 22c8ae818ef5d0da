import { describe, test, expect } from '@jest/globals';
import { listFiles, totalSize } from './solution';

// A test below checks that listFiles calls itself for the subfolders. It runs a copy of your
// function in which every call to listFiles is counted. If your function uses a helper written
// outside it, the copy cannot run on its own, and the test only checks that the code of listFiles
// calls listFiles.
function runCounted(fn, name, args) {
  const source = fn.toString();
  const isDeclaration = /^(async\s+)?function[\s*]/.test(source);
  const declaration = isDeclaration ? source : `let ${name} = ${source};`;
  try {
    const copy = new Function(
      `"use strict";\n${declaration}\nconst original = ${name};\nconst counter = { calls: 0 };\n` +
        `${name} = function (...args) {\n  counter.calls++;\n  return original.apply(this, args);\n};\n` +
        `return { fn: ${name}, counter };`,
    )();
    return { result: copy.fn(...args), calls: copy.counter.calls };
  } catch (error) {
    if (error instanceof ReferenceError || error instanceof SyntaxError) {
      return null;
    }
    throw error;
  }
}

function callsItself(fn, name) {
  const source = fn.toString();
  const calls = source.match(new RegExp(`\\b${name}\\s*\\(`, 'g')) ?? [];
  const header = /^(async\s+)?function[\s*]/.test(source) ? 1 : 0;
  return calls.length - header >= 1;
}

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

describe('recursion', () => {
  test('solves it with recursion: listFiles calls itself for every subfolder', () => {
    const taxes = {
      name: 'impuestos',
      children: [
        { name: 'sat', children: [
          { name: 'declaracion.pdf', size: 80 },
          { name: '2023', children: [{ name: 'acuse.pdf', size: 20 }] },
        ] },
        { name: 'resumen.xlsx', size: 15 },
        { name: 'imss', children: [{ name: 'cuotas.pdf', size: 40 }] },
      ],
    };
    const run = runCounted(listFiles, 'listFiles', [taxes]);
    if (run === null) {
      expect(callsItself(listFiles, 'listFiles')).toBe(true);
      return;
    }
    expect(run.result).toEqual([
      'impuestos/sat/declaracion.pdf',
      'impuestos/sat/2023/acuse.pdf',
      'impuestos/resumen.xlsx',
      'impuestos/imss/cuotas.pdf',
    ]);
    // impuestos, sat, 2023 and imss: one call for each folder
    expect(run.calls).toBeGreaterThanOrEqual(4);
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
