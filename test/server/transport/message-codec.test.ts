import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConfState, Entry, Message, MessageType, NodeId, ShardId } from '../../../src/raft/types.js';
import { decodeMessageBatch, encodeGroupMessage, encodeMessageBatch, receiveMessageBatch } from '../../../src/server/transport/batch-codec.js';
import { messageFromWire, messageToWire } from '../../../src/server/transport/message-codec.js';
import { tessera } from '../../../src/wire/proto.js';
import { appendMessage } from './transport-test-kit.js';

const messageTypes: MessageType[] = [
  'prevote', 'prevote-response', 'vote', 'vote-response', 'append', 'append-response',
  'heartbeat', 'heartbeat-response', 'snapshot', 'timeout-now', 'read-index', 'read-index-response',
];

const safeIndex = fc.oneof(fc.nat(1_000), fc.maxSafeNat());
const nodeIdArbitrary = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }).map((value) => value as NodeId);
const nodeIds = fc.array(nodeIdArbitrary, { maxLength: 5 });
const bytes = fc.uint8Array({ maxLength: 64 });

const entryArbitrary: fc.Arbitrary<Entry> = fc.record({
  term: safeIndex,
  index: safeIndex,
  type: fc.constantFrom('normal' as const, 'conf-change' as const),
  data: bytes,
});

const confStateArbitrary: fc.Arbitrary<ConfState> = fc.record({
  voters: nodeIds,
  learners: nodeIds,
  votersOutgoing: nodeIds,
  learnersNext: nodeIds,
  autoLeave: fc.boolean(),
});

const messageArbitrary: fc.Arbitrary<Message> = fc
  .record({
    type: fc.constantFrom(...messageTypes),
    to: nodeIdArbitrary,
    from: nodeIdArbitrary,
    term: safeIndex,
    logTerm: safeIndex,
    index: safeIndex,
    entries: fc.array(entryArbitrary, { maxLength: 4 }),
    commit: safeIndex,
    snapshot: fc.record({ metadata: fc.record({ index: safeIndex, term: safeIndex, confState: confStateArbitrary }), data: bytes }),
    reject: fc.boolean(),
    rejectHint: safeIndex,
    context: bytes,
  })
  .map((message) => ({ ...message, snapshot: message.type === 'snapshot' ? message.snapshot : null }));

function throughWire(message: Message): ReturnType<typeof messageFromWire> {
  const bytesOnWire = tessera.raft.Message.encode(messageToWire(message)).finish();
  return messageFromWire(tessera.raft.Message.decode(bytesOnWire));
}

function decodeWire(wire: tessera.raft.IMessage): ReturnType<typeof messageFromWire> {
  return messageFromWire(tessera.raft.Message.decode(tessera.raft.Message.encode(wire).finish()));
}

const validWire = (): tessera.raft.IMessage => messageToWire(appendMessage(1, 2, 5));

describe('message codec', () => {
  it('round-trips every message through the wire unchanged', () => {
    fc.assert(
      fc.property(messageArbitrary, (message) => {
        expect(throughWire(message)).toEqual({ ok: true, value: message });
      }),
      { numRuns: 500 },
    );
  });

  it('frames batches byte for byte like MessageBatch.encode, and reads them back', () => {
    fc.assert(
      fc.property(nodeIdArbitrary, fc.array(fc.tuple(fc.maxSafeNat(), messageArbitrary), { maxLength: 6 }), (fromNode, pairs) => {
        const groupMessages = pairs.map(([shard, message]) => ({ shardId: shard as ShardId, message: { ...message, from: fromNode, to: 7 as NodeId } }));
        const framed = encodeMessageBatch(fromNode, groupMessages.map(encodeGroupMessage));
        const reference = tessera.raft.MessageBatch.encode({
          fromNode,
          messages: groupMessages.map(({ shardId, message }) => ({ shardId, message: messageToWire(message) })),
        }).finish();
        expect(Buffer.compare(framed, Buffer.from(reference))).toBe(0);
        const parsed = decodeMessageBatch(framed);
        if (!parsed.ok) throw parsed.error;
        expect(receiveMessageBatch(parsed.value, 7 as NodeId)).toEqual({ ok: true, value: { fromNode, messages: groupMessages, malformed: [] } });
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['an unknown message type', { type: 99 }, 'message.type'],
    ['a negative message type', { type: -1 }, 'message.type'],
    ['an unknown entry type', { entries: [{ term: 1, index: 6, type: 7 }] }, 'message.entries[0].type'],
    ['a term beyond 2^53', { term: 2 ** 60 }, 'message.term'],
    ['an index of 2^53', { index: 2 ** 53 }, 'message.index'],
    ['a missing recipient', { to: 0 }, 'message.to'],
    ['a missing sender', { from: 0 }, 'message.from'],
    ['a snapshot on an append', { snapshot: { metadata: { index: 1, term: 1, confState: {} } } }, 'message.snapshot'],
    ['a snapshot message without a snapshot', { type: tessera.raft.MessageType.SNAPSHOT }, 'message.snapshot'],
    ['snapshot metadata without a conf state', { type: tessera.raft.MessageType.SNAPSHOT, snapshot: { metadata: { index: 1, term: 1 } } }, 'message.snapshot.metadata.confState'],
    ['a snapshot without metadata', { type: tessera.raft.MessageType.SNAPSHOT, snapshot: { data: new Uint8Array([1]) } }, 'message.snapshot.metadata'],
    ['a voter id 0', { type: tessera.raft.MessageType.SNAPSHOT, snapshot: { metadata: { confState: { voters: [1, 0] } } } }, 'message.snapshot.metadata.confState.voters[1]'],
  ])('rejects %s without throwing', (_name, patch, path) => {
    const result = decodeWire({ ...validWire(), ...(patch as tessera.raft.IMessage) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('TESSERA_PEER_MESSAGE_MALFORMED');
      expect(result.error.path).toBe(path);
    }
  });

  it('rejects a missing message', () => {
    const result = messageFromWire(null);
    expect(result.ok).toBe(false);
  });

  it('reports unparsable batch bytes as a value', () => {
    const result = decodeMessageBatch(new Uint8Array([0x12, 0x40, 0x01]));
    expect(result.ok).toBe(false);
  });

  it('drops messages whose sender is not the batch sender or that are addressed elsewhere', () => {
    const batch = tessera.raft.MessageBatch.decode(
      tessera.raft.MessageBatch.encode({
        fromNode: 1,
        messages: [
          { shardId: 4, message: messageToWire(appendMessage(1, 2, 1)) },
          { shardId: 4, message: messageToWire(appendMessage(3, 2, 2)) },
          { shardId: 4, message: messageToWire(appendMessage(1, 5, 3)) },
          { shardId: 2 ** 60, message: messageToWire(appendMessage(1, 2, 4)) },
        ],
      }).finish(),
    );
    const result = receiveMessageBatch(batch, 2 as NodeId);
    if (!result.ok) throw result.error;
    expect(result.value.messages.map(({ message }) => message.index)).toEqual([1]);
    expect(result.value.malformed.map((error) => error.path)).toEqual([
      'batch.messages[1].message.from',
      'batch.messages[2].message.to',
      'batch.messages[3].shardId',
    ]);
  });

  it('carries the quiesce flag of a group message, and leaves unflagged messages as they were', () => {
    const message = appendMessage(1, 2, 1);
    const flagged = encodeGroupMessage({ shardId: 3 as ShardId, message, quiesce: true });
    const unflagged = encodeGroupMessage({ shardId: 3 as ShardId, message });
    expect(Buffer.from(encodeGroupMessage({ shardId: 3 as ShardId, message, quiesce: false }))).toEqual(Buffer.from(unflagged));
    expect(Buffer.from(unflagged)).toEqual(Buffer.from(tessera.raft.GroupMessage.encode({ shardId: 3, message: messageToWire(message) }).finish()));
    const result = receiveMessageBatch(tessera.raft.MessageBatch.decode(encodeMessageBatch(1 as NodeId, [flagged, unflagged])), 2 as NodeId);
    if (!result.ok) throw result.error;
    expect(result.value.messages.map((groupMessage) => groupMessage.quiesce ?? false)).toEqual([true, false]);
  });

  it('reads a batch without messages (a liveness beat) as a valid batch from its sender', () => {
    const result = receiveMessageBatch(tessera.raft.MessageBatch.decode(encodeMessageBatch(7 as NodeId, [])), 2 as NodeId);
    if (!result.ok) throw result.error;
    expect(result.value).toEqual({ fromNode: 7, messages: [], malformed: [] });
  });

  it('copies bytes out of the received frame', () => {
    const frame = tessera.raft.Message.encode(validWire()).finish();
    const result = messageFromWire(tessera.raft.Message.decode(frame));
    if (!result.ok) throw result.error;
    frame.fill(0);
    expect(new TextDecoder().decode(result.value.entries[0].data)).toBe('x');
  });
});
