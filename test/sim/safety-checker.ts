import type { Ready } from '../../src/raft/ready.js';
import type { Entry, LogIndex, Message, NodeId, Term } from '../../src/raft/types.js';
import { noNode } from '../../src/raft/types.js';
import type { SimNode } from './sim-node.js';

/** A safety property broke. The message names the property and the evidence. */
export class SafetyViolation extends Error {
  constructor(
    readonly property: string,
    detail: string,
  ) {
    super(`${property}: ${detail}`);
    this.name = 'SafetyViolation';
  }
}

function fnv1a(hash: number, text: string): number {
  let value = hash >>> 0;
  for (let position = 0; position < text.length; position += 1) {
    value ^= text.charCodeAt(position);
    value = Math.imul(value, 16777619) >>> 0;
  }
  return value;
}

const decoder = new TextDecoder();

function entryText(entry: Entry): string {
  return `${entry.type}:${decoder.decode(entry.data)}`;
}

/**
 * Checks Raft's safety properties (paper Figure 3) as the simulation runs:
 * - election safety: at most one leader per term;
 * - log matching: durable entries with equal index and term have equal prefixes;
 * - leader completeness: a new leader's log holds every entry already committed;
 * - state machine safety: no two nodes apply different entries at one index, and each applies in order;
 * - monotonic commit: a node's durable commit index never decreases, nor its in-memory one within a life;
 * - vote safety: a node votes for at most one candidate per term, across restarts (the lemma election
 *   safety rests on), judged from its durable hard states and the votes it grants on the wire.
 */
export class SafetyChecker {
  private readonly leaderOfTerm = new Map<Term, NodeId>();
  /** "index:term" → prefix hash, over every durable entry of every node. */
  private readonly prefixHashOf = new Map<string, number>();
  /** index → text of the entry applied there (by anyone). */
  private readonly appliedText = new Map<LogIndex, string>();
  /** index → term of the committed (applied) entry there. */
  private readonly committedTerm = new Map<LogIndex, Term>();
  private committedMax: LogIndex = 0;
  private readonly durableCommit = new Map<NodeId, LogIndex>();
  private readonly liveCommit = new Map<string, LogIndex>();
  /** "node:term" → the candidate that node voted for in that term. */
  private readonly voteOf = new Map<string, NodeId>();
  checks = 0;

  /** Called when a Ready's persist completes, before its entries are applied. */
  onPersist(node: SimNode, ready: Ready): void {
    this.checks += 1;
    const storage = node.disk.storage;
    if (ready.snapshot !== null) {
      const { index, term } = ready.snapshot.metadata;
      for (const known of [...node.disk.prefixHashes.keys()]) node.disk.prefixHashes.delete(known);
      const hash = this.prefixHashOf.get(`${index}:${term}`) ?? fnv1a(2166136261, `snapshot:${index}:${term}`);
      node.disk.prefixHashes.set(index, hash);
      this.checkCommittedEntryKept(node, index, term, 'installed snapshot');
    }
    if (ready.entries.length > 0) this.recordEntries(node, ready.entries);
    if (ready.hardState !== null) {
      const commit = ready.hardState.commit;
      const previous = this.durableCommit.get(node.id) ?? 0;
      if (commit < previous) throw new SafetyViolation('monotonic commit', `node ${node.id} persisted commit ${commit} after ${previous}`);
      this.durableCommit.set(node.id, commit);
      const life = `${node.id}/${node.incarnation}`;
      const live = this.liveCommit.get(life) ?? 0;
      if (commit < live) throw new SafetyViolation('monotonic commit', `node ${node.id} commit went back from ${live} to ${commit}`);
      this.liveCommit.set(life, commit);
      if (commit > storage.lastIndex()) throw new SafetyViolation('commit beyond log', `node ${node.id} commit ${commit} > last index ${storage.lastIndex()}`);
      if (ready.hardState.vote !== noNode) this.recordVote(node.id, ready.hardState.term, ready.hardState.vote, 'persisted a vote');
    }
  }

  /** Called for every message a node puts on the wire: a granted vote is a vote, whatever the voter's disk says. */
  onSend(message: Message): void {
    if (message.type === 'vote-response' && !message.reject) this.recordVote(message.from, message.term, message.to, 'granted a vote');
  }

  private recordVote(voter: NodeId, term: Term, candidate: NodeId, how: string): void {
    const key = `${voter}:${term}`;
    const known = this.voteOf.get(key);
    if (known === undefined) this.voteOf.set(key, candidate);
    else if (known !== candidate) throw new SafetyViolation('vote safety', `node ${voter} ${how} for ${candidate} in term ${term}, but had voted for ${known} in that term`);
  }

  private recordEntries(node: SimNode, entries: Entry[]): void {
    const hashes = node.disk.prefixHashes;
    const first = entries[0].index;
    for (const index of [...hashes.keys()]) if (index >= first) hashes.delete(index);
    let hash = hashes.get(first - 1);
    if (hash === undefined) {
      // The entry before is compacted on this node: take the prefix hash every node agrees on.
      const term = node.disk.storage.term(first - 1);
      hash = this.prefixHashOf.get(`${first - 1}:${term}`) ?? fnv1a(2166136261, `base:${first - 1}:${term}`);
    }
    for (const entry of entries) {
      hash = fnv1a(hash, `${entry.index}|${entry.term}|${entryText(entry)}`);
      hashes.set(entry.index, hash);
      const key = `${entry.index}:${entry.term}`;
      const known = this.prefixHashOf.get(key);
      if (known === undefined) this.prefixHashOf.set(key, hash);
      else if (known !== hash) throw new SafetyViolation('log matching', `node ${node.id} holds entry ${key} with a prefix no other node has`);
    }
  }

  /** Called for each entry a node applies, in order. */
  onApply(node: SimNode, entry: Entry): void {
    this.checks += 1;
    // The term is part of an entry's identity: two leaders' no-ops at one index have equal data.
    const text = `${entry.term}/${entryText(entry)}`;
    const known = this.appliedText.get(entry.index);
    if (known === undefined) {
      this.appliedText.set(entry.index, text);
      this.committedTerm.set(entry.index, entry.term);
      if (entry.index > this.committedMax) this.committedMax = entry.index;
    } else if (known !== text) {
      throw new SafetyViolation('state machine safety', `node ${node.id} applied ${JSON.stringify(text)} at ${entry.index}, another node applied ${JSON.stringify(known)}`);
    }
  }

  /** A node became leader of `term` (seen in a Ready's soft state): no other leader in that term, and it holds every committed entry. */
  onLeader(node: SimNode, term: Term): void {
    const other = this.leaderOfTerm.get(term);
    if (other !== undefined && other !== node.id) throw new SafetyViolation('election safety', `nodes ${other} and ${node.id} both led term ${term}`);
    this.leaderOfTerm.set(term, node.id);
    const raw = node.raw;
    if (raw === null) return;
    const firstIndex = node.disk.storage.firstIndex();
    for (let index = 1; index <= this.committedMax; index += 1) {
      const committed = this.committedTerm.get(index);
      if (committed === undefined || committed >= term) continue;
      const held = raw.logTerm(index);
      if (held === undefined && index < firstIndex) continue;
      if (held !== committed) {
        throw new SafetyViolation('leader completeness', `leader ${node.id} of term ${term} has term ${held} at committed index ${index} (committed term ${committed})`);
      }
    }
  }

  private checkCommittedEntryKept(node: SimNode, index: LogIndex, term: Term, what: string): void {
    const committed = this.committedTerm.get(index);
    if (committed !== undefined && committed !== term) {
      throw new SafetyViolation('state machine safety', `node ${node.id} ${what} at ${index} term ${term}, but term ${committed} was committed there`);
    }
  }

  leaderCount(): number {
    return this.leaderOfTerm.size;
  }

  committedIndex(): LogIndex {
    return this.committedMax;
  }
}
