export function isOpenNow(hour, isHoliday) {
  // Your code here
}
