// Runs an async task over indexes 0..count-1 with at most `inFlight` running at once, each index taken once.

/** Resolves when every task has ended; tasks start in index order as earlier ones end. */
export async function eachInFlight(
  count: number,
  inFlight: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count) {
      const i = next;
      next += 1;
      await task(i);
    }
  };
  const lanes = Math.max(1, Math.min(inFlight, count));
  await Promise.all(Array.from({ length: lanes }, lane));
}
