import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JointConfig } from '../../src/raft/quorum/joint-config.js';
import { MajorityConfig, type VoteResult } from '../../src/raft/quorum/majority-config.js';
import type { NodeId } from '../../src/raft/types.js';
import { ids } from './harness/fixtures.js';

function majority(...voters: number[]): MajorityConfig {
  return new MajorityConfig(ids(...voters));
}

function ackedFrom(table: Record<number, number>): (id: NodeId) => number | undefined {
  return (id) => table[id];
}

function votesFrom(table: Record<number, boolean>): Map<NodeId, boolean> {
  return new Map(Object.entries(table).map(([id, vote]) => [Number(id) as NodeId, vote]));
}

/** Naive committed index: the largest index that at least a majority have acknowledged. */
function naiveCommitted(voters: number[], acked: Record<number, number>): number {
  if (voters.length === 0) return Number.MAX_SAFE_INTEGER;
  const candidates = [0, ...voters.map((id) => acked[id] ?? 0)];
  let best = 0;
  for (const index of candidates) {
    const count = voters.filter((id) => (acked[id] ?? 0) >= index).length;
    if (count > voters.length / 2 && index > best) best = index;
  }
  return best;
}

/** Naive vote result: enumerate the missing votes both ways. */
function naiveVote(voters: number[], votes: Record<number, boolean>): VoteResult {
  if (voters.length === 0) return 'won';
  const granted = voters.filter((id) => votes[id] === true).length;
  const missing = voters.filter((id) => votes[id] === undefined).length;
  if (granted > voters.length / 2) return 'won';
  if (granted + missing > voters.length / 2) return 'pending';
  return 'lost';
}

describe('MajorityConfig.committedIndex', () => {
  it('is MAX_SAFE_INTEGER for the empty config, so it never holds a joint minimum down', () => {
    expect(majority().committedIndex(() => 5)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('is the single voter acknowledgement, or 0 when it has none', () => {
    expect(majority(1).committedIndex(ackedFrom({ 1: 7 }))).toBe(7);
    expect(majority(1).committedIndex(ackedFrom({}))).toBe(0);
  });

  it('needs both voters of a two-voter config', () => {
    expect(majority(1, 2).committedIndex(ackedFrom({ 1: 10, 2: 4 }))).toBe(4);
    expect(majority(1, 2).committedIndex(ackedFrom({ 1: 10 }))).toBe(0);
  });

  it('takes the median of three and counts missing acknowledgements as 0', () => {
    expect(majority(1, 2, 3).committedIndex(ackedFrom({ 1: 10, 2: 8, 3: 2 }))).toBe(8);
    expect(majority(1, 2, 3).committedIndex(ackedFrom({ 1: 10 }))).toBe(0);
    expect(majority(1, 2, 3).committedIndex(ackedFrom({ 1: 10, 3: 9 }))).toBe(9);
  });

  it('needs three of four (even sizes round the quorum up)', () => {
    expect(majority(1, 2, 3, 4).committedIndex(ackedFrom({ 1: 10, 2: 9, 3: 3, 4: 1 }))).toBe(3);
  });

  it('ignores acknowledgements of non-members', () => {
    expect(majority(1, 2, 3).committedIndex(ackedFrom({ 1: 5, 7: 100, 8: 100 }))).toBe(0);
  });
});

describe('MajorityConfig.voteResult', () => {
  it('an empty config wins', () => {
    expect(majority().voteResult(new Map())).toBe('won');
  });

  it('a single voter decides alone', () => {
    expect(majority(1).voteResult(votesFrom({}))).toBe('pending');
    expect(majority(1).voteResult(votesFrom({ 1: true }))).toBe('won');
    expect(majority(1).voteResult(votesFrom({ 1: false }))).toBe('lost');
  });

  it('three voters: two grants win, two rejections lose, otherwise pending', () => {
    const config = majority(1, 2, 3);
    expect(config.voteResult(votesFrom({ 1: true }))).toBe('pending');
    expect(config.voteResult(votesFrom({ 1: true, 2: false }))).toBe('pending');
    expect(config.voteResult(votesFrom({ 1: true, 2: true }))).toBe('won');
    expect(config.voteResult(votesFrom({ 1: false, 2: false }))).toBe('lost');
  });

  it('four voters: two grants are not enough, two rejections already lose', () => {
    const config = majority(1, 2, 3, 4);
    expect(config.voteResult(votesFrom({ 1: true, 2: true }))).toBe('pending');
    expect(config.voteResult(votesFrom({ 1: true, 2: true, 3: true }))).toBe('won');
    expect(config.voteResult(votesFrom({ 1: true, 2: true, 3: false, 4: false }))).toBe('lost');
    expect(config.voteResult(votesFrom({ 3: false, 4: false }))).toBe('lost');
    expect(config.voteResult(votesFrom({ 4: false }))).toBe('pending');
  });

  it('ignores votes of non-members', () => {
    expect(majority(1, 2, 3).voteResult(votesFrom({ 1: true, 8: true, 9: true }))).toBe('pending');
  });
});

describe('JointConfig', () => {
  it('outside a joint change behaves like its incoming half', () => {
    const joint = new JointConfig(majority(1, 2, 3));
    expect(joint.isJoint()).toBe(false);
    expect(joint.committedIndex(ackedFrom({ 1: 5, 2: 4, 3: 1 }))).toBe(4);
    expect(joint.voteResult(votesFrom({ 1: true, 3: true }))).toBe('won');
  });

  it('commits the minimum of both halves', () => {
    const joint = new JointConfig(majority(1, 2, 3), majority(3, 4, 5));
    expect(joint.isJoint()).toBe(true);
    // Incoming (1 2 3) has 9 on a majority; outgoing (3 4 5) only 1.
    expect(joint.committedIndex(ackedFrom({ 1: 9, 2: 9, 3: 2, 4: 1, 5: 0 }))).toBe(1);
    expect(joint.committedIndex(ackedFrom({ 1: 9, 2: 9, 3: 9, 4: 9, 5: 0 }))).toBe(9);
  });

  it('wins only when both halves win, loses when either loses', () => {
    const joint = new JointConfig(majority(1, 2, 3), majority(3, 4, 5));
    expect(joint.voteResult(votesFrom({ 1: true, 2: true }))).toBe('pending');
    expect(joint.voteResult(votesFrom({ 1: true, 2: true, 4: true, 5: true }))).toBe('won');
    expect(joint.voteResult(votesFrom({ 1: true, 3: true }))).toBe('pending');
    expect(joint.voteResult(votesFrom({ 1: true, 2: true, 4: false, 5: false }))).toBe('lost');
    expect(joint.voteResult(votesFrom({ 1: false, 2: false, 4: true, 5: true }))).toBe('lost');
  });

  it('ids() is the union of both halves', () => {
    const joint = new JointConfig(majority(1, 2), majority(2, 3));
    expect([...joint.ids()].sort()).toEqual([1, 2, 3]);
  });
});

describe('quorum functions against naive versions (property)', () => {
  const idArbitrary = fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 7 });
  const ackArbitrary = fc.dictionary(fc.integer({ min: 1, max: 9 }).map(String), fc.integer({ min: 0, max: 20 }));
  const voteArbitrary = fc.dictionary(fc.integer({ min: 1, max: 9 }).map(String), fc.boolean());

  it('MajorityConfig.committedIndex equals the naive maximum', () => {
    fc.assert(
      fc.property(idArbitrary, ackArbitrary, (voters, acked) => {
        const table = acked as Record<number, number>;
        expect(majority(...voters).committedIndex(ackedFrom(table))).toBe(naiveCommitted(voters, table));
      }),
      { numRuns: 500 },
    );
  });

  it('MajorityConfig.voteResult equals the naive enumeration', () => {
    fc.assert(
      fc.property(idArbitrary, voteArbitrary, (voters, votes) => {
        const table = votes as Record<number, boolean>;
        expect(majority(...voters).voteResult(votesFrom(table))).toBe(naiveVote(voters, table));
      }),
      { numRuns: 500 },
    );
  });

  it('JointConfig.committedIndex is the minimum of the naive halves', () => {
    fc.assert(
      fc.property(idArbitrary.filter((voters) => voters.length > 0), idArbitrary, ackArbitrary, (incoming, outgoing, acked) => {
        const table = acked as Record<number, number>;
        const joint = new JointConfig(majority(...incoming), majority(...outgoing));
        expect(joint.committedIndex(ackedFrom(table))).toBe(Math.min(naiveCommitted(incoming, table), naiveCommitted(outgoing, table)));
      }),
      { numRuns: 300 },
    );
  });
});
