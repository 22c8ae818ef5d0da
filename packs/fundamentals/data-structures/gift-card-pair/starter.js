export function giftCardPair(items, amount) {
  // Your code here
}
