export class NoQuoteError extends Error {
  // Your code here
}

export async function cheapestQuote(carriers, parcel, timeoutMs) {
  // Your code here
}
