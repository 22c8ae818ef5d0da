export function isPrime(n) {
  // Your code here
}

export function countPrimes(limit) {
  // Your code here
}
