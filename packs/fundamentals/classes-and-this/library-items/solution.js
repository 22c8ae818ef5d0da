export class LibraryItem {
  constructor(title, loanDays = 14) {
    this.title = title;
    this.loanDays = loanDays;
    this.borrower = null;
  }

  get isAvailable() {
    return this.borrower === null;
  }

  checkOut(name) {
    if (!this.isAvailable) {
      return false;
    }
    this.borrower = name;
    return true;
  }

  giveBack() {
    this.borrower = null;
  }

  describe() {
    if (this.isAvailable) {
      return `${this.title} (available)`;
    }
    return `${this.title} (borrowed by ${this.borrower})`;
  }
}

export class Dvd extends LibraryItem {
  constructor(title, minutes) {
    super(title, 7);
    this.minutes = minutes;
  }

  describe() {
    return `${super.describe()}, ${this.minutes} min`;
  }
}

export class ReferenceBook extends LibraryItem {
  constructor(title) {
    super(title, 0);
  }

  checkOut(name) {
    return false;
  }
}
