import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotLeaderError, ProposalDroppedError } from '../../src/raft/errors.js';
import type { Message, NodeId } from '../../src/raft/types.js';
import { bytes, Network } from './harness/network.js';

type Step =
  | { kind: 'tick'; count: number }
  | { kind: 'isolate'; id: number }
  | { kind: 'cut'; a: number; b: number }
  | { kind: 'heal' }
  | { kind: 'propose' }
  | { kind: 'read'; id: number }
  | { kind: 'restart'; id: number }
  | { kind: 'compact'; id: number }
  | { kind: 'toggle-learner' }
  | { kind: 'replay'; back: number; count: number }
  | { kind: 'tick-hold' }
  | { kind: 'release'; reverse: boolean };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('tick' as const), count: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('isolate' as const), id: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), a: fc.integer({ min: 1, max: 5 }), b: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('heal' as const) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('propose' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('read' as const), id: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const), id: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('compact' as const), id: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('toggle-learner' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('tick-hold' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('release' as const), reverse: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replay' as const), back: fc.integer({ min: 1, max: 60 }), count: fc.integer({ min: 1, max: 10 }) }) },
);

function isPrefix(shorter: string[], longer: string[]): boolean {
  return shorter.every((value, position) => longer[position] === value);
}

/** Runs the steps and checks state machine safety, one leader per term, and read freshness. */
function runAndCheck(steps: Step[], seed: number, readMode: 'read-index' | 'lease'): void {
  const network = new Network({ voters: [1, 2, 3, 4, 5], seed, options: { readMode } });
  const leadersByTerm = new Map<number, NodeId>();
  let written = 0;
  /** Values known committed (applied somewhere) when each read was requested. */
  const pendingReads: { id: number; context: string; committedBefore: number }[] = [];
  const longestApplied = (): string[] => network.ids().map((id) => network.appliedData(id)).reduce((a, b) => (b.length > a.length ? b : a));
  /** Messages held back by tick-hold, delivered late (and maybe reversed) by release. */
  let held: Message[] = [];
  for (const step of steps) {
    if (step.kind === 'tick') network.tickAll(step.count);
    else if (step.kind === 'tick-hold') {
      for (const id of network.ids()) network.node(id).tick();
      held.push(...network.takeQueued());
    } else if (step.kind === 'release') {
      for (const message of step.reverse ? held.reverse() : held) network.deliver(message);
      held = [];
      network.deliverAll();
    }
    else if (step.kind === 'isolate') network.isolate(step.id);
    else if (step.kind === 'cut' && step.a !== step.b) network.cut(step.a, step.b);
    else if (step.kind === 'heal') network.heal();
    else if (step.kind === 'restart') network.restart(step.id as NodeId);
    else if (step.kind === 'compact') network.compact(step.id);
    else if (step.kind === 'toggle-learner') toggleLearner(network);
    else if (step.kind === 'replay') replay(network, step.back, step.count);
    else if (step.kind === 'propose' || step.kind === 'read') {
      const leader = network.leader();
      if (leader === undefined) continue;
      try {
        if (step.kind === 'propose') network.node(leader).propose(bytes(`w${written++}`));
        else {
          const context = `r${pendingReads.length}`;
          pendingReads.push({ id: step.id, context, committedBefore: longestApplied().length });
          network.node(step.id).readIndex(bytes(context));
        }
      } catch (error) {
        if (!(error instanceof NotLeaderError) && !(error instanceof ProposalDroppedError)) throw error;
      }
      network.deliverAll();
    }
    for (const id of network.ids()) {
      const status = network.node(id).status();
      if (status.softState.role !== 'leader') continue;
      const known = leadersByTerm.get(status.hardState.term);
      expect(known === undefined || known === id, `two leaders in term ${status.hardState.term}`).toBe(true);
      leadersByTerm.set(status.hardState.term, id);
    }
    const longest = longestApplied();
    for (const id of network.ids()) expect(isPrefix(network.appliedData(id), longest), `node ${id} diverged`).toBe(true);
  }
  // A read state at index i must cover every write applied anywhere before the read was requested.
  for (const read of pendingReads) {
    const state = network.readStates(read.id).find((candidate) => new TextDecoder().decode(candidate.context) === read.context);
    if (state === undefined) continue;
    const coveredWrites = countWritesUpTo(network, state.index);
    if (coveredWrites !== undefined) expect(coveredWrites, `read ${read.context} at ${state.index} misses writes`).toBeGreaterThanOrEqual(read.committedBefore);
  }
}

/** Delivers again `count` old messages starting `back` messages ago: duplicates and reordering. */
function replay(network: Network, back: number, count: number): void {
  const start = Math.max(0, network.delivered.length - back);
  for (const old of network.delivered.slice(start, start + count)) network.deliver(old);
  network.deliverAll();
}

/** Node 5 alternates between voter and learner, through the current leader. */
function toggleLearner(network: Network): void {
  const leader = network.leader();
  if (leader === undefined) return;
  const isLearner = network.node(leader).status().confState.learners.includes(5 as NodeId);
  try {
    network.node(leader).proposeConfChange({ transition: 'auto', changes: [{ type: isLearner ? 'add-node' : 'add-learner', nodeId: 5 as NodeId }], context: new Uint8Array(0) });
  } catch (error) {
    if (!(error instanceof NotLeaderError) && !(error instanceof ProposalDroppedError)) throw error;
  }
  network.deliverAll();
}

/** How many application writes the log holds up to `index`, from any node that applied that far. */
function countWritesUpTo(network: Network, index: number): number | undefined {
  for (const id of network.ids()) {
    const entries = network.appliedEntries(id);
    // Only a node that applied every entry one by one (no snapshot in between) can count them.
    if (entries.length === 0 || entries[entries.length - 1].index !== entries.length || entries.length < index) continue;
    return entries.filter((entry) => entry.index <= index && entry.type === 'normal' && entry.data.length > 0).length;
  }
  return undefined;
}

describe('safety under random partitions and restarts (property)', () => {
  for (const readMode of ['read-index', 'lease'] as const) {
    it(`applied logs stay prefixes, one leader per term, reads are fresh (${readMode})`, () => {
      fc.assert(
        fc.property(fc.array(stepArbitrary, { minLength: 20, maxLength: 80 }), fc.integer({ min: 1, max: 1000 }), (steps, seed) => {
          runAndCheck(steps, seed, readMode);
        }),
        { numRuns: 40 },
      );
    });
  }
});
