export function stopList(from, to) {
  let result = '';
  if (from <= to) {
    for (let stop = from; stop <= to; stop++) {
      if (result !== '') {
        result += ' > ';
      }
      result += stop;
    }
  } else {
    for (let stop = from; stop >= to; stop--) {
      if (result !== '') {
        result += ' > ';
      }
      result += stop;
    }
  }
  return result;
}
