import { isLogGapError } from './errors.js';
import { assert } from './invariant.js';
import { Unstable } from './unstable.js';
import type { Entry, LogIndex, LogStorage, Snapshot, Term } from './types.js';

/** Sum of the payload sizes of entries, the unit of every byte limit in the core. */
export function entriesPayloadBytes(entries: readonly Entry[]): number {
  let bytes = 0;
  for (const entry of entries) bytes += entry.data.length;
  return bytes;
}

/** Keeps the longest prefix of entries within maxBytes, but always at least one entry. */
export function limitEntriesBytes(entries: Entry[], maxBytes: number): Entry[] {
  if (entries.length === 0) return entries;
  let bytes = entries[0].data.length;
  let count = 1;
  while (count < entries.length && bytes + entries[count].data.length <= maxBytes) {
    bytes += entries[count].data.length;
    count += 1;
  }
  return count === entries.length ? entries : entries.slice(0, count);
}

/**
 * A node's view of the replicated log: stable storage below, the unstable tail above.
 *
 * Invariant: applied ≤ applying ≤ committed ≤ lastIndex().
 * Use: `applying` is the last index handed out in a Ready; `applied` is raised by advance().
 */
export class RaftLog {
  readonly unstable: Unstable;
  committed: LogIndex;
  applying: LogIndex;
  applied: LogIndex;

  constructor(
    readonly storage: LogStorage,
    applied: LogIndex,
  ) {
    const firstIndex = storage.firstIndex();
    const lastIndex = storage.lastIndex();
    this.unstable = new Unstable(lastIndex + 1);
    this.committed = firstIndex - 1;
    this.applied = firstIndex - 1;
    this.applying = firstIndex - 1;
    if (applied > this.applied) this.appliedAtRestart(applied);
  }

  private appliedAtRestart(applied: LogIndex): void {
    this.applied = applied;
    this.applying = applied;
  }

  firstIndex(): LogIndex {
    return this.unstable.maybeFirstIndex() ?? this.storage.firstIndex();
  }

  lastIndex(): LogIndex {
    return this.unstable.maybeLastIndex() ?? this.storage.lastIndex();
  }

  /** The last index known to be durable locally (everything below the unstable tail). */
  stableLastIndex(): LogIndex {
    // Until a pending snapshot is durable, nothing in storage is known to agree with the leader.
    if (this.unstable.snapshot !== null) return 0;
    return Math.min(this.unstable.offset - 1, this.storage.lastIndex());
  }

  /** The term at index, or undefined when it is compacted away or beyond the log. */
  term(index: LogIndex): Term | undefined {
    const fromUnstable = this.unstable.maybeTerm(index);
    if (fromUnstable !== undefined) return fromUnstable;
    if (index < this.firstIndex() - 1 || index > this.lastIndex()) return undefined;
    try {
      return this.storage.term(index);
    } catch (error) {
      if (isLogGapError(error)) return undefined;
      throw error;
    }
  }

  lastTerm(): Term {
    const term = this.term(this.lastIndex());
    assert(term !== undefined, 'the last entry always has a term');
    return term;
  }

  matchTerm(index: LogIndex, term: Term): boolean {
    return this.term(index) === term;
  }

  /** Raft §5.4.1: a candidate's log is at least as up to date as ours. */
  isUpToDate(lastIndex: LogIndex, lastTerm: Term): boolean {
    const ourTerm = this.lastTerm();
    return lastTerm > ourTerm || (lastTerm === ourTerm && lastIndex >= this.lastIndex());
  }

  /**
   * The follower side of AppendEntries: returns the last new index when the entry at `index` has
   * `logTerm`, after appending what conflicts or is new and raising the commit index; else undefined.
   */
  maybeAppend(index: LogIndex, logTerm: Term, committed: LogIndex, entries: Entry[]): LogIndex | undefined {
    if (!this.matchTerm(index, logTerm)) return undefined;
    const lastNewIndex = index + entries.length;
    const conflictIndex = this.findConflict(entries);
    if (conflictIndex !== 0) {
      assert(conflictIndex > this.committed, `entry ${conflictIndex} conflicts with committed entry ${this.committed}`);
      this.append(entries.slice(conflictIndex - (index + 1)));
    }
    this.commitTo(Math.min(committed, lastNewIndex));
    return lastNewIndex;
  }

  append(entries: Entry[]): LogIndex {
    if (entries.length === 0) return this.lastIndex();
    assert(entries[0].index - 1 >= this.committed, `append at ${entries[0].index} would overwrite committed ${this.committed}`);
    this.unstable.truncateAndAppend(entries);
    return this.lastIndex();
  }

  /** The index of the first entry that is new or conflicts by term; 0 when all already match. */
  findConflict(entries: readonly Entry[]): LogIndex {
    for (const entry of entries) {
      if (!this.matchTerm(entry.index, entry.term)) return entry.index;
    }
    return 0;
  }

  /**
   * Fast backtracking: the largest index ≤ `index` whose term is ≤ `term`, with that term. Entries
   * above it cannot match a log whose entry at `index` has `term`.
   */
  findConflictByTerm(index: LogIndex, term: Term): { index: LogIndex; term: Term } {
    let probe = index;
    for (;;) {
      const found = this.term(probe);
      if (found === undefined) return { index: probe, term: 0 };
      if (found <= term) return { index: probe, term: found };
      probe -= 1;
    }
  }

  commitTo(index: LogIndex): void {
    if (index <= this.committed) return;
    assert(index <= this.lastIndex(), `commit ${index} beyond last index ${this.lastIndex()}`);
    this.committed = index;
  }

  /** Raft §5.4.2: only an entry of the current term is committed by counting replicas. */
  maybeCommit(index: LogIndex, term: Term): boolean {
    if (index > this.committed && this.term(index) === term) {
      this.commitTo(index);
      return true;
    }
    return false;
  }

  hasNextCommittedEntries(): boolean {
    return this.committed > this.applying && this.unstable.snapshot === null;
  }

  nextCommittedEntries(maxBytes: number): Entry[] {
    if (!this.hasNextCommittedEntries()) return [];
    const low = Math.max(this.applying + 1, this.firstIndex());
    return this.slice(low, this.committed + 1, maxBytes);
  }

  /** Entries in [low, high) up to maxBytes (at least one). Throws the storage's gap error when compacted. */
  slice(low: LogIndex, high: LogIndex, maxBytes: number): Entry[] {
    if (low >= high) return [];
    assert(high <= this.lastIndex() + 1, `slice [${low}, ${high}) beyond last index ${this.lastIndex()}`);
    const offset = this.unstable.offset;
    let result: Entry[] = [];
    if (low < offset) {
      result = this.storage.entries(low, Math.min(high, offset), maxBytes);
      if (result.length < Math.min(high, offset) - low) return result;
    }
    if (high > offset) {
      const unstable = this.unstable.slice(Math.max(low, offset), high);
      result = result.length === 0 ? unstable : result.concat(unstable);
    }
    return limitEntriesBytes(result, maxBytes);
  }

  /** Entries from `index` to the end, up to maxBytes. */
  entriesFrom(index: LogIndex, maxBytes: number): Entry[] {
    if (index > this.lastIndex()) return [];
    return this.slice(index, this.lastIndex() + 1, maxBytes);
  }

  snapshot(): Snapshot {
    return this.unstable.snapshot ?? this.storage.snapshot();
  }

  /** Replaces the whole log with a snapshot received from the leader. */
  restore(snapshot: Snapshot): void {
    this.committed = snapshot.metadata.index;
    this.unstable.restore(snapshot);
  }

  acceptApplying(index: LogIndex): void {
    assert(index >= this.applying, `applying regressed from ${this.applying} to ${index}`);
    this.applying = index;
  }

  appliedTo(index: LogIndex): void {
    if (index === 0) return;
    assert(index <= this.committed, `applied ${index} beyond committed ${this.committed}`);
    assert(index >= this.applied, `applied regressed from ${this.applied} to ${index}`);
    this.applied = index;
    if (this.applying < index) this.applying = index;
  }
}
