export function isPalindrome(text) {
  // Your code here
}
