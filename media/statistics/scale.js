// Axis arithmetic shared by the charts: a rounded top value and evenly spaced ticks a reader can add up.

/**
 * Ticks from 0 up to at least `max`, at a step of 1, 2 or 5 times a power of ten.
 * @param {number} max
 * @param {number} [count] about how many ticks
 * @returns {number[]}
 */
export function niceTicks(max, count = 4) {
  if (!(max > 0)) {
    return [0, 1];
  }
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const ticks = [];
  for (let value = 0; value < max + step; value += step) {
    ticks.push(value);
    if (value >= max) {
      break;
    }
  }
  return ticks;
}
