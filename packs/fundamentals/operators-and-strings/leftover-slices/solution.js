export function leftoverSlices(slices, people) {
  return slices % people;
}
