export class Library {
  constructor() {
    this.loans = new Map(); // book id -> member who has it
    this.booksByMember = new Map(); // member -> Set of book ids, in lending order
    this.waitlists = new Map(); // book id -> members waiting, first in line first
  }

  lend(bookId, member) {
    if (this.loans.has(bookId)) {
      throw new Error(`${bookId} is already lent`);
    }
    const books = this.booksByMember.get(member) ?? new Set();
    if (books.size >= 3) {
      throw new Error(`${member} already has 3 books`);
    }
    this.loans.set(bookId, member);
    books.add(bookId);
    this.booksByMember.set(member, books);
  }

  giveBack(bookId) {
    if (!this.loans.has(bookId)) {
      throw new Error(`${bookId} is not lent`);
    }
    const member = this.loans.get(bookId);
    this.loans.delete(bookId);
    this.booksByMember.get(member).delete(bookId);

    const waiting = this.waitlists.get(bookId) ?? [];
    for (let i = 0; i < waiting.length; i++) {
      const next = waiting[i];
      if (this.booksOf(next).length < 3) {
        waiting.splice(i, 1);
        this.lend(bookId, next);
        return next;
      }
    }
    return null;
  }

  borrowerOf(bookId) {
    return this.loans.get(bookId) ?? null;
  }

  booksOf(member) {
    return [...(this.booksByMember.get(member) ?? [])];
  }

  reserve(bookId, member) {
    if (!this.waitlists.has(bookId)) {
      this.waitlists.set(bookId, []);
    }
    const waiting = this.waitlists.get(bookId);
    if (!waiting.includes(member)) {
      waiting.push(member);
    }
  }
}
