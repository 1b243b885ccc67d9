import { assert } from './invariant.js';
import type { Entry, LogIndex, Snapshot, Term } from './types.js';

/**
 * The part of the log not yet durable: an optional incoming snapshot and the entries after it.
 *
 * Invariant: entries[i].index === offset + i.
 * Invariant: when snapshot is set, offset === snapshot.metadata.index + 1.
 * Everything below `offset` is in stable storage and agrees with the leader that wrote it.
 */
export class Unstable {
  snapshot: Snapshot | null = null;
  entries: Entry[] = [];

  constructor(public offset: LogIndex) {}

  /** The first index if a snapshot is pending, else undefined (storage knows). */
  maybeFirstIndex(): LogIndex | undefined {
    return this.snapshot === null ? undefined : this.snapshot.metadata.index + 1;
  }

  maybeLastIndex(): LogIndex | undefined {
    if (this.entries.length > 0) return this.offset + this.entries.length - 1;
    if (this.snapshot !== null) return this.snapshot.metadata.index;
    return undefined;
  }

  maybeTerm(index: LogIndex): Term | undefined {
    if (index < this.offset) {
      if (this.snapshot !== null && this.snapshot.metadata.index === index) return this.snapshot.metadata.term;
      return undefined;
    }
    const last = this.maybeLastIndex();
    if (last === undefined || index > last) return undefined;
    return this.entries[index - this.offset].term;
  }

  /** Entries up to `index` (with `term`) are now durable: drop them from here. */
  stableTo(index: LogIndex, term: Term): void {
    const found = this.maybeTerm(index);
    // A different term means the entry was replaced after the Ready was taken: it is not the one persisted.
    if (found === undefined || found !== term || index < this.offset) return;
    this.entries = this.entries.slice(index + 1 - this.offset);
    this.offset = index + 1;
  }

  stableSnapshotTo(index: LogIndex): void {
    if (this.snapshot !== null && this.snapshot.metadata.index === index) this.snapshot = null;
  }

  restore(snapshot: Snapshot): void {
    this.offset = snapshot.metadata.index + 1;
    this.entries = [];
    this.snapshot = snapshot;
  }

  truncateAndAppend(entries: Entry[]): void {
    assert(entries.length > 0, 'truncateAndAppend needs entries');
    const after = entries[0].index;
    if (after === this.offset + this.entries.length) {
      this.entries = this.entries.concat(entries);
    } else if (after <= this.offset) {
      // Replaces everything unstable; storage truncates on persist because entries[0] starts lower.
      this.offset = after;
      this.entries = entries.slice();
    } else {
      this.entries = this.entries.slice(0, after - this.offset).concat(entries);
    }
  }

  /** Entries in [low, high); the caller has checked the bounds lie within the unstable part. */
  slice(low: LogIndex, high: LogIndex): Entry[] {
    assert(low >= this.offset, `unstable slice low ${low} below offset ${this.offset}`);
    assert(high <= this.offset + this.entries.length, `unstable slice high ${high} beyond tail`);
    return this.entries.slice(low - this.offset, high - this.offset);
  }
}
