export class ParkingLot {
  // Your code here
}
