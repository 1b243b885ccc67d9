/**
 * The receiving side of Admin.Snapshot: writes the stream to `FILE.partial`, checks it against
 * the stream's own end message (byte count and SHA-256), syncs it and only then renames it to
 * FILE. Whatever goes wrong, the partial file is removed and FILE is left as it was.
 */
import { createHash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { tessera } from '../wire/proto.js';
import { errorOfResponse } from './admin-calls.js';

/** A received stream is out of order, cut short or does not match its checksum; nothing is kept. */
export class SnapshotTransferError extends Error {
  /** The code storage uses for a backup that is truncated or fails a checksum. */
  readonly code = 'TESSERA_BACKUP_INVALID';

  constructor(detail: string) {
    super(`snapshot not saved: ${detail}`);
    this.name = 'SnapshotTransferError';
  }
}

/** One shard in a saved snapshot. */
export interface SavedShard {
  shard: number;
  appliedIndex: number;
}

/** What `tessctl snapshot save` reports (its --json output). */
export interface SavedSnapshot {
  file: string;
  node: number;
  bytes: number;
  records: number;
  sha256: string;
  shards: SavedShard[];
}

/** Progress callbacks, called as messages arrive. */
export interface ReceiveProgress {
  begin(nodeId: number, estimatedBytes: number): void;
  update(bytesReceived: number): void;
}

/** Where a stream is: `end` and `error` can come only once `begin` did. */
interface ReceiveState {
  nodeId: number | undefined;
  bytes: number;
  end: tessera.kv.ISnapshotEnd | undefined;
}

/** Applies one message to the state; returns the data to append to the file, if any. */
function take(state: ReceiveState, message: tessera.kv.ISnapshotChunk, progress: ReceiveProgress): Uint8Array | undefined {
  const failure = errorOfResponse(message.error);
  if (failure !== undefined) throw failure;
  if (state.end !== undefined) throw new SnapshotTransferError('a message arrived after the end of the stream');
  if (message.begin !== null && message.begin !== undefined) {
    if (state.nodeId !== undefined) throw new SnapshotTransferError('the stream began twice');
    state.nodeId = Number(message.begin.nodeId ?? 0);
    progress.begin(state.nodeId, Number(message.begin.estimatedBytes ?? 0));
    return undefined;
  }
  if (state.nodeId === undefined) throw new SnapshotTransferError('the stream did not begin with its begin message');
  if (message.end !== null && message.end !== undefined) {
    state.end = message.end;
    return undefined;
  }
  const data = message.data ?? new Uint8Array(0);
  state.bytes += data.length;
  if (Number(message.bytesSent ?? 0) !== state.bytes) throw new SnapshotTransferError(`byte count mismatch: the node sent ${Number(message.bytesSent ?? 0)}, ${state.bytes} arrived`);
  progress.update(state.bytes);
  return data;
}

function checkEnd(state: ReceiveState, sha256: Buffer): tessera.kv.ISnapshotEnd {
  const end = state.end;
  if (end === undefined) throw new SnapshotTransferError(`the stream ended after ${state.bytes} bytes without its end message (truncated)`);
  if (Number(end.totalBytes ?? -1) !== state.bytes) throw new SnapshotTransferError(`the node sent ${Number(end.totalBytes ?? 0)} bytes, ${state.bytes} arrived`);
  if (!sha256.equals(Buffer.from(end.sha256 ?? []))) throw new SnapshotTransferError(`SHA-256 mismatch: the node sent ${Buffer.from(end.sha256 ?? []).toString('hex')}, the file has ${sha256.toString('hex')}`);
  return end;
}

/** Makes a rename in `directory` durable; some file systems refuse to sync a directory, which is harmless. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/** Writes a Snapshot stream to `filePath` (via `filePath.partial`); rejects, removing the partial file, when it is incomplete or damaged. */
export async function receiveSnapshot(messages: AsyncIterable<tessera.kv.ISnapshotChunk>, filePath: string, progress: ReceiveProgress): Promise<SavedSnapshot> {
  const partialPath = `${filePath}.partial`;
  const file = await open(partialPath, 'w');
  const hash = createHash('sha256');
  const state: ReceiveState = { nodeId: undefined, bytes: 0, end: undefined };
  let end: tessera.kv.ISnapshotEnd;
  try {
    for await (const message of messages) {
      const data = take(state, message, progress);
      if (data === undefined || data.length === 0) continue;
      hash.update(data);
      await file.write(data);
    }
    end = checkEnd(state, hash.digest());
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(partialPath, { force: true });
    throw error;
  }
  await file.close();
  await rename(partialPath, filePath);
  await syncDirectory(dirname(filePath));
  const shards = (end.shards ?? []).map((shard) => ({ shard: Number(shard.shardId ?? 0), appliedIndex: Number(shard.appliedIndex ?? 0) }));
  return { file: filePath, node: state.nodeId ?? 0, bytes: state.bytes, records: Number(end.records ?? 0), sha256: Buffer.from(end.sha256 ?? []).toString('hex'), shards };
}
