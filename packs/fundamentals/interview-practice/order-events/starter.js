export class EventEmitter {
  // Your code here
}
