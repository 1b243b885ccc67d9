import { describe, expect, it } from 'vitest';
import { ProposalDroppedError } from '../../src/raft/errors.js';
import { bytes, Network } from './harness/network.js';

function dropReason(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ProposalDroppedError) return error.reason;
    throw error;
  }
  return undefined;
}

function cappedCluster(maxUncommittedEntriesBytes: number): Network {
  const network = new Network({ voters: [1, 2, 3], options: { maxUncommittedEntriesBytes } });
  network.electLeader(1);
  return network;
}

describe('maxUncommittedEntriesBytes', () => {
  it('rejects proposals over the cap with reason uncommitted-size', () => {
    const network = cappedCluster(100);
    network.isolate(2);
    network.isolate(3);
    const leader = network.node(1);
    leader.propose(new Uint8Array(60));
    leader.propose(new Uint8Array(40));
    expect(dropReason(() => leader.propose(new Uint8Array(1)))).toBe('uncommitted-size');
    expect(network.raft(1).uncommittedBytes).toBe(100);
  });

  it('accepts proposals again once the uncommitted entries are committed and applied', () => {
    const network = cappedCluster(100);
    network.isolate(3);
    network.isolate(2);
    network.node(1).propose(new Uint8Array(90));
    expect(dropReason(() => network.node(1).propose(new Uint8Array(20)))).toBe('uncommitted-size');
    network.heal();
    network.tickAll(2);
    expect(network.raft(1).uncommittedBytes).toBe(0);
    expect(dropReason(() => network.node(1).propose(new Uint8Array(20)))).toBeUndefined();
  });

  it('the first proposal on an empty uncommitted log is accepted however large', () => {
    const network = cappedCluster(100);
    network.isolate(2);
    network.isolate(3);
    expect(dropReason(() => network.node(1).propose(new Uint8Array(1000)))).toBeUndefined();
    expect(dropReason(() => network.node(1).propose(new Uint8Array(1)))).toBe('uncommitted-size');
  });

  it('zero means no limit', () => {
    const network = cappedCluster(0);
    network.isolate(2);
    network.isolate(3);
    for (let proposal = 0; proposal < 100; proposal += 1) network.node(1).propose(new Uint8Array(1000));
    expect(network.raft(1).uncommittedBytes).toBe(100_000);
  });

  it('a rejected proposal leaves the log untouched', () => {
    const network = cappedCluster(10);
    network.isolate(2);
    network.isolate(3);
    network.node(1).propose(bytes('0123456789'));
    const last = network.node(1).status().lastIndex;
    expect(dropReason(() => network.node(1).propose(bytes('x')))).toBe('uncommitted-size');
    expect(network.node(1).status().lastIndex).toBe(last);
  });
});
