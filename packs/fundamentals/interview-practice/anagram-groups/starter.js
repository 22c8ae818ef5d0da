export function groupAnagrams(words) {
  // Your code here
}
