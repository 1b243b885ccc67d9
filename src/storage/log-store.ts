/**
 * One shard's durable Raft log, held in memory: the Raft core's synchronous LogStorage.
 *
 * The node keeps logs short by compacting, so the whole uncompacted log is loaded at open and
 * every persisted append is mirrored here; the replication hot path never reads the disk. Only
 * what is durable is visible: the writer (log-writer.ts) calls the mutators after its batch
 * resolved (etcd semantics: the core holds unstable entries itself).
 */
import { LogCompactedError, LogUnavailableError } from '../raft/errors.js';
import type { ConfState, Entry, HardState, LogIndex, LogStorage, Snapshot, SnapshotMetadata, Term } from '../raft/types.js';
import { check } from './errors.js';

/**
 * The size of an entry for entries(…, maxBytes): its data length, with no per-entry overhead.
 * This is exactly what the Raft core's own limitEntriesBytes counts for unstable entries, so a
 * limit means the same whether entries come from storage or from the unstable tail.
 */
export function entrySizeBytes(entry: Entry): number {
  return entry.data.length;
}

/** What a ShardLog asks its owner for: the state outside the log itself. */
export interface ShardLogContext {
  /** Membership at the applied index (what a restart must start from). */
  confState(): ConfState;
  /** The state machine's snapshot metadata; throws SnapshotTemporarilyUnavailableError while one is ingested. */
  snapshot(): Snapshot;
}

/** The durable log of one shard. Thread model: mutated only by the log writer after a batch resolves. */
export class ShardLog implements LogStorage {
  private hardStateValue: HardState;
  private compactedIndex: LogIndex;
  private compactedTerm: Term;
  /** Invariant: log[i].index === compactedIndex + 1 + i. */
  private log: Entry[];
  /** Invariant: the sum of entrySizeBytes over `log` — what the log holds in memory. */
  private bytes = 0;

  constructor(
    readonly shardId: number,
    initial: { hardState: HardState; compactedIndex: LogIndex; compactedTerm: Term; entries: Entry[] },
    private readonly context: ShardLogContext,
  ) {
    this.hardStateValue = { ...initial.hardState };
    this.compactedIndex = initial.compactedIndex;
    this.compactedTerm = initial.compactedTerm;
    this.log = initial.entries;
    this.log.forEach((entry, i) => check(entry.index === this.compactedIndex + 1 + i, `shard ${shardId}: loaded entry ${entry.index} at position ${i}`));
    this.bytes = sizeOf(this.log, 0, this.log.length);
  }

  /** Bytes of entry data the log holds (in memory: compaction is what bounds it). */
  retainedBytes(): number {
    return this.bytes;
  }

  /**
   * The lowest compaction index ≤ `upTo` that keeps at most `keepBytes` of entries after it up to
   * `upTo` (at least the entry at `upTo` is dropped when it alone is larger).
   */
  compactionIndexKeeping(keepBytes: number, upTo: LogIndex): LogIndex {
    check(upTo >= this.compactedIndex && upTo <= this.lastIndex(), `shard ${this.shardId}: ${upTo} outside the log`);
    let kept = 0;
    let index = upTo;
    while (index > this.compactedIndex) {
      const size = entrySizeBytes(this.log[index - this.compactedIndex - 1]);
      if (kept + size > keepBytes) break;
      kept += size;
      index -= 1;
    }
    return index;
  }

  initialState(): { hardState: HardState; confState: ConfState } {
    return { hardState: { ...this.hardStateValue }, confState: this.context.confState() };
  }

  /** The last persisted hard state. */
  hardState(): HardState {
    return { ...this.hardStateValue };
  }

  entries(low: LogIndex, high: LogIndex, maxBytes: number): Entry[] {
    if (low <= this.compactedIndex) throw new LogCompactedError(low);
    if (high > this.lastIndex() + 1) throw new LogUnavailableError(high - 1);
    check(low <= high, `entries(${low}, ${high}): low above high`);
    const result: Entry[] = [];
    let bytes = 0;
    for (let index = low; index < high; index += 1) {
      const entry = this.log[index - this.compactedIndex - 1];
      bytes += entrySizeBytes(entry);
      if (result.length > 0 && bytes > maxBytes) break;
      result.push(entry);
    }
    return result;
  }

  term(index: LogIndex): Term {
    if (index < this.compactedIndex) throw new LogCompactedError(index);
    if (index > this.lastIndex()) throw new LogUnavailableError(index);
    return index === this.compactedIndex ? this.compactedTerm : this.log[index - this.compactedIndex - 1].term;
  }

  firstIndex(): LogIndex {
    return this.compactedIndex + 1;
  }

  lastIndex(): LogIndex {
    return this.compactedIndex + this.log.length;
  }

  snapshot(): Snapshot {
    return this.context.snapshot();
  }

  /** Mirrors a persisted hard state. */
  setHardState(hardState: HardState): void {
    this.hardStateValue = { ...hardState };
  }

  /** Mirrors a persisted append: an entry at index i replaces every entry at i and above. */
  append(entries: readonly Entry[]): void {
    if (entries.length === 0) return;
    const first = entries[0].index;
    check(first <= this.lastIndex() + 1, `shard ${this.shardId}: append at ${first} leaves a gap after ${this.lastIndex()}`);
    const fresh = first <= this.compactedIndex ? entries.slice(this.compactedIndex + 1 - first) : entries;
    if (fresh.length === 0) return;
    const keep = fresh[0].index - this.compactedIndex - 1;
    this.bytes -= sizeOf(this.log, keep, this.log.length);
    this.log.length = keep;
    for (const entry of fresh) this.log.push(entry);
    this.bytes += sizeOf(fresh, 0, fresh.length);
  }

  /** Mirrors a persisted snapshot: the whole log is replaced by the snapshot's position. */
  applySnapshot(metadata: SnapshotMetadata): void {
    this.compactedIndex = metadata.index;
    this.compactedTerm = metadata.term;
    this.log = [];
    this.bytes = 0;
  }

  /** Mirrors a persisted compaction: entries up to `index` are gone; term(index) stays known. */
  compact(index: LogIndex, term: Term): void {
    if (index <= this.compactedIndex) return;
    check(index <= this.lastIndex(), `shard ${this.shardId}: compact ${index} beyond last index ${this.lastIndex()}`);
    this.bytes -= sizeOf(this.log, 0, index - this.compactedIndex);
    this.log = this.log.slice(index - this.compactedIndex);
    this.compactedIndex = index;
    this.compactedTerm = term;
  }

  /** The compaction point: index and term of the entry just below firstIndex(). */
  compaction(): { index: LogIndex; term: Term } {
    return { index: this.compactedIndex, term: this.compactedTerm };
  }
}

/** Bytes of entries[from, to) — without copying the range (append runs once per persisted batch). */
function sizeOf(entries: readonly Entry[], from: number, to: number): number {
  let bytes = 0;
  for (let position = from; position < to; position += 1) bytes += entrySizeBytes(entries[position]);
  return bytes;
}
