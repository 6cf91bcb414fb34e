/**
 * The top of a chart's scale: a round number at or above the largest value, and the gridlines
 * under it (whole numbers, at most five steps).
 */
export function scaleFor(largest: number): { max: number; ticks: number[] } {
  if (largest <= 0) return { max: 4, ticks: [0, 2, 4] };
  const rough = largest / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  const whole = Math.max(1, Math.round(step));
  const max = Math.ceil(largest / whole) * whole;
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += whole) ticks.push(t);
  return { max, ticks };
}

/**
 * A scale for bars that grow both ways from one axis (breaks taken up, missed down): one step
 * for both sides, each side just tall enough for its largest value.
 */
export function divergingScale(
  up: number,
  down: number,
): { step: number; upMax: number; downMax: number; ticks: number[] } {
  const { ticks: base } = scaleFor(Math.max(up, down));
  const step = base[1] ?? 1;
  const upMax = Math.max(step, Math.ceil(up / step) * step);
  const downMax = Math.ceil(down / step) * step;
  const ticks: number[] = [];
  for (let t = -downMax; t <= upMax; t += step) ticks.push(t);
  return { step, upMax, downMax, ticks };
}
