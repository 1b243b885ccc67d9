/**
 * Streams one shard's state machine (data + sessions of its current generation, at its applied
 * index) as checksummed chunks. Reads through one explicit db snapshot, so the image is
 * consistent while applies continue, and holds at most one chunk plus one iterator batch in
 * memory, whatever the shard's size.
 */
import { ByteWriter } from './bytes.js';
import type { StorageDb } from './db.js';
import { generationPrefixBytes, generationRange, rangeKind, recordKind, shardRecordKey } from './layout.js';
import { decodeAppliedState, decodeConfStateRecord, emptyConfState, initialAppliedState } from './records.js';
import { chunkBytesTarget, chunkKind, encodeChunk, encodeHeader, snapshotRecordKind } from './snapshot-format.js';

/** Entries fetched from the iterator per call. */
const iteratorBatchSize = 256;

/** The chunks of shard `shardId`'s state machine; see snapshot-format.ts. */
export async function* writeSnapshotChunks(db: StorageDb, shardId: number): AsyncGenerator<Uint8Array, void, undefined> {
  const snapshot = db.snapshot();
  try {
    const [appliedValue, confValue] = await db.getMany([shardRecordKey(shardId, recordKind.appliedState), shardRecordKey(shardId, recordKind.confState)], { snapshot });
    const applied = appliedValue === undefined ? initialAppliedState : decodeAppliedState(shardId, appliedValue);
    const confState = confValue === undefined ? emptyConfState() : decodeConfStateRecord(shardId, confValue);
    yield encodeHeader({ sourceShardId: shardId, appliedIndex: applied.appliedIndex, appliedTerm: applied.appliedTerm, confState });
    let sequence = 1;
    let records = 0;
    let writer = new ByteWriter(chunkBytesTarget + 64 * 1024);
    for (const [kind, recordType] of [[rangeKind.data, snapshotRecordKind.data], [rangeKind.session, snapshotRecordKind.session]] as const) {
      const iterator = db.iterator({ ...generationRange(shardId, kind, applied.generation), snapshot });
      try {
        for (let batch = await iterator.nextv(iteratorBatchSize); batch.length > 0; batch = await iterator.nextv(iteratorBatchSize)) {
          for (const [key, value] of batch) {
            const recordKey = key.subarray(generationPrefixBytes);
            if (writer.byteLength > 0 && writer.byteLength + 9 + recordKey.length + value.length > chunkBytesTarget) {
              yield encodeChunk(sequence++, chunkKind.records, writer.finish());
              writer = new ByteWriter(chunkBytesTarget + 64 * 1024);
            }
            writer.uint8(recordType).lengthPrefixed(recordKey).lengthPrefixed(value);
            records += 1;
          }
        }
      } finally {
        await iterator.close();
      }
    }
    if (writer.byteLength > 0) yield encodeChunk(sequence++, chunkKind.records, writer.finish());
    yield encodeChunk(sequence, chunkKind.trailer, new ByteWriter(8).uint64(records).finish());
  } finally {
    await snapshot.close();
  }
}
