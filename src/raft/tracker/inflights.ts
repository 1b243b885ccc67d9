import { assert } from '../invariant.js';
import type { LogIndex } from '../types.js';

/**
 * The appends sent to one follower and not yet acknowledged: a bounded FIFO of (last index, bytes).
 *
 * Protocol: check full() before sending, add() after sending, freeLE() when the follower
 * acknowledges an index. Adding to a full window is a bug and throws. The ring grows lazily up to
 * `countMax` because one process hosts thousands of groups, most of them idle.
 */
export class Inflights {
  private indexes: LogIndex[] = [];
  private byteCounts: number[] = [];
  private start = 0;
  private countValue = 0;
  private bytesValue = 0;

  /** `bytesMax` 0 means no byte limit. */
  constructor(
    readonly countMax: number,
    readonly bytesMax: number,
  ) {
    assert(countMax > 0, 'inflight count limit must be positive');
  }

  /** Records an append whose last entry is `index`. Invariant: indexes are added in increasing order. */
  add(index: LogIndex, bytes: number): void {
    assert(!this.full(), 'cannot add to a full inflights window');
    if (this.countValue > 0) assert(index > this.at(this.countValue - 1), `inflight index ${index} out of order`);
    const slot = (this.start + this.countValue) % this.countMax;
    this.indexes[slot] = index;
    this.byteCounts[slot] = bytes;
    this.countValue += 1;
    this.bytesValue += bytes;
  }

  /** Frees every inflight append whose last index is ≤ `index`. */
  freeLE(index: LogIndex): void {
    while (this.countValue > 0 && this.at(0) <= index) {
      this.bytesValue -= this.byteCounts[this.start];
      this.start = (this.start + 1) % this.countMax;
      this.countValue -= 1;
    }
    if (this.countValue === 0) this.start = 0;
  }

  /**
   * Frees the oldest inflight append. A leader does this when a heartbeat answers while the window is
   * full: the appends in it may all be lost, and only a new append can provoke the rejection that
   * sends the follower back to probing.
   */
  freeFirstOne(): void {
    if (this.countValue === 0) return;
    this.freeLE(this.at(0));
  }

  /** True when no further append may be sent: the count or the byte limit is reached. */
  full(): boolean {
    return this.countValue === this.countMax || (this.bytesMax > 0 && this.bytesValue >= this.bytesMax);
  }

  count(): number {
    return this.countValue;
  }

  bytes(): number {
    return this.bytesValue;
  }

  reset(): void {
    this.indexes = [];
    this.byteCounts = [];
    this.start = 0;
    this.countValue = 0;
    this.bytesValue = 0;
  }

  clone(): Inflights {
    const copy = new Inflights(this.countMax, this.bytesMax);
    copy.indexes = [...this.indexes];
    copy.byteCounts = [...this.byteCounts];
    copy.start = this.start;
    copy.countValue = this.countValue;
    copy.bytesValue = this.bytesValue;
    return copy;
  }

  private at(position: number): LogIndex {
    return this.indexes[(this.start + position) % this.countMax];
  }
}
