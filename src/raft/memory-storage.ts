import { LogCompactedError, LogUnavailableError } from './errors.js';
import { assert } from './invariant.js';
import { limitEntriesBytes } from './raft-log.js';
import type { ConfState, Entry, HardState, LogIndex, LogStorage, NodeId, Snapshot, Term } from './types.js';
import { noNode } from './types.js';

/** An empty ConfState. */
export function emptyConfState(): ConfState {
  return { voters: [], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };
}

/**
 * LogStorage kept in memory, for tests and the simulator. Its write side (append, setHardState,
 * applySnapshot, compact) is what a caller does with each Ready; "durable" means "written here".
 *
 * Invariant: entries[0] is a dummy at the compaction point (its index and term are the snapshot's),
 * so term(firstIndex() - 1) always answers.
 */
export class MemoryStorage implements LogStorage {
  private hardState: HardState = { term: 0, vote: noNode, commit: 0 };
  private currentSnapshot: Snapshot;
  private entriesWithDummy: Entry[];

  /**
   * A fresh group whose initial voters are `voters`. A node joining later starts empty and learns
   * the membership from a leader's snapshot (a leader sends one when the joiner needs the log from
   * index 1); until then it applies no conf change and never campaigns.
   */
  constructor(options: { voters: NodeId[]; learners?: NodeId[] } = { voters: [] }) {
    const confState = { ...emptyConfState(), voters: [...options.voters], learners: [...(options.learners ?? [])] };
    this.currentSnapshot = { metadata: { index: 0, term: 0, confState }, data: new Uint8Array(0) };
    this.entriesWithDummy = [{ index: 0, term: 0, type: 'normal', data: new Uint8Array(0) }];
  }

  initialState(): { hardState: HardState; confState: ConfState } {
    return { hardState: { ...this.hardState }, confState: this.currentSnapshot.metadata.confState };
  }

  /** The ConfState of the last snapshot (callers that persist ConfState separately override via setConfState). */
  setConfState(confState: ConfState): void {
    this.currentSnapshot = { ...this.currentSnapshot, metadata: { ...this.currentSnapshot.metadata, confState } };
  }

  setHardState(hardState: HardState): void {
    this.hardState = { ...hardState };
  }

  firstIndex(): LogIndex {
    return this.entriesWithDummy[0].index + 1;
  }

  lastIndex(): LogIndex {
    return this.entriesWithDummy[0].index + this.entriesWithDummy.length - 1;
  }

  term(index: LogIndex): Term {
    const offset = this.entriesWithDummy[0].index;
    if (index < offset) throw new LogCompactedError(index);
    if (index > this.lastIndex()) throw new LogUnavailableError(index);
    return this.entriesWithDummy[index - offset].term;
  }

  entries(low: LogIndex, high: LogIndex, maxBytes: number): Entry[] {
    const offset = this.entriesWithDummy[0].index;
    if (low <= offset) throw new LogCompactedError(low);
    if (high > this.lastIndex() + 1) throw new LogUnavailableError(high - 1);
    return limitEntriesBytes(this.entriesWithDummy.slice(low - offset, high - offset), maxBytes);
  }

  snapshot(): Snapshot {
    return this.currentSnapshot;
  }

  /** Appends entries; an entry at index i replaces every stored entry at i and above. */
  append(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const offset = this.entriesWithDummy[0].index;
    const first = entries[0].index;
    assert(first <= this.lastIndex() + 1, `append at ${first} leaves a gap after ${this.lastIndex()}`);
    // Entries already compacted away are committed and identical: skip them.
    const fresh = first <= offset ? entries.slice(offset + 1 - first) : entries;
    if (fresh.length === 0) return;
    this.entriesWithDummy = this.entriesWithDummy.slice(0, fresh[0].index - offset).concat(fresh);
  }

  /** Replaces the whole log with a snapshot received from a leader. */
  applySnapshot(snapshot: Snapshot): void {
    const { index, term } = snapshot.metadata;
    assert(index >= this.currentSnapshot.metadata.index, `snapshot ${index} older than ${this.currentSnapshot.metadata.index}`);
    this.currentSnapshot = snapshot;
    this.entriesWithDummy = [{ index, term, type: 'normal', data: new Uint8Array(0) }];
  }

  /** Records a snapshot of the state machine at `index` (≤ applied), keeping the log as it is. */
  createSnapshot(index: LogIndex, confState: ConfState, data: Uint8Array): Snapshot {
    assert(index >= this.currentSnapshot.metadata.index, `snapshot ${index} older than ${this.currentSnapshot.metadata.index}`);
    assert(index <= this.lastIndex(), `snapshot ${index} beyond last index ${this.lastIndex()}`);
    this.currentSnapshot = { metadata: { index, term: this.term(index), confState }, data };
    return this.currentSnapshot;
  }

  /** Drops every entry up to and including `index`; the entry at `index` becomes the dummy. */
  compact(index: LogIndex): void {
    const offset = this.entriesWithDummy[0].index;
    if (index <= offset) return;
    assert(index <= this.lastIndex(), `compact ${index} beyond last index ${this.lastIndex()}`);
    const dummy = this.entriesWithDummy[index - offset];
    this.entriesWithDummy = [{ index: dummy.index, term: dummy.term, type: 'normal', data: new Uint8Array(0) }, ...this.entriesWithDummy.slice(index - offset + 1)];
  }
}
