export class Library {
  constructor() {
    this.loans = new Map(); // book id -> member who has it
  }

  lend(bookId, member) {
    if (this.loans.has(bookId)) {
      throw new Error(`${bookId} is already lent`);
    }
    this.loans.set(bookId, member);
  }

  giveBack(bookId) {
    if (!this.loans.has(bookId)) {
      throw new Error(`${bookId} is not lent`);
    }
    this.loans.delete(bookId);
  }

  borrowerOf(bookId) {
    return this.loans.get(bookId) ?? null;
  }
}
