import { describe, test, expect } from '@jest/globals';
import { PaperJamError, printDocument } from './solution';

// A fake printer. problems maps a page number to the error printing it throws.
function makePrinter(problems = {}) {
  return {
    busy: false,
    printed: [],
    printPage(docName, page) {
      if (Object.hasOwn(problems, page)) {
        throw problems[page];
      }
      this.printed.push(`${docName} p${page}`);
    },
  };
}

describe('printDocument', () => {
  test('prints every page and reports it', () => {
    const printer = makePrinter();
    expect(printDocument(printer, { name: 'contrato.pdf', pages: 3 })).toBe('Printed contrato.pdf (3 pages)');
    expect(printer.printed).toEqual(['contrato.pdf p1', 'contrato.pdf p2', 'contrato.pdf p3']);
    expect(printer.busy).toBe(false);
  });

  test('says "1 page" for a one-page document', () => {
    const printer = makePrinter();
    expect(printDocument(printer, { name: 'recibo.pdf', pages: 1 })).toBe('Printed recibo.pdf (1 page)');
  });

  test('refuses to start while the printer is busy', () => {
    const printer = makePrinter();
    printer.busy = true;
    expect(() => printDocument(printer, { name: 'a.pdf', pages: 1 })).toThrow('Printer is busy');
    expect(printer.printed).toEqual([]);
  });

  test('reports a paper jam with its page', () => {
    const printer = makePrinter({ 2: new PaperJamError(2) });
    expect(printDocument(printer, { name: 'factura.pdf', pages: 3 })).toBe(
      'Jammed at page 2: factura.pdf not finished',
    );
    expect(printer.printed).toEqual(['factura.pdf p1']);
  });

  test('frees the printer after a paper jam', () => {
    const printer = makePrinter({ 1: new PaperJamError(1) });
    printDocument(printer, { name: 'a.pdf', pages: 2 });
    expect(printer.busy).toBe(false);
  });

  test('can print again after a paper jam', () => {
    const printer = makePrinter({ 2: new PaperJamError(2) });
    printDocument(printer, { name: 'a.pdf', pages: 3 });
    expect(printDocument(printer, { name: 'b.pdf', pages: 1 })).toBe('Printed b.pdf (1 page)');
  });

  test('passes on any other error unchanged', () => {
    const outOfToner = new Error('Out of toner');
    const printer = makePrinter({ 2: outOfToner });
    let caught;
    try {
      printDocument(printer, { name: 'a.pdf', pages: 3 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(outOfToner);
  });

  test('frees the printer after any other error too', () => {
    const printer = makePrinter({ 1: new TypeError('Driver crashed') });
    expect(() => printDocument(printer, { name: 'a.pdf', pages: 1 })).toThrow('Driver crashed');
    expect(printer.busy).toBe(false);
  });

  test('a PaperJamError is an Error with a name and a page', () => {
    const jam = new PaperJamError(4);
    expect(jam).toBeInstanceOf(Error);
    expect(jam.name).toBe('PaperJamError');
    expect(jam.message).toBe('Paper jam on page 4');
    expect(jam.page).toBe(4);
  });
});
