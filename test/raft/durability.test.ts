import { describe, expect, it } from 'vitest';
import { MemoryStorage } from '../../src/raft/memory-storage.js';
import { RawNode } from '../../src/raft/raw-node.js';
import type { Message, NodeId } from '../../src/raft/types.js';
import { ids, message } from './harness/fixtures.js';
import { seededRandomInt } from './harness/network.js';

// A grant must not leave before {term, vote} is durable: a voter that crashes before its fsync would
// otherwise restart without the vote and grant a second candidate in the same term.
describe('durability of votes', () => {
  function voter(storage: MemoryStorage): RawNode {
    return new RawNode({ id: 2 as NodeId, storage, randomInt: seededRandomInt(2), checkQuorum: false, preVote: false });
  }

  it('a vote-response is never in messagesBeforePersist', () => {
    const node = voter(new MemoryStorage({ voters: ids(1, 2, 3) }));
    node.step(message('vote', 1, 2, 5));
    const ready = node.ready();
    expect(ready.messagesBeforePersist.filter((sent) => sent.type === 'vote-response')).toEqual([]);
    expect(ready.messages.filter((sent) => sent.type === 'vote-response')).toHaveLength(1);
  });

  it('a voter that crashes before persisting never grants two candidates in one term', () => {
    const storage = new MemoryStorage({ voters: ids(1, 2, 3) });
    const sent: Message[] = [];
    const first = voter(storage);
    first.step(message('vote', 1, 2, 5));
    const lost = first.ready();
    // Step 1 of the Ready contract: messagesBeforePersist leave at once. Then the node crashes.
    sent.push(...lost.messagesBeforePersist);
    const restarted = voter(storage);
    restarted.step(message('vote', 3, 2, 5));
    const ready = restarted.ready();
    sent.push(...ready.messagesBeforePersist);
    if (ready.hardState !== null) storage.setHardState(ready.hardState);
    sent.push(...ready.messages);
    const grantedTerm5 = sent.filter((out) => out.type === 'vote-response' && !out.reject && out.term === 5).map((out) => out.to);
    expect(grantedTerm5.length).toBeLessThanOrEqual(1);
  });
});
