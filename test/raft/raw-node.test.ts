import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/raft/errors.js';
import { InvariantViolation } from '../../src/raft/invariant.js';
import { MemoryStorage } from '../../src/raft/memory-storage.js';
import { RawNode } from '../../src/raft/raw-node.js';
import type { Message, NodeId } from '../../src/raft/types.js';
import { ids, message } from './harness/fixtures.js';
import { bytes, Network, seededRandomInt } from './harness/network.js';

const raftSourceDirectory = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/raft');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Drops comments so that prose mentioning a forbidden API does not trip the purity check. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function singleNode(): RawNode {
  return new RawNode({ id: 1 as NodeId, storage: new MemoryStorage({ voters: ids(1) }), randomInt: seededRandomInt(1) });
}

/** Handles every Ready of a single-node group against its storage. */
function drive(node: RawNode, storage: MemoryStorage): void {
  for (let round = 0; round < 100 && node.hasReady(); round += 1) {
    const ready = node.ready();
    storage.append(ready.entries);
    if (ready.hardState !== null) storage.setHardState(ready.hardState);
    node.advance();
  }
}

describe('Ready / advance contract', () => {
  it('a second ready() before advance() throws, and so does advance() without ready()', () => {
    const node = singleNode();
    expect(() => node.advance()).toThrow(InvariantViolation);
    node.campaign();
    node.ready();
    expect(() => node.ready()).toThrow(InvariantViolation);
    node.advance();
    expect(() => node.advance()).toThrow(InvariantViolation);
  });

  it('hasReady is false once everything is handled and true after a proposal', () => {
    const storage = new MemoryStorage({ voters: ids(1) });
    const node = new RawNode({ id: 1 as NodeId, storage, randomInt: seededRandomInt(1) });
    node.campaign();
    drive(node, storage);
    expect(node.hasReady()).toBe(false);
    node.propose(bytes('x'));
    expect(node.hasReady()).toBe(true);
  });

  it('a single node commits its own entry only after the Ready that persists it is advanced', () => {
    const storage = new MemoryStorage({ voters: ids(1) });
    const node = new RawNode({ id: 1 as NodeId, storage, randomInt: seededRandomInt(1) });
    node.campaign();
    drive(node, storage);
    const { index } = node.propose(bytes('x'));
    const first = node.ready();
    expect(first.entries.map((entry) => entry.index)).toEqual([index]);
    expect(first.committedEntries).toEqual([]);
    storage.append(first.entries);
    node.advance();
    const second = node.ready();
    expect(second.committedEntries.map((entry) => entry.index)).toEqual([index]);
    expect(second.hardState?.commit).toBe(index);
    node.advance();
    expect(node.hasReady()).toBe(false);
  });

  it('softState is reported only when it changes', () => {
    const storage = new MemoryStorage({ voters: ids(1) });
    const node = new RawNode({ id: 1 as NodeId, storage, randomInt: seededRandomInt(1) });
    node.campaign();
    const ready = node.ready();
    expect(ready.softState).toEqual({ leader: 1, role: 'leader' });
    storage.append(ready.entries);
    node.advance();
    expect(node.ready().softState).toBeNull();
    node.advance();
  });
});

describe('mustSync', () => {
  it('is true for new entries and for a term or vote change, false for a commit-only change', () => {
    const network = new Network({ voters: [1, 2, 3] });
    const voter = network.node(2);
    network.tick(2, 10);
    voter.step(message('vote', 1, 2, 5, { logTerm: 0, index: 0 }));
    const voted = voter.ready();
    expect(voted.hardState).toMatchObject({ term: 5, vote: 1 });
    expect(voted.mustSync).toBe(true);
    voter.advance();

    voter.step(message('append', 1, 2, 5, { index: 0, logTerm: 0, entries: [{ term: 5, index: 1, type: 'normal', data: bytes('x') }] }));
    const appended = voter.ready();
    expect(appended.entries).toHaveLength(1);
    expect(appended.mustSync).toBe(true);
    network.storages.get(2 as NodeId)?.append(appended.entries);
    voter.advance();

    voter.step(message('heartbeat', 1, 2, 5, { commit: 1 }));
    const committed = voter.ready();
    expect(committed.hardState).toMatchObject({ commit: 1 });
    expect(committed.entries).toEqual([]);
    expect(committed.mustSync).toBe(false);
    voter.advance();
  });
});

describe('restart', () => {
  it('a node restarted from its MemoryStorage recovers term, vote, commit and log', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    for (let value = 0; value < 5; value += 1) network.propose(1, `v${value}`);
    network.tickAll(1);
    const before = network.node(2).status();
    const storage = network.storages.get(2 as NodeId) as MemoryStorage;
    const restarted = new RawNode({ id: 2 as NodeId, storage, randomInt: seededRandomInt(9) });
    const after = restarted.status();
    expect(after.hardState).toEqual(before.hardState);
    expect(after.lastIndex).toBe(before.lastIndex);
    expect(after.confState).toEqual(before.confState);
    expect(after.softState).toEqual({ leader: 0, role: 'follower' });
    // Nothing was applied durably (applied 0): every committed entry is handed out again.
    const ready = restarted.ready();
    expect(ready.committedEntries.map((entry) => entry.index)).toEqual(Array.from({ length: before.hardState.commit }, (_, position) => position + 1));
    expect(ready.entries).toEqual([]);
  });

  it('a node restarted with its applied index resumes applying after it', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    for (let value = 0; value < 5; value += 1) network.propose(1, `v${value}`);
    network.tickAll(1);
    const applied = network.appliedIndex(2);
    network.isolate(1);
    network.propose(1, 'late');
    network.restart(2 as NodeId);
    network.heal();
    network.tickAll(3);
    expect(network.appliedData(2)).toEqual(network.appliedData(1));
    expect(network.appliedEntries(2).filter((entry) => entry.index <= applied)).toHaveLength(applied);
  });

  it('a restarted cluster keeps its leader term ordering and its data', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.electLeader(1);
    network.propose(1, 'x');
    const term = network.node(1).status().hardState.term;
    for (const id of network.ids()) network.restart(id);
    network.tickAll(40);
    const leader = network.leader() as number;
    expect(network.node(leader).status().hardState.term).toBeGreaterThan(term);
    network.propose(leader, 'y');
    expect(network.appliedData(3)).toEqual(['x', 'y']);
  });
});

describe('malformed messages', () => {
  const valid = (): Message => message('heartbeat', 1, 2, 1);
  const cases: [string, (base: Message) => Message][] = [
    ['addressed to another node', (base) => ({ ...base, to: 3 as NodeId })],
    ['from node 0', (base) => ({ ...base, from: 0 as NodeId })],
    ['from itself', (base) => ({ ...base, from: 2 as NodeId })],
    ['unknown type', (base) => ({ ...base, type: 'gossip' as Message['type'] })],
    ['negative term', (base) => ({ ...base, term: -1 })],
    ['fractional commit', (base) => ({ ...base, commit: 1.5 })],
    ['term 0 on a heartbeat', (base) => ({ ...base, term: 0 })],
    ['context not bytes', (base) => ({ ...base, context: 'ctx' as unknown as Uint8Array })],
    ['entries with a gap', (base) => ({ ...base, type: 'append', entries: [{ term: 1, index: 5, type: 'normal', data: new Uint8Array(0) }] })],
    ['entry term above the message term', (base) => ({ ...base, type: 'append', entries: [{ term: 9, index: 1, type: 'normal', data: new Uint8Array(0) }] })],
    ['snapshot message without a snapshot', (base) => ({ ...base, type: 'snapshot' })],
  ];

  it.each(cases)('drops and counts a message %s', (_, corrupt) => {
    const network = new Network({ voters: [1, 2, 3] });
    const node = network.node(2);
    const before = node.status();
    node.step(corrupt(valid()));
    expect(node.droppedMessageCount()).toBe(1);
    expect(node.status().hardState).toEqual(before.hardState);
    expect(node.status().softState).toEqual(before.softState);
    expect(node.hasReady()).toBe(false);
  });

  it('drops a null message without throwing', () => {
    const network = new Network({ voters: [1, 2, 3] });
    expect(() => network.node(2).step(null as unknown as Message)).not.toThrow();
    expect(network.node(2).droppedMessageCount()).toBe(1);
  });

  it('does not count well-formed messages', () => {
    const network = new Network({ voters: [1, 2, 3] });
    network.node(2).step(valid());
    expect(network.node(2).droppedMessageCount()).toBe(0);
  });
});

describe('configuration', () => {
  it('reports every violation at once', () => {
    let caught: unknown;
    try {
      new RawNode({ id: 0 as NodeId, storage: new MemoryStorage(), randomInt: seededRandomInt(1), electionTicks: 1, heartbeatTicks: 5, maxInflightMessages: 0 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).code).toBe('TESSERA_CONFIG_INVALID');
    expect((caught as ConfigError).violations.length).toBeGreaterThanOrEqual(4);
  });
});

describe('purity of src/raft', () => {
  const files = sourceFiles(raftSourceDirectory);

  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports only from inside src/raft or ../wire/proto.js', () => {
    const violations: string[] = [];
    for (const file of files) {
      const source = withoutComments(readFileSync(file, 'utf8'));
      for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const specifier = match[1];
        const target = resolve(dirname(file), specifier);
        const inside = specifier.startsWith('.') && !relative(raftSourceDirectory, target).startsWith('..');
        const wire = specifier.startsWith('.') && target === resolve(raftSourceDirectory, '../wire/proto.js');
        if (!inside && !wire) violations.push(`${relative(raftSourceDirectory, file)} imports ${specifier}`);
      }
      if (/\brequire\s*\(/.test(source)) violations.push(`${relative(raftSourceDirectory, file)} uses require()`);
    }
    expect(violations).toEqual([]);
  });

  it('uses no clock, timer or ambient randomness', () => {
    const forbidden = [/Math\.random/, /Date\.now/, /new Date\b/, /\bsetTimeout\b/, /\bsetInterval\b/, /\bsetImmediate\b/, /performance\.now/, /process\.hrtime/, /\bawait\b/, /\basync\b/];
    const violations: string[] = [];
    for (const file of files) {
      const source = withoutComments(readFileSync(file, 'utf8'));
      for (const pattern of forbidden) if (pattern.test(source)) violations.push(`${relative(raftSourceDirectory, file)}: ${pattern.source}`);
    }
    expect(violations).toEqual([]);
  });

  it('names no I/O module even in a dynamic import', () => {
    const modules = ['node:', "'fs'", "'net'", "'timers'", 'classic-level', '@grpc', 'pino'];
    const violations: string[] = [];
    for (const file of files) {
      const source = withoutComments(readFileSync(file, 'utf8'));
      for (const name of modules) if (source.includes(name)) violations.push(`${relative(raftSourceDirectory, file)}: ${name}`);
    }
    expect(violations).toEqual([]);
  });
});

describe('committed entries per Ready', () => {
  it('maxCommittedBytesPerReady splits a long run of committed entries over several Readies, in order', () => {
    const storage = new MemoryStorage({ voters: ids(1) });
    const node = new RawNode({ id: 1 as NodeId, storage, randomInt: seededRandomInt(1), maxCommittedBytesPerReady: 25 });
    node.campaign();
    drive(node, storage);
    for (let value = 0; value < 6; value += 1) node.propose(new Uint8Array(10));
    const first = node.ready();
    storage.append(first.entries);
    node.advance();
    const applied: number[][] = [];
    for (let round = 0; round < 10 && node.hasReady(); round += 1) {
      const ready = node.ready();
      applied.push(ready.committedEntries.map((entry) => entry.index));
      node.advance();
    }
    const flat = applied.flat();
    expect(flat).toEqual([...flat].sort((a, b) => a - b));
    expect(flat).toHaveLength(6);
    expect(applied.length).toBeGreaterThanOrEqual(3);
    for (const batch of applied) expect(batch.length).toBeLessThanOrEqual(2);
  });
});

describe('commit broadcast', () => {
  /** A leader of {1,2,3} whose followers acknowledged its first-term entry; every Ready handled. */
  function leaderOfThree(lazyCommitBroadcast = false): { node: RawNode; handle: () => Message[] } {
    const storage = new MemoryStorage({ voters: ids(1, 2, 3) });
    const node = new RawNode({ id: 1 as NodeId, storage, randomInt: seededRandomInt(1), preVote: false, checkQuorum: false, lazyCommitBroadcast });
    const handle = (): Message[] => {
      const sent: Message[] = [];
      for (let round = 0; round < 10 && node.hasReady(); round += 1) {
        const ready = node.ready();
        storage.append(ready.entries);
        if (ready.hardState !== null) storage.setHardState(ready.hardState);
        sent.push(...ready.messagesBeforePersist, ...ready.messages);
        node.advance();
      }
      return sent;
    };
    node.campaign();
    handle();
    node.step(message('vote-response', 2, 1, 1));
    handle();
    const last = node.status().lastIndex;
    for (const follower of [2, 3]) node.step(message('append-response', follower, 1, 1, { index: last }));
    handle();
    return { node, handle };
  }

  function appendsTo(sent: Message[], to: number): Message[] {
    return sent.filter((sent) => sent.type === 'append' && sent.to === to);
  }

  it('acknowledgements that move the commit index send each follower one empty append carrying it', () => {
    const { node, handle } = leaderOfThree();
    const { index } = node.propose(bytes('x'));
    handle();
    for (const follower of [2, 3]) node.step(message('append-response', follower, 1, 1, { index }));
    const sent = handle();
    for (const follower of [2, 3]) {
      expect(appendsTo(sent, follower).map((append) => [append.entries.length, append.commit])).toEqual([[0, index]]);
    }
  });

  it('a proposal in the same Ready carries the new commit index: no extra empty append', () => {
    const { node, handle } = leaderOfThree();
    const first = node.propose(bytes('x'));
    handle();
    node.step(message('append-response', 2, 1, 1, { index: first.index }));
    const second = node.propose(bytes('y'));
    const sent = handle();
    expect(node.status().hardState.commit).toBe(first.index);
    for (const follower of [2, 3]) {
      expect(appendsTo(sent, follower).map((append) => [append.entries.map((entry) => entry.index), append.commit])).toEqual([[[second.index], first.index]]);
    }
  });

  it('lazily: the commit index waits a tick for a proposal to carry it, then goes in empty appends', () => {
    const { node, handle } = leaderOfThree(true);
    const { index } = node.propose(bytes('x'));
    handle();
    for (const follower of [2, 3]) node.step(message('append-response', follower, 1, 1, { index }));
    const atOnce = handle();
    expect(node.status().hardState.commit).toBe(index);
    expect(atOnce.filter((sent) => sent.type === 'append')).toEqual([]);
    expect(node.hasReady()).toBe(false);
    node.tick();
    const afterTick = handle();
    for (const follower of [2, 3]) {
      expect(appendsTo(afterTick, follower).map((append) => [append.entries.length, append.commit])).toEqual([[0, index]]);
    }
  });

  it('lazily: a follower asking for a read index is told the commit index with the answer', () => {
    const { node, handle } = leaderOfThree(true);
    const { index } = node.propose(bytes('x'));
    handle();
    node.step(message('append-response', 2, 1, 1, { index }));
    handle();
    node.step(message('read-index', 3, 1, 1, { context: bytes('r') }));
    // Without a lease the read waits for a heartbeat round acknowledged by a quorum.
    const round = handle().find((sent) => sent.type === 'heartbeat' && sent.to === 2);
    node.step(message('heartbeat-response', 2, 1, 1, { context: round?.context }));
    const sent = handle().filter((sent) => sent.to === 3);
    expect(sent.map((sent) => [sent.type, sent.type === 'append' ? sent.commit : sent.index])).toEqual([
      ['append', index],
      ['read-index-response', index],
    ]);
  });

  it('lazily: a leader that steps down first tells its followers what it committed', () => {
    const { node, handle } = leaderOfThree(true);
    const { index } = node.propose(bytes('x'));
    handle();
    node.step(message('append-response', 2, 1, 1, { index }));
    handle();
    node.step(message('vote', 3, 1, 5, { index: 0, logTerm: 0 }));
    const sent = handle();
    expect(node.status().softState.role).toBe('follower');
    for (const follower of [2, 3]) {
      expect(appendsTo(sent, follower).map((append) => [append.term, append.commit])).toEqual([[1, index]]);
    }
  });
});
