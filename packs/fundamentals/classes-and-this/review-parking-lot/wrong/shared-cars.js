// Wrong: keeps the cars in one array outside the class, so every lot shares them.
const cars = [];

export class ParkingLot {
  constructor(capacity, ratePerHour) {
    this.capacity = capacity;
    this.ratePerHour = ratePerHour;
    this.collected = 0;
  }

  enter(plate, minute) {
    const clean = plate.trim().toUpperCase();
    if (this.freeSpots === 0 || cars.some((car) => car.plate === clean)) {
      return false;
    }
    cars.push({ plate: clean, minute });
    return true;
  }

  leave(plate, minute) {
    const clean = plate.trim().toUpperCase();
    const index = cars.findIndex((car) => car.plate === clean);
    if (index === -1) {
      return null;
    }
    const stay = minute - cars[index].minute;
    cars.splice(index, 1);
    const fee = stay <= 15 ? 0 : Math.ceil(stay / 60) * this.ratePerHour;
    this.collected += fee;
    return fee;
  }

  get freeSpots() {
    return this.capacity - cars.length;
  }

  get plates() {
    return cars.map((car) => car.plate).sort((a, b) => a.localeCompare(b));
  }

  get earnings() {
    return this.collected;
  }
}
