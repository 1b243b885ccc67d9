import { describe, expect, it } from 'vitest';
import { InvariantViolation } from '../../src/raft/invariant.js';
import { MemoryStorage } from '../../src/raft/memory-storage.js';
import { limitEntriesBytes, RaftLog } from '../../src/raft/raft-log.js';
import type { Entry } from '../../src/raft/types.js';
import { entriesWithTerms, ids } from './harness/fixtures.js';

/** A log whose storage holds `stable` terms and whose unstable tail holds `unstable` terms after them. */
function logWith(stable: number[], unstable: number[] = []): RaftLog {
  const storage = new MemoryStorage({ voters: ids(1) });
  storage.append(entriesWithTerms(stable));
  const log = new RaftLog(storage, 0);
  if (unstable.length > 0) log.append(entriesWithTerms(unstable, stable.length + 1));
  return log;
}

function terms(entries: Entry[]): number[] {
  return entries.map((entry) => entry.term);
}

function sized(index: number, term: number, size: number): Entry {
  return { index, term, type: 'normal', data: new Uint8Array(size) };
}

describe('RaftLog.findConflict', () => {
  const log = logWith([1, 2, 3]);
  it('is 0 when every entry already matches (or the list is empty)', () => {
    expect(log.findConflict([])).toBe(0);
    expect(log.findConflict(entriesWithTerms([1, 2, 3]))).toBe(0);
    expect(log.findConflict(entriesWithTerms([2, 3], 2))).toBe(0);
  });
  it('is the first new index when entries extend the log', () => {
    expect(log.findConflict(entriesWithTerms([2, 3, 4, 4], 2))).toBe(4);
  });
  it('is the first index whose term differs', () => {
    expect(log.findConflict(entriesWithTerms([1, 4, 4]))).toBe(2);
    expect(log.findConflict(entriesWithTerms([4], 3))).toBe(3);
  });
});

describe('RaftLog.findConflictByTerm', () => {
  // Terms by index: 1:1 2:2 3:2 4:4 5:4 6:5
  const log = logWith([1, 2, 2, 4, 4, 5]);
  it('returns the index itself when its term is ≤ the given term', () => {
    expect(log.findConflictByTerm(6, 5)).toEqual({ index: 6, term: 5 });
    expect(log.findConflictByTerm(5, 9)).toEqual({ index: 5, term: 4 });
  });
  it('skips back over every entry of a higher term', () => {
    expect(log.findConflictByTerm(6, 3)).toEqual({ index: 3, term: 2 });
    expect(log.findConflictByTerm(6, 1)).toEqual({ index: 1, term: 1 });
  });
  it('reaches index 0 (term 0) when even the first entry is too new', () => {
    expect(log.findConflictByTerm(6, 0)).toEqual({ index: 0, term: 0 });
  });
  it('stops at the compaction point with term 0 when it cannot look further', () => {
    const storage = new MemoryStorage({ voters: ids(1) });
    storage.append(entriesWithTerms([1, 1, 2, 2, 3]));
    storage.compact(3);
    const compacted = new RaftLog(storage, 0);
    // Terms 3:2 (the compaction point) 4:2 5:3; index 2 is gone, so the search ends there without a term.
    expect(compacted.findConflictByTerm(5, 1)).toEqual({ index: 2, term: 0 });
    expect(compacted.findConflictByTerm(5, 2)).toEqual({ index: 4, term: 2 });
  });
});

describe('RaftLog.maybeAppend', () => {
  it('refuses when the entry at index does not have logTerm', () => {
    const log = logWith([1, 2, 3]);
    expect(log.maybeAppend(3, 2, 3, entriesWithTerms([4], 4))).toBeUndefined();
    expect(log.maybeAppend(4, 3, 3, entriesWithTerms([4], 5))).toBeUndefined();
    expect(log.lastIndex()).toBe(3);
    expect(log.committed).toBe(0);
  });

  it('appends new entries and commits up to min(leader commit, last new index)', () => {
    const log = logWith([1, 2, 3]);
    expect(log.maybeAppend(3, 3, 10, entriesWithTerms([4, 4], 4))).toBe(5);
    expect(log.lastIndex()).toBe(5);
    expect(log.committed).toBe(5);
  });

  it('does not truncate matching entries beyond a short (reordered) append', () => {
    const log = logWith([1, 2, 3, 3]);
    expect(log.maybeAppend(1, 1, 2, entriesWithTerms([2], 2))).toBe(2);
    expect(log.lastIndex()).toBe(4);
    // The commit index is bounded by what this append proved, not by our longer log.
    expect(log.committed).toBe(2);
  });

  it('truncates a conflicting uncommitted suffix and replaces it', () => {
    const log = logWith([1, 2, 3, 3]);
    expect(log.maybeAppend(2, 2, 0, entriesWithTerms([4], 3))).toBe(3);
    expect(terms(log.slice(1, log.lastIndex() + 1, Infinity))).toEqual([1, 2, 4]);
  });

  it('an empty append (heartbeat-like) only moves the commit index', () => {
    const log = logWith([1, 2, 3]);
    expect(log.maybeAppend(2, 2, 3, [])).toBe(2);
    expect(log.committed).toBe(2);
    expect(log.lastIndex()).toBe(3);
  });

  it('never moves the commit index backwards', () => {
    const log = logWith([1, 2, 3]);
    log.commitTo(3);
    expect(log.maybeAppend(1, 1, 1, [])).toBe(1);
    expect(log.committed).toBe(3);
  });

  it('throws rather than overwrite a committed entry', () => {
    const log = logWith([1, 2, 3]);
    log.commitTo(3);
    expect(() => log.maybeAppend(1, 1, 3, entriesWithTerms([5, 5], 2))).toThrow(InvariantViolation);
  });
});

describe('RaftLog commit', () => {
  it('commitTo never decreases and refuses to pass the last index', () => {
    const log = logWith([1, 1, 1]);
    log.commitTo(2);
    log.commitTo(1);
    expect(log.committed).toBe(2);
    expect(() => log.commitTo(4)).toThrow(InvariantViolation);
  });

  it('maybeCommit commits only an entry of the given (current) term (§5.4.2)', () => {
    const log = logWith([1, 2, 2, 3]);
    expect(log.maybeCommit(3, 3)).toBe(false);
    expect(log.committed).toBe(0);
    expect(log.maybeCommit(4, 3)).toBe(true);
    expect(log.committed).toBe(4);
    expect(log.maybeCommit(4, 3)).toBe(false);
  });
});

describe('RaftLog.isUpToDate (§5.4.1)', () => {
  const log = logWith([1, 2, 2]);
  it('a higher last term wins regardless of length', () => {
    expect(log.isUpToDate(1, 3)).toBe(true);
  });
  it('a lower last term loses regardless of length', () => {
    expect(log.isUpToDate(100, 1)).toBe(false);
  });
  it('with equal last terms the longer (or equal) log wins', () => {
    expect(log.isUpToDate(3, 2)).toBe(true);
    expect(log.isUpToDate(4, 2)).toBe(true);
    expect(log.isUpToDate(2, 2)).toBe(false);
  });
});

describe('RaftLog unstable handling', () => {
  it('reads terms and slices across the stable/unstable boundary', () => {
    const log = logWith([1, 1, 2], [2, 3]);
    expect(log.stableLastIndex()).toBe(3);
    expect(log.lastIndex()).toBe(5);
    expect(log.term(4)).toBe(2);
    expect(terms(log.slice(2, 6, Infinity))).toEqual([1, 2, 2, 3]);
  });

  it('a conflicting append below the unstable offset lowers stableLastIndex until persisted', () => {
    const log = logWith([1, 1, 2, 2]);
    log.append(entriesWithTerms([3], 3));
    expect(log.lastIndex()).toBe(3);
    expect(log.term(3)).toBe(3);
    expect(log.term(4)).toBeUndefined();
    expect(log.stableLastIndex()).toBe(2);
  });

  it('stableTo ignores an acknowledgement for an entry since replaced by another term', () => {
    const log = logWith([1], [1, 1]);
    log.append(entriesWithTerms([2], 3));
    expect(log.unstable.entries.length).toBe(2);
    log.unstable.stableTo(3, 1);
    expect(log.unstable.entries.length).toBe(2);
    log.unstable.stableTo(3, 2);
    expect(log.unstable.entries.length).toBe(0);
  });

  it('terms outside the log are undefined, term(0) of a fresh log is 0', () => {
    const log = logWith([1, 2]);
    expect(log.term(0)).toBe(0);
    expect(log.term(3)).toBeUndefined();
  });

  it('compacted entries have no term, and slicing them throws the storage error', () => {
    const storage = new MemoryStorage({ voters: ids(1) });
    storage.append(entriesWithTerms([1, 1, 2, 2, 3]));
    storage.compact(3);
    const log = new RaftLog(storage, 0);
    expect(log.firstIndex()).toBe(4);
    expect(log.term(3)).toBe(2);
    expect(log.term(2)).toBeUndefined();
    expect(() => log.slice(2, 5, Infinity)).toThrow(expect.objectContaining({ code: 'TESSERA_LOG_COMPACTED' }));
  });
});

describe('size limits', () => {
  it('limitEntriesBytes keeps the longest prefix within the limit, but at least one entry', () => {
    const entries = [sized(1, 1, 10), sized(2, 1, 10), sized(3, 1, 10)];
    expect(limitEntriesBytes(entries, 25).length).toBe(2);
    expect(limitEntriesBytes(entries, 30).length).toBe(3);
    expect(limitEntriesBytes(entries, 1).length).toBe(1);
    expect(limitEntriesBytes([], 1)).toEqual([]);
  });

  it('slice applies the limit across storage and unstable entries', () => {
    const storage = new MemoryStorage({ voters: ids(1) });
    storage.append([sized(1, 1, 10), sized(2, 1, 10)]);
    const log = new RaftLog(storage, 0);
    log.append([sized(3, 1, 10), sized(4, 1, 10)]);
    expect(log.slice(1, 5, 35).map((entry) => entry.index)).toEqual([1, 2, 3]);
    expect(log.slice(1, 5, 15).map((entry) => entry.index)).toEqual([1]);
    expect(log.slice(3, 5, 5).map((entry) => entry.index)).toEqual([3]);
    expect(log.entriesFrom(5, 100)).toEqual([]);
  });

  it('nextCommittedEntries hands out committed entries once, bounded by bytes', () => {
    const storage = new MemoryStorage({ voters: ids(1) });
    storage.append([sized(1, 1, 10), sized(2, 1, 10), sized(3, 1, 10)]);
    const log = new RaftLog(storage, 0);
    log.commitTo(3);
    const first = log.nextCommittedEntries(15);
    expect(first.map((entry) => entry.index)).toEqual([1]);
    log.acceptApplying(1);
    expect(log.nextCommittedEntries(100).map((entry) => entry.index)).toEqual([2, 3]);
    log.appliedTo(3);
    expect(log.hasNextCommittedEntries()).toBe(false);
  });

  it('a restarted log resumes after the applied index it was given', () => {
    const storage = new MemoryStorage({ voters: ids(1) });
    storage.append(entriesWithTerms([1, 1, 1, 1]));
    const log = new RaftLog(storage, 2);
    log.commitTo(4);
    expect(log.nextCommittedEntries(Infinity).map((entry) => entry.index)).toEqual([3, 4]);
  });
});

describe('MemoryStorage', () => {
  it('append skips entries already compacted and truncates a conflicting tail', () => {
    const storage = new MemoryStorage({ voters: ids(1) });
    storage.append(entriesWithTerms([1, 1, 1, 1, 1, 1]));
    storage.compact(4);
    storage.append(entriesWithTerms([1, 1, 2, 2, 2], 3));
    expect(storage.firstIndex()).toBe(5);
    expect(storage.lastIndex()).toBe(7);
    expect(storage.term(4)).toBe(1);
    expect(terms(storage.entries(5, 8, Infinity))).toEqual([2, 2, 2]);
  });

  it('compaction keeps the term of the compaction point and refuses what is gone', () => {
    const storage = new MemoryStorage({ voters: ids(1) });
    storage.append(entriesWithTerms([1, 2, 3]));
    storage.compact(2);
    expect(storage.term(2)).toBe(2);
    expect(() => storage.term(1)).toThrow(expect.objectContaining({ code: 'TESSERA_LOG_COMPACTED' }));
    expect(() => storage.entries(2, 4, Infinity)).toThrow(expect.objectContaining({ code: 'TESSERA_LOG_COMPACTED' }));
    expect(() => storage.term(4)).toThrow(expect.objectContaining({ code: 'TESSERA_LOG_UNAVAILABLE' }));
  });
});
