export function firstLateBus(buses, tolerance) {
  const lateBus = buses.find((bus) => bus.delay > tolerance);
  if (lateBus === undefined) {
    return null;
  }
  return lateBus.line;
}
