import type { SeededRandom } from '../runner/random.js';

/**
 * A few keys in use at once; each is retired after `operationsPerKey` operations and replaced by a
 * fresh key, as Jepsen's independent keys do: per-key histories stay short enough to check.
 */
export class KeyRotation {
  private readonly slots: { key: string; operations: number }[] = [];
  private readonly used: string[] = [];
  private nextKey = 0;

  constructor(
    private readonly prefix: string,
    activeKeys: number,
    private readonly operationsPerKey: number,
  ) {
    if (!Number.isSafeInteger(activeKeys) || activeKeys < 1) throw new RangeError(`activeKeys must be ≥ 1, got ${activeKeys}`);
    if (!Number.isSafeInteger(operationsPerKey) || operationsPerKey < 1) throw new RangeError(`operationsPerKey must be ≥ 1, got ${operationsPerKey}`);
    for (let slot = 0; slot < activeKeys; slot += 1) this.slots.push({ key: this.freshKey(), operations: 0 });
  }

  /** A key for the next operation: a random active one, counted against its budget. */
  take(random: SeededRandom): string {
    const position = random.int(this.slots.length);
    const slot = this.slots[position];
    slot.operations += 1;
    if (slot.operations >= this.operationsPerKey) this.slots[position] = { key: this.freshKey(), operations: 0 };
    return slot.key;
  }

  /** Keys in use now. */
  activeKeys(): string[] {
    return this.slots.map((slot) => slot.key);
  }

  /** Every key ever handed out, in order. */
  allKeys(): string[] {
    return [...this.used];
  }

  private freshKey(): string {
    const key = `${this.prefix}${this.nextKey}`;
    this.nextKey += 1;
    this.used.push(key);
    return key;
  }
}
