/**
 * A seeded pseudo-random source (SplitMix32-style mixing over a 32-bit counter), so a run's
 * choices — operations, keys, faults and their timing — follow from its seed and can be replayed.
 * Not for cryptography.
 */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    if (!Number.isSafeInteger(seed)) throw new TypeError(`seed must be a safe integer, got ${seed}`);
    this.state = (seed ^ Math.floor(seed / 2 ** 32) ^ 0x9e3779b9) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x9e3779b9) >>> 0;
    let mixed = this.state;
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b) >>> 0;
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35) >>> 0;
    mixed = (mixed ^ (mixed >>> 16)) >>> 0;
    return mixed / 2 ** 32;
  }

  /** An integer in [0, bound). */
  int(bound: number): number {
    if (!Number.isSafeInteger(bound) || bound <= 0) throw new RangeError(`bound must be a positive integer, got ${bound}`);
    return Math.floor(this.next() * bound);
  }

  /** A float in [low, high). */
  between(low: number, high: number): number {
    return low + this.next() * (high - low);
  }

  /** True with probability `probability`. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty array');
    return items[this.int(items.length)];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let position = copy.length - 1; position > 0; position -= 1) {
      const other = this.int(position + 1);
      [copy[position], copy[other]] = [copy[other], copy[position]];
    }
    return copy;
  }

  /** An independent stream derived from this one, so one consumer's draws do not shift another's. */
  fork(label: string): SeededRandom {
    let hash = this.seed >>> 0;
    for (const character of label) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193) >>> 0;
    return new SeededRandom(hash);
  }
}
