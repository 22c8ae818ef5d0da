const VOWELS = 'aeiouáéíóúü';

export function countVowels(text) {
  let count = 0;
  for (const char of text.toLowerCase()) {
    if (VOWELS.includes(char)) {
      count++;
    }
  }
  return count;
}
