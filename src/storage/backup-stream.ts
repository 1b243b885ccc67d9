/**
 * The writing side of a whole-node backup: every key of the db, read through one explicit
 * snapshot, encoded as the bytes of a backup file (format in backup.ts) and handed out piece by
 * piece, so a caller can put them in a file (writeBackup) or on the wire (Admin.Snapshot) without
 * holding the backup in memory.
 */
import { crc32 } from 'node:zlib';
import { ByteWriter } from './bytes.js';
import { type BackupShard, BackupTally } from './backup-tally.js';
import type { StorageDb } from './db.js';

export const backupMagic = Buffer.from('TSBK');
export const backupFormatVersion = 1;
export const backupTrailerMarker = 0xffffffff;
/** Bytes buffered before a piece is handed out (a piece ends after the record crossing it, so one may be larger), and per restore batch. */
export const backupPieceBytes = 1024 * 1024;
/** Records fetched from the db iterator per call. */
const iteratorBatchRecords = 256;

/** What a backup holds. */
export interface BackupSummary {
  /** Key-value records in the file. */
  records: number;
  /** Bytes of the file. */
  bytes: number;
  /** Every shard with state in the backup, ascending, with its applied index. */
  shards: BackupShard[];
}

function sealed(writer: ByteWriter, start: number): void {
  const bytes = writer.finish();
  writer.uint32(crc32(bytes.subarray(start)));
}

/**
 * One backup being read out of a db. The snapshot is taken at the first next(), so that is the
 * backup's point in time. Not safe for concurrent next() calls.
 */
export class BackupStream {
  /** Set when the last piece is handed out. */
  summary: BackupSummary | undefined;
  private readonly pieces: AsyncGenerator<Uint8Array, void>;

  constructor(db: StorageDb) {
    this.pieces = this.generate(db);
  }

  /** The next bytes of the file (about backupPieceBytes), or undefined after the last; a failed read rejects. */
  async next(): Promise<Uint8Array | undefined> {
    const result = await this.pieces.next();
    return result.done === true ? undefined : result.value;
  }

  /** Releases the db iterator and snapshot (after a pending next() settles); safe to call twice or after the end. */
  async close(): Promise<void> {
    await this.pieces.return();
  }

  private async *generate(db: StorageDb): AsyncGenerator<Uint8Array, void> {
    const snapshot = db.snapshot();
    const tally = new BackupTally();
    let records = 0;
    let bytes = 0;
    try {
      const iterator = db.iterator({ snapshot });
      try {
        let writer = new ByteWriter(backupPieceBytes * 2).bytes(backupMagic).uint32(backupFormatVersion);
        sealed(writer, 0);
        for (let batch = await iterator.nextv(iteratorBatchRecords); batch.length > 0; batch = await iterator.nextv(iteratorBatchRecords)) {
          for (const [key, value] of batch) {
            const start = writer.byteLength;
            writer.uint32(key.length).uint32(value.length).bytes(key).bytes(value);
            sealed(writer, start);
            tally.add(key, value);
            records += 1;
          }
          if (writer.byteLength >= backupPieceBytes) {
            bytes += writer.byteLength;
            yield writer.finish();
            writer = new ByteWriter(backupPieceBytes * 2);
          }
        }
        const start = writer.byteLength;
        writer.uint32(backupTrailerMarker).uint64(records);
        sealed(writer, start);
        bytes += writer.byteLength;
        const last = writer.finish();
        this.summary = { records, bytes, shards: tally.shards() };
        yield last;
      } finally {
        await iterator.close();
      }
    } finally {
      await snapshot.close();
    }
  }
}
