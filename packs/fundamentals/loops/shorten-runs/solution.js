export function shortenRuns(code) {
  let result = '';
  let run = 1;

  for (let i = 0; i < code.length; i++) {
    if (code[i] === code[i + 1]) {
      run++;
      continue;
    }
    result += code[i];
    if (run > 1) {
      result += run;
    }
    run = 1;
  }

  return result;
}
