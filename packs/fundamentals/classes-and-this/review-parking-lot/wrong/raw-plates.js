// Wrong: compares plates exactly as typed, so " jal-482-b " gets in twice.
export class ParkingLot {
  constructor(capacity, ratePerHour) {
    this.capacity = capacity;
    this.ratePerHour = ratePerHour;
    this.cars = [];
    this.collected = 0;
  }

  enter(plate, minute) {
    if (this.freeSpots === 0 || this.cars.some((car) => car.plate === plate)) {
      return false;
    }
    this.cars.push({ plate, minute });
    return true;
  }

  leave(plate, minute) {
    const index = this.cars.findIndex((car) => car.plate === plate);
    if (index === -1) {
      return null;
    }
    const stay = minute - this.cars[index].minute;
    this.cars.splice(index, 1);
    const fee = stay <= 15 ? 0 : Math.ceil(stay / 60) * this.ratePerHour;
    this.collected += fee;
    return fee;
  }

  get freeSpots() {
    return this.capacity - this.cars.length;
  }

  get plates() {
    return this.cars.map((car) => car.plate).sort((a, b) => a.localeCompare(b));
  }

  get earnings() {
    return this.collected;
  }
}
