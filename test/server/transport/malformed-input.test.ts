import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';
import { shardId } from '../../../src/raft/types.js';
import { messageToWire } from '../../../src/server/transport/message-codec.js';
import { PeerClient, peerServiceDefinition } from '../../../src/server/transport/peer-service-definition.js';
import { tessera } from '../../../src/wire/proto.js';
import { type TestNode, appendMessage, appendMessages, connectAll, startNode, waitFor } from './transport-test-kit.js';

const started: TestNode[] = [];
const clients: grpc.Client[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await Promise.all(started.splice(0).map((node) => node.transport.stop()));
});

/** Opens a raw Messages stream that sends exactly the bytes given, bypassing every encoder. */
function rawMessagesStream(address: string): grpc.ClientWritableStream<Buffer> {
  const client = new grpc.Client(address, grpc.credentials.createInsecure());
  clients.push(client);
  const call = client.makeClientStreamRequest<Buffer, Buffer>(
    peerServiceDefinition.Messages.path,
    (bytes) => bytes,
    (bytes) => bytes,
    () => {},
  );
  call.on('error', () => {});
  return call;
}

describe('PeerTransport against malformed input', () => {
  it('counts bad messages in a batch, delivers the good ones, and stays up', async () => {
    const two = await startNode(2);
    started.push(two);
    const good = messageToWire(appendMessage(1, 2, 1));
    const batch = tessera.raft.MessageBatch.encode({
      fromNode: 1,
      messages: [
        { shardId: 5, message: { ...good, type: 42 as tessera.raft.MessageType } },
        { shardId: 5, message: { ...good, term: 2 ** 60 } },
        { shardId: 5, message: { ...good, from: 3 } },
        { shardId: 5, message: { ...good, entries: [{ index: 2, term: 3, type: 9 as tessera.raft.EntryType }] } },
        { shardId: 5 },
        { shardId: 5, message: good },
      ],
    }).finish();
    const call = rawMessagesStream(two.address);
    call.write(Buffer.from(batch));
    await waitFor(() => two.received.length === 1, 'the one good message');
    expect(two.transport.stats().malformedMessages).toBe(5);
    expect(two.received[0]).toMatchObject({ fromNode: 1, shardId: 5 });
    call.end();
  });

  it('counts an unparsable frame and a bad from_node, keeping the same stream open', async () => {
    const two = await startNode(2);
    started.push(two);
    const call = rawMessagesStream(two.address);
    call.write(Buffer.from([0x12, 0x7f, 0x01, 0x02]));
    call.write(Buffer.from(tessera.raft.MessageBatch.encode({ fromNode: 2 ** 62, messages: [{ shardId: 1, message: messageToWire(appendMessage(1, 2, 1)) }] }).finish()));
    call.write(Buffer.from(tessera.raft.MessageBatch.encode({ fromNode: 1, messages: [{ shardId: 1, message: messageToWire(appendMessage(1, 2, 9)) }] }).finish()));
    await waitFor(() => two.received.length === 1, 'the good batch after the bad ones on the same stream');
    expect(two.received[0].message.index).toBe(9);
    expect(two.transport.stats().malformedMessages).toBe(2);
    expect(two.logger.records.some(({ level }) => level === 'warn')).toBe(true);
    call.end();
  });

  it('serves normal peers after garbage, and survives an onMessages that throws', async () => {
    let calls = 0;
    const one = await startNode(1);
    const two = await startNode(2, {
      onMessages: () => {
        calls += 1;
        if (calls === 1) throw new Error('bug in the caller');
      },
    });
    started.push(one, two);
    connectAll([one, two]);
    const call = rawMessagesStream(two.address);
    call.write(Buffer.from([0xff, 0xff, 0xff]));
    one.transport.send(two.id, appendMessages(1, 2, 1, 1));
    await waitFor(() => calls === 1, 'first batch');
    one.transport.send(two.id, appendMessages(1, 2, 1, 1));
    await waitFor(() => calls === 2, 'second batch after the handler threw');
    expect(two.logger.records.some(({ level, message }) => level === 'error' && message === 'onMessages threw')).toBe(true);
    call.end();
  });

  it('answers a snapshot stream that lacks its announcing message with accepted=false', async () => {
    const two = await startNode(2);
    started.push(two);
    const client = new PeerClient(two.address, grpc.credentials.createInsecure());
    clients.push(client);
    const ack = await new Promise<tessera.raft.SnapshotAck>((resolve, reject) => {
      const call = client.makeClientStreamRequest<tessera.raft.ISnapshotChunk, tessera.raft.SnapshotAck>(
        peerServiceDefinition.Snapshot.path,
        peerServiceDefinition.Snapshot.requestSerialize,
        peerServiceDefinition.Snapshot.responseDeserialize,
        (error, value) => (error !== null || value === undefined ? reject(error) : resolve(value)),
      );
      call.write({ shardId: shardId(1), fromNode: 1, toNode: 2, data: new Uint8Array([1, 2, 3]), last: true });
      call.end();
    });
    expect(ack.accepted).toBe(false);
    expect(ack.error).toContain('snapshotChunk.message');
    expect(two.transport.stats().malformedMessages).toBe(1);
  });
});
