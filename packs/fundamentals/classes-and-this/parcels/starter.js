export class Parcel {
  constructor(destination, weight) {
    // Your code here
  }

  cost() {
    // Your code here
  }

  label() {
    // Your code here
  }
}

export class ExpressParcel extends Parcel {
  // Your code here
}
