/**
 * For `describe.skipIf` / `it.skipIf`: says why on the console when `skip` is true, so the run's
 * output shows the reason next to the suite (Vitest's summary only counts skipped tests).
 */
export function skipBecause(skip: boolean, reason: string): boolean {
  if (skip) console.log(`skipped: ${reason}`);
  return skip;
}
