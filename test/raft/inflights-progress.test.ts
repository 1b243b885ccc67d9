import { describe, expect, it } from 'vitest';
import { InvariantViolation } from '../../src/raft/invariant.js';
import { Inflights } from '../../src/raft/tracker/inflights.js';
import { Progress } from '../../src/raft/tracker/progress.js';

function progress(match: number, next: number, countMax = 4, bytesMax = 0): Progress {
  return new Progress({ match, next, inflightCountMax: countMax, inflightBytesMax: bytesMax, isLearner: false });
}

describe('Inflights', () => {
  it('is full at the count limit and frees up to an index', () => {
    const inflights = new Inflights(3, 0);
    inflights.add(1, 10);
    inflights.add(2, 10);
    expect(inflights.full()).toBe(false);
    inflights.add(3, 10);
    expect(inflights.full()).toBe(true);
    expect(inflights.count()).toBe(3);
    inflights.freeLE(2);
    expect(inflights.count()).toBe(1);
    expect(inflights.bytes()).toBe(10);
    expect(inflights.full()).toBe(false);
  });

  it('is full once the byte limit is reached, even below the count limit', () => {
    const inflights = new Inflights(10, 100);
    inflights.add(1, 60);
    expect(inflights.full()).toBe(false);
    inflights.add(2, 40);
    expect(inflights.full()).toBe(true);
    inflights.freeLE(1);
    expect(inflights.bytes()).toBe(40);
    expect(inflights.full()).toBe(false);
  });

  it('a single append larger than the byte limit fills the window by itself', () => {
    const inflights = new Inflights(10, 100);
    inflights.add(5, 500);
    expect(inflights.full()).toBe(true);
  });

  it('wraps around the ring and frees across the wrap point', () => {
    const inflights = new Inflights(4, 0);
    for (let index = 1; index <= 4; index += 1) inflights.add(index, 1);
    inflights.freeLE(3);
    // Start is now at slot 3; the next adds wrap to slots 0..2.
    for (let index = 5; index <= 7; index += 1) inflights.add(index, 1);
    expect(inflights.full()).toBe(true);
    inflights.freeLE(5);
    expect(inflights.count()).toBe(2);
    inflights.add(8, 1);
    inflights.add(9, 1);
    expect(inflights.full()).toBe(true);
    inflights.freeLE(8);
    expect(inflights.count()).toBe(1);
    inflights.freeLE(100);
    expect(inflights.count()).toBe(0);
    expect(inflights.bytes()).toBe(0);
  });

  it('freeLE below the oldest index frees nothing', () => {
    const inflights = new Inflights(4, 0);
    inflights.add(10, 1);
    inflights.add(20, 1);
    inflights.freeLE(9);
    expect(inflights.count()).toBe(2);
    inflights.freeLE(15);
    expect(inflights.count()).toBe(1);
  });

  it('throws on adding to a full window', () => {
    const inflights = new Inflights(2, 0);
    inflights.add(1, 1);
    inflights.add(2, 1);
    expect(() => inflights.add(3, 1)).toThrow(InvariantViolation);
  });

  it('throws on an out-of-order index', () => {
    const inflights = new Inflights(4, 0);
    inflights.add(5, 1);
    expect(() => inflights.add(5, 1)).toThrow(InvariantViolation);
    expect(() => inflights.add(4, 1)).toThrow(InvariantViolation);
  });

  it('rejects a zero count limit', () => {
    expect(() => new Inflights(0, 0)).toThrow(InvariantViolation);
  });

  it('reset empties the window and clone is independent', () => {
    const inflights = new Inflights(3, 0);
    inflights.add(1, 5);
    const copy = inflights.clone();
    inflights.reset();
    expect(inflights.count()).toBe(0);
    expect(copy.count()).toBe(1);
    expect(copy.bytes()).toBe(5);
  });
});

describe('Progress state transitions', () => {
  it('requires match < next', () => {
    expect(() => progress(5, 5)).toThrow(InvariantViolation);
  });

  it('becomeReplicate restarts next right after match', () => {
    const pr = progress(3, 9);
    pr.becomeReplicate();
    expect(pr.state).toBe('replicate');
    expect(pr.next).toBe(4);
  });

  it('becomeProbe from replicate probes right after match and clears the window', () => {
    const pr = progress(3, 4);
    pr.becomeReplicate();
    pr.updateOnEntriesSend(2, 10, 4);
    expect(pr.inflights.count()).toBe(1);
    pr.becomeProbe();
    expect(pr.state).toBe('probe');
    expect(pr.next).toBe(4);
    expect(pr.inflights.count()).toBe(0);
  });

  it('becomeProbe from snapshot probes after the snapshot index, or after match when the snapshot failed', () => {
    const finished = progress(3, 4);
    finished.becomeSnapshot(20);
    expect(finished.isPaused()).toBe(true);
    finished.becomeProbe();
    expect(finished.next).toBe(21);

    const failed = progress(3, 4);
    failed.becomeSnapshot(20);
    failed.pendingSnapshot = 0;
    failed.becomeProbe();
    expect(failed.next).toBe(4);
  });

  it('in probe, one append pauses the flow until an answer', () => {
    const pr = progress(0, 5);
    expect(pr.isPaused()).toBe(false);
    pr.updateOnEntriesSend(1, 1, 5);
    expect(pr.isPaused()).toBe(true);
    expect(pr.next).toBe(5);
    expect(pr.maybeUpdate(5)).toBe(true);
    expect(pr.isPaused()).toBe(false);
  });

  it('in replicate, appends advance next optimistically and pause only when the window is full', () => {
    const pr = progress(0, 1, 2);
    pr.becomeReplicate();
    pr.updateOnEntriesSend(3, 3, 1);
    expect(pr.next).toBe(4);
    expect(pr.isPaused()).toBe(false);
    pr.updateOnEntriesSend(2, 2, 4);
    expect(pr.next).toBe(6);
    expect(pr.isPaused()).toBe(true);
  });

  it('maybeUpdate ignores stale acknowledgements but never lowers next', () => {
    const pr = progress(5, 8);
    expect(pr.maybeUpdate(4)).toBe(false);
    expect(pr.match).toBe(5);
    expect(pr.next).toBe(8);
    expect(pr.maybeUpdate(9)).toBe(true);
    expect(pr.match).toBe(9);
    expect(pr.next).toBe(10);
  });

  it('maybeDecrTo in replicate: stale when rejected ≤ match, else next = match + 1', () => {
    const pr = progress(5, 6);
    pr.becomeReplicate();
    pr.updateOnEntriesSend(4, 4, 6);
    expect(pr.next).toBe(10);
    expect(pr.maybeDecrTo(5, 5)).toBe(false);
    expect(pr.maybeDecrTo(4, 0)).toBe(false);
    expect(pr.next).toBe(10);
    expect(pr.maybeDecrTo(9, 7)).toBe(true);
    expect(pr.next).toBe(6);
  });

  it('maybeDecrTo in probe: stale unless it answers next - 1; uses the hint; never below match + 1', () => {
    const pr = progress(2, 10);
    pr.updateOnEntriesSend(1, 1, 10);
    expect(pr.maybeDecrTo(8, 3)).toBe(false);
    expect(pr.next).toBe(10);
    expect(pr.isPaused()).toBe(true);
    expect(pr.maybeDecrTo(9, 5)).toBe(true);
    expect(pr.next).toBe(6);
    expect(pr.isPaused()).toBe(false);
    // A hint below match cannot move next below match + 1.
    expect(pr.maybeDecrTo(5, 0)).toBe(true);
    expect(pr.next).toBe(3);
  });

  it('maybeDecrTo in probe: a hint above the rejected index does not raise next', () => {
    const pr = progress(0, 10);
    expect(pr.maybeDecrTo(9, 50)).toBe(true);
    expect(pr.next).toBe(9);
  });

  it('snapshot state is always paused, whatever the flow flag', () => {
    const pr = progress(0, 1);
    pr.becomeSnapshot(7);
    pr.msgAppFlowPaused = false;
    expect(pr.isPaused()).toBe(true);
    expect(pr.pendingSnapshot).toBe(7);
  });

  it('clone copies state and window independently', () => {
    const pr = progress(0, 1);
    pr.becomeReplicate();
    pr.updateOnEntriesSend(1, 9, 1);
    pr.sentCommit = 4;
    const copy = pr.clone();
    pr.inflights.freeLE(5);
    expect(copy.inflights.count()).toBe(1);
    expect(copy.state).toBe('replicate');
    expect(copy.next).toBe(2);
    // A conf change clones every progress: what a follower was told must survive it.
    expect(copy.sentCommit).toBe(4);
  });
});
