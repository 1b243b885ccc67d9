/** Spreading reads over replicas: power of two choices on outstanding requests (Mitzenmacher). */

/**
 * Picks two distinct candidates at random and returns the one with fewer outstanding requests
 * (the first on a tie). Keeps the worst load close to the mean without tracking every node.
 */
export function pickPowerOfTwo<T>(candidates: readonly T[], outstanding: (candidate: T) => number, random: () => number): T {
  if (candidates.length === 0) throw new RangeError('pickPowerOfTwo needs at least one candidate');
  if (candidates.length === 1) return candidates[0];
  const first = Math.floor(random() * candidates.length);
  let second = Math.floor(random() * (candidates.length - 1));
  if (second >= first) second += 1;
  const left = candidates[first];
  const right = candidates[second];
  return outstanding(right) < outstanding(left) ? right : left;
}
