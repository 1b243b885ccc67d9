/** White-box helpers for single-step tests of the inner Raft class (etcd raft_test.go style). */
import { makeMessage } from '../../../src/raft/message.js';
import { MemoryStorage } from '../../../src/raft/memory-storage.js';
import { Raft } from '../../../src/raft/raft.js';
import type { Entry, Message, MessageType, NodeId, Term } from '../../../src/raft/types.js';
import { nodeId } from '../../../src/raft/types.js';
import type { NodeOptions } from './network.js';

/** Casts a list of plain numbers to node ids. */
export function ids(...values: number[]): NodeId[] {
  return values.map(nodeId);
}

/** Entries with the given terms at indexes first, first+1, ... */
export function entriesWithTerms(terms: number[], first = 1): Entry[] {
  return terms.map((term, position) => ({ term, index: first + position, type: 'normal' as const, data: new Uint8Array(0) }));
}

/** A Raft whose randomInt always returns `random` (election timeout electionTicks + random). */
export function newRaft(id: number, voters: number[], options: NodeOptions & { storage?: MemoryStorage; random?: number; learners?: number[] } = {}): Raft {
  const { storage, random, learners, ...rest } = options;
  const store = storage ?? new MemoryStorage({ voters: ids(...voters), learners: ids(...(learners ?? [])) });
  return new Raft({ ...rest, id: nodeId(id), storage: store, randomInt: () => random ?? 0 });
}

/** A storage with `terms` as its log, the given members, and a hard state at `term`. */
export function storageWith(voters: number[], terms: number[], term: Term, learners: number[] = []): MemoryStorage {
  const storage = new MemoryStorage({ voters: ids(...voters), learners: ids(...learners) });
  storage.append(entriesWithTerms(terms));
  storage.setHardState({ term, vote: 0 as NodeId, commit: 0 });
  return storage;
}

/** Builds a message; unspecified fields are zero. */
export function message(type: MessageType, from: number, to: number, term: Term, fields: Partial<Message> = {}): Message {
  return makeMessage({ ...fields, type, from: nodeId(from), to: nodeId(to), term });
}

/** Takes (and clears) every message the raft has queued, both kinds. */
export function drain(raft: Raft): Message[] {
  const all = [...raft.messagesBeforePersist, ...raft.messages];
  raft.messagesBeforePersist = [];
  raft.messages = [];
  return all;
}

/** Ticks a raft `count` times. */
export function tickTimes(raft: Raft, count: number): void {
  for (let tick = 0; tick < count; tick += 1) raft.tick();
}

/** Makes a raft in a multi-node group leader by white-box steps: candidate, then granted votes. */
export function makeLeader(raft: Raft, granters: number[]): void {
  raft.campaign('election', false);
  for (const granter of granters) raft.step(message('vote-response', granter, raft.id, raft.term));
  if (raft.role !== 'leader') throw new Error(`raft ${raft.id} did not become leader`);
}
