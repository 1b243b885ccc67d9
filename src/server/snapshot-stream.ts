/**
 * Admin.Snapshot: streams this node's whole storage (NodeStorage.backupStream, one db snapshot
 * over every shard hosted here) to one client as the bytes of a backup file.
 *
 *   begin (node id, size estimate) → data chunks of ≤ snapshotChunkBytesMax with a running byte
 *   count → end (total bytes, SHA-256, records, shards with applied indexes); or an error message.
 *
 * Backpressure: once call.write() returns false, nothing more is read from storage until the call
 * drains, so a slow client holds at most the writable's high-water mark (16 messages, ≤ 16 MiB)
 * plus one storage piece, and the loop never runs ahead of the network. Every read from storage
 * is asynchronous; the synchronous work per chunk is one SHA-256 update of ≤ 1 MiB.
 *
 * Release: a cancelled call (client gone, deadline passed) or the node stopping ends the loop,
 * and the BackupStream is closed in every case, releasing its db snapshot and iterator.
 */
import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { TesseraError } from '../routing/errors.js';
import type { BackupStream, BackupSummary, NodeStorage } from '../storage/index.js';
import type { tessera } from '../wire/proto.js';
import { errorToWire } from './error-wire.js';

/** The largest `data` of one SnapshotChunk, in bytes. */
export const snapshotChunkBytesMax = 1024 * 1024;

/** The events of a server call that can end a wait for 'drain'. */
type CallEvent = 'drain' | 'cancelled' | 'close' | 'error';

/** The part of grpc-js's ServerWritableStream the handler uses (tests pass a fake). */
export interface SnapshotCall {
  readonly cancelled: boolean;
  write(message: tessera.kv.ISnapshotChunk): boolean;
  end(): void;
  once(event: CallEvent, listener: () => void): unknown;
  off(event: CallEvent, listener: () => void): unknown;
}

/** What the handler needs from its node. */
export interface SnapshotSource {
  nodeId: number;
  /** The node's storage; null while it is not open. */
  storage(): NodeStorage | null;
  logger: Logger;
  /** Aborted when the node stops: open streams end with TESSERA_UNAVAILABLE. */
  stopping: AbortSignal;
}

/** The call ended (cancelled or closed) and no message can reach the client any more. */
class CallGone extends Error {}

/** Resolves when the call drains, or rejects with CallGone / TESSERA_UNAVAILABLE when it ends or the node stops first. */
function drained(call: SnapshotCall, stopping: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const events: CallEvent[] = ['drain', 'cancelled', 'close', 'error'];
    const settle = (outcome: () => void): void => {
      for (const event of events) call.off(event, listeners[event]);
      stopping.removeEventListener('abort', onStop);
      outcome();
    };
    const gone = (): void => settle(() => reject(new CallGone()));
    const listeners: Record<CallEvent, () => void> = { drain: () => settle(resolve), cancelled: gone, close: gone, error: gone };
    const onStop = (): void => settle(() => reject(nodeStopping(stopping)));
    for (const event of events) call.once(event, listeners[event]);
    stopping.addEventListener('abort', onStop);
  });
}

function nodeStopping(stopping: AbortSignal): TesseraError {
  return new TesseraError('TESSERA_UNAVAILABLE', 'the node is shutting down; the snapshot is incomplete', { cause: stopping.reason });
}

/** Writes one message, then waits for room if the call's buffer is full. */
async function send(call: SnapshotCall, message: tessera.kv.ISnapshotChunk, stopping: AbortSignal): Promise<void> {
  if (call.cancelled) throw new CallGone();
  if (stopping.aborted) throw nodeStopping(stopping);
  if (!call.write(message)) await drained(call, stopping);
}

/** Sends every piece of `backup` as data chunks; resolves with the file's SHA-256 and summary. */
async function sendPieces(call: SnapshotCall, backup: BackupStream, stopping: AbortSignal): Promise<{ sha256: Buffer; summary: BackupSummary }> {
  const hash = createHash('sha256');
  let bytesSent = 0;
  for (let piece = await backup.next(); piece !== undefined; piece = await backup.next()) {
    for (let offset = 0; offset < piece.length; offset += snapshotChunkBytesMax) {
      const data = piece.subarray(offset, offset + snapshotChunkBytesMax);
      hash.update(data);
      bytesSent += data.length;
      await send(call, { data, bytesSent }, stopping);
    }
  }
  const summary = backup.summary;
  if (summary === undefined || summary.bytes !== bytesSent) throw new TesseraError('TESSERA_INTERNAL', `backup stream ended after ${bytesSent} bytes without a matching summary`);
  return { sha256: hash.digest(), summary };
}

/** The Admin.Snapshot handler: never rejects; failures reach the client as an error message. */
export async function streamSnapshot(call: SnapshotCall, source: SnapshotSource): Promise<void> {
  const startedMs = performance.now();
  let backup: BackupStream | undefined;
  try {
    const storage = source.storage();
    if (storage === null) throw new TesseraError('TESSERA_UNAVAILABLE', `node ${source.nodeId} has no open storage`);
    backup = storage.backupStream();
    await send(call, { begin: { nodeId: source.nodeId, estimatedBytes: await storage.sizeOnDiskBytes() } }, source.stopping);
    const { sha256, summary } = await sendPieces(call, backup, source.stopping);
    const shards = summary.shards.map((shard) => ({ shardId: shard.shardId, appliedIndex: shard.appliedIndex }));
    await send(call, { end: { totalBytes: summary.bytes, sha256, records: summary.records, shards } }, source.stopping);
    call.end();
    source.logger.info({ bytes: summary.bytes, records: summary.records, shards: shards.length, ms: Math.round(performance.now() - startedMs) }, 'snapshot sent');
  } catch (error) {
    if (error instanceof CallGone || call.cancelled) {
      source.logger.info({ ms: Math.round(performance.now() - startedMs) }, 'snapshot cancelled by the client');
      return;
    }
    source.logger.warn({ err: error }, 'snapshot failed');
    call.write({ error: errorToWire(error, { wireShardMap: () => ({}) }) });
    call.end();
  } finally {
    await backup?.close();
  }
}
