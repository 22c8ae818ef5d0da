export class LibraryItem {
  constructor(title, loanDays) {
    // Your code here
  }

  get isAvailable() {
    // Your code here
  }

  checkOut(name) {
    // Your code here
  }

  giveBack() {
    // Your code here
  }

  describe() {
    // Your code here
  }
}

export class Dvd extends LibraryItem {
  // Your code here
}

export class ReferenceBook extends LibraryItem {
  // Your code here
}
