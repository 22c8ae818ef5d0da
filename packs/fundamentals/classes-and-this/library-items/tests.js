import { describe, test, expect } from '@jest/globals';
import { LibraryItem, Dvd, ReferenceBook } from './solution';

describe('LibraryItem, Dvd and ReferenceBook', () => {
  test('a new item is available with a 14-day loan', () => {
    const book = new LibraryItem('Cien años de soledad');
    expect(book.title).toBe('Cien años de soledad');
    expect(book.loanDays).toBe(14);
    expect(book.borrower).toBeNull();
    expect(book.isAvailable).toBe(true);
  });

  test('checking out records the borrower', () => {
    const book = new LibraryItem('Rayuela', 21);
    expect(book.checkOut('Ana')).toBe(true);
    expect(book.borrower).toBe('Ana');
    expect(book.isAvailable).toBe(false);
    expect(book.loanDays).toBe(21);
  });

  test('an item cannot be checked out twice', () => {
    const book = new LibraryItem('Rayuela');
    book.checkOut('Ana');
    expect(book.checkOut('Luis')).toBe(false);
    expect(book.borrower).toBe('Ana');
  });

  test('giving back makes it available again', () => {
    const book = new LibraryItem('Rayuela');
    book.checkOut('Ana');
    book.giveBack();
    expect(book.isAvailable).toBe(true);
    expect(book.checkOut('Luis')).toBe(true);
  });

  test('describes availability', () => {
    const book = new LibraryItem('Cien años de soledad');
    expect(book.describe()).toBe('Cien años de soledad (available)');
    book.checkOut('José');
    expect(book.describe()).toBe('Cien años de soledad (borrowed by José)');
  });

  test('a DVD is a library item lent for 7 days', () => {
    const film = new Dvd('Coco', 105);
    expect(film).toBeInstanceOf(LibraryItem);
    expect(film.loanDays).toBe(7);
    expect(film.minutes).toBe(105);
    expect(film.isAvailable).toBe(true);
  });

  test('a DVD adds its length to the description', () => {
    const film = new Dvd('Coco', 105);
    expect(film.describe()).toBe('Coco (available), 105 min');
    film.checkOut('Ana');
    expect(film.checkOut('Luis')).toBe(false);
    expect(film.describe()).toBe('Coco (borrowed by Ana), 105 min');
  });

  test('a reference book never leaves the library', () => {
    const atlas = new ReferenceBook('World Atlas');
    expect(atlas).toBeInstanceOf(LibraryItem);
    expect(atlas.loanDays).toBe(0);
    expect(atlas.checkOut('Ana')).toBe(false);
    expect(atlas.borrower).toBeNull();
    expect(atlas.describe()).toBe('World Atlas (available)');
  });

  test('children do not change the parent', () => {
    new ReferenceBook('Diccionario');
    const book = new LibraryItem('Diccionario');
    expect(book.checkOut('Ana')).toBe(true);
  });
});
