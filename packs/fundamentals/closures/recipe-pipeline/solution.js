export function makePipeline(steps) {
  return (input) => {
    let value = input;
    for (const step of steps) {
      value = step(value);
    }
    return value;
  };
}
