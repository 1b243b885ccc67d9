/**
 * Reads a snapshot stream (snapshot-format.ts) into a staging generation of a shard, one batch
 * per chunk, verifying every chunk. Making the staged generation current is the caller's single
 * final batch (node-storage.ts); until then readers and a crash see only the old generation.
 */
import { type BatchOperation, type StorageDb, writeBatch } from './db.js';
import { SnapshotStreamError } from './errors.js';
import { readUint64 } from './bytes.js';
import { dataKey, sessionKey } from './layout.js';
import { chunkKind, decodeChunk, decodeHeader, parsePayload, type SnapshotHeader, snapshotRecordKind } from './snapshot-format.js';

/** What a fully read stream described. */
export interface IngestedStream {
  header: SnapshotHeader;
  records: number;
}

function recordOperations(shardId: number, generation: number, payload: Uint8Array): BatchOperation[] {
  return parsePayload('records', payload, (reader) => {
    const operations: BatchOperation[] = [];
    while (reader.remaining > 0) {
      const kind = reader.uint8();
      const key = reader.lengthPrefixed();
      const value = reader.lengthPrefixed();
      if (value.length < 8) throw new SnapshotStreamError(`record value of ${value.length} bytes is too short`);
      if (kind === snapshotRecordKind.data) {
        operations.push({ type: 'put', key: dataKey(shardId, generation, key), value: value.slice() });
      } else if (kind === snapshotRecordKind.session) {
        if (key.length !== 8) throw new SnapshotStreamError(`session key of ${key.length} bytes`);
        operations.push({ type: 'put', key: sessionKey(shardId, generation, readUint64(key, 0)), value: value.slice() });
      } else {
        throw new SnapshotStreamError(`unknown record kind ${kind}`);
      }
    }
    return operations;
  });
}

/**
 * Writes the stream's records under `generation` of `shardId`. Throws SnapshotStreamError when
 * the stream is malformed, out of order, fails a CRC or ends before its trailer; what was staged
 * then stays until the next ingest or open discards it.
 */
export async function stageSnapshotChunks(db: StorageDb, shardId: number, generation: number, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<IngestedStream> {
  let header: SnapshotHeader | undefined;
  let sequence = 0;
  let records = 0;
  for await (const bytes of chunks) {
    const chunk = decodeChunk(bytes);
    if (chunk.sequence !== sequence) throw new SnapshotStreamError(`chunk ${chunk.sequence} where ${sequence} was expected`);
    sequence += 1;
    if (header === undefined) {
      if (chunk.kind !== chunkKind.header) throw new SnapshotStreamError('stream does not start with a header');
      header = decodeHeader(chunk.payload);
    } else if (chunk.kind === chunkKind.records) {
      const operations = recordOperations(shardId, generation, chunk.payload);
      records += operations.length;
      await writeBatch(db, operations, { sync: false });
    } else if (chunk.kind === chunkKind.trailer) {
      const count = parsePayload('trailer', chunk.payload, (reader) => reader.uint64());
      if (count !== records) throw new SnapshotStreamError(`trailer counts ${count} records, stream had ${records}`);
      return { header, records };
    } else {
      throw new SnapshotStreamError(`unexpected chunk kind ${chunk.kind} at ${chunk.sequence}`);
    }
  }
  throw new SnapshotStreamError(header === undefined ? 'empty stream' : `stream ended after chunk ${sequence - 1} without a trailer`);
}
