import { describe, test, expect } from '@jest/globals';
import { Library } from './solution';

describe('what already works', () => {
  test('lends a book and says who has it', () => {
    const library = new Library();
    library.lend('B-101', 'Ximena');
    expect(library.borrowerOf('B-101')).toBe('Ximena');
    expect(library.borrowerOf('B-999')).toBeNull();
  });

  test('a lent book cannot be lent again', () => {
    const library = new Library();
    library.lend('B-101', 'Ximena');
    expect(() => library.lend('B-101', 'Óscar')).toThrow('B-101 is already lent');
  });

  test('giving back frees the book, and only a lent book can be given back', () => {
    const library = new Library();
    library.lend('B-101', 'Ximena');
    library.giveBack('B-101');
    expect(library.borrowerOf('B-101')).toBeNull();
    expect(() => library.giveBack('B-101')).toThrow('B-101 is not lent');
  });
});

describe('booksOf', () => {
  test('lists the member\'s books in lending order', () => {
    const library = new Library();
    library.lend('B-7', 'Lucía');
    library.lend('B-3', 'Óscar');
    library.lend('B-5', 'Lucía');
    expect(library.booksOf('Lucía')).toEqual(['B-7', 'B-5']);
    expect(library.booksOf('Óscar')).toEqual(['B-3']);
  });

  test('a returned book leaves the list', () => {
    const library = new Library();
    library.lend('B-7', 'Lucía');
    library.lend('B-5', 'Lucía');
    library.giveBack('B-7');
    expect(library.booksOf('Lucía')).toEqual(['B-5']);
  });

  test('a member with no books', () => {
    expect(new Library().booksOf('Nadie')).toEqual([]);
  });
});

describe('the limit of 3 books', () => {
  test('a fourth book is refused', () => {
    const library = new Library();
    library.lend('B-1', 'Ximena');
    library.lend('B-2', 'Ximena');
    library.lend('B-3', 'Ximena');
    expect(() => library.lend('B-4', 'Ximena')).toThrow('Ximena already has 3 books');
    expect(library.borrowerOf('B-4')).toBeNull();
    expect(library.booksOf('Ximena')).toEqual(['B-1', 'B-2', 'B-3']);
  });

  test('giving one back makes room again', () => {
    const library = new Library();
    for (const id of ['B-1', 'B-2', 'B-3']) library.lend(id, 'Ximena');
    library.giveBack('B-2');
    library.lend('B-4', 'Ximena');
    expect(library.booksOf('Ximena')).toEqual(['B-1', 'B-3', 'B-4']);
  });

  test('an already lent book is reported before the limit', () => {
    const library = new Library();
    for (const id of ['B-1', 'B-2', 'B-3']) library.lend(id, 'Ximena');
    expect(() => library.lend('B-1', 'Ximena')).toThrow('B-1 is already lent');
  });
});

describe('the waitlist', () => {
  test('a returned book goes to the first member waiting', () => {
    const library = new Library();
    library.lend('B-101', 'Ximena');
    library.reserve('B-101', 'Óscar');
    library.reserve('B-101', 'Lucía');
    expect(library.giveBack('B-101')).toBe('Óscar');
    expect(library.borrowerOf('B-101')).toBe('Óscar');
    expect(library.booksOf('Óscar')).toEqual(['B-101']);
    expect(library.booksOf('Ximena')).toEqual([]);
    expect(library.giveBack('B-101')).toBe('Lucía');
  });

  test('nobody waiting: the book stays on the shelf', () => {
    const library = new Library();
    library.lend('B-101', 'Ximena');
    expect(library.giveBack('B-101')).toBeNull();
    expect(library.borrowerOf('B-101')).toBeNull();
  });

  test('a member is on a waitlist only once', () => {
    const library = new Library();
    library.lend('B-101', 'Ximena');
    library.reserve('B-101', 'Óscar');
    library.reserve('B-101', 'Óscar');
    library.giveBack('B-101');
    expect(library.giveBack('B-101')).toBeNull();
  });

  test('a member at the limit is skipped but keeps their place', () => {
    const library = new Library();
    for (const id of ['B-1', 'B-2', 'B-3']) library.lend(id, 'Ximena');
    library.lend('B-101', 'José');
    library.reserve('B-101', 'Ximena');
    library.reserve('B-101', 'Lucía');
    expect(library.giveBack('B-101')).toBe('Lucía');
    library.giveBack('B-1');
    expect(library.giveBack('B-101')).toBe('Ximena');
    expect(library.booksOf('Ximena')).toEqual(['B-2', 'B-3', 'B-101']);
  });

  test('everyone waiting is at the limit', () => {
    const library = new Library();
    for (const id of ['B-1', 'B-2', 'B-3']) library.lend(id, 'Ximena');
    library.lend('B-101', 'José');
    library.reserve('B-101', 'Ximena');
    expect(library.giveBack('B-101')).toBeNull();
    expect(library.borrowerOf('B-101')).toBeNull();
  });

  test('waitlists of different books are separate', () => {
    const library = new Library();
    library.lend('B-1', 'José');
    library.lend('B-2', 'José');
    library.reserve('B-1', 'Ana');
    library.reserve('B-2', 'Beto');
    expect(library.giveBack('B-2')).toBe('Beto');
    expect(library.giveBack('B-1')).toBe('Ana');
  });
});
