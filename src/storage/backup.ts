/**
 * Whole-node backup to one file and restore from it (tessctl snapshot save | restore).
 *
 *   file    = header record* trailer
 *   header  = ["TSBK" 4 bytes][format u32][crc32 of the previous 8 bytes]
 *   record  = [key length u32][value length u32][key][value][crc32 of the previous bytes of the record]
 *   trailer = [0xffffffff u32][record count u64][crc32 of the previous 12 bytes], then end of file
 *
 * The backup streams every key of the db through one explicit snapshot (BackupStream in
 * backup-stream.ts), so it is consistent while the node keeps running (every storage batch is
 * atomic). writeBackup writes it to a temporary file, syncs it, then renames it. Restore verifies the whole file first and writes only into an
 * empty directory, so a bad file is rejected (BackupInvalidError) before anything is written.
 */
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { backupFormatVersion, backupMagic, backupPieceBytes, backupTrailerMarker, BackupStream, type BackupSummary } from './backup-stream.js';
import { BackupTally } from './backup-tally.js';
import { ByteReader, readUint32 } from './bytes.js';
import { type BatchOperation, createClassicLevel, persistEarlierWrites, type StorageDb, writeBatch } from './db.js';
import { BackupInvalidError } from './errors.js';

/** Writes every key of `db` to `filePath` (replacing it atomically). */
export async function writeBackup(db: StorageDb, filePath: string): Promise<BackupSummary> {
  const temporaryPath = `${filePath}.partial-${process.pid}`;
  const file = await open(temporaryPath, 'w');
  const stream = new BackupStream(db);
  try {
    for (let piece = await stream.next(); piece !== undefined; piece = await stream.next()) await file.write(piece);
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(temporaryPath, { force: true });
    throw error;
  } finally {
    await stream.close();
  }
  await file.close();
  await rename(temporaryPath, filePath);
  if (stream.summary === undefined) throw new BackupInvalidError('the backup stream ended without its summary');
  return stream.summary;
}

/** Pulls exact byte counts out of a stream of buffers. */
class ExactReader {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private readonly source: AsyncIterator<Buffer>;

  constructor(filePath: string) {
    this.source = createReadStream(filePath, { highWaterMark: backupPieceBytes })[Symbol.asyncIterator]();
  }

  /** Exactly `length` bytes, or fewer only at the end of the file. */
  async read(length: number): Promise<Buffer> {
    while (this.pendingBytes < length) {
      const next = await this.source.next();
      if (next.done) break;
      this.pending.push(next.value);
      this.pendingBytes += next.value.length;
    }
    const all = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    const taken = all.subarray(0, Math.min(length, all.length));
    this.pending = all.length > length ? [all.subarray(length)] : [];
    this.pendingBytes = Math.max(0, all.length - length);
    return taken;
  }

  async close(): Promise<void> {
    await this.source.return?.();
  }
}

async function readExactly(reader: ExactReader, length: number, what: string): Promise<Buffer> {
  const bytes = await reader.read(length);
  if (bytes.length !== length) throw new BackupInvalidError(`file ends inside ${what}`);
  return bytes;
}

function checkCrc(bytes: Uint8Array, what: string): void {
  if (readUint32(bytes, bytes.length - 4) !== crc32(bytes.subarray(0, bytes.length - 4))) throw new BackupInvalidError(`CRC mismatch in ${what}`);
}

function tallyRecord(tally: BackupTally, key: Uint8Array, value: Uint8Array, position: number): void {
  try {
    tally.add(key, value);
  } catch (error) {
    throw new BackupInvalidError(`record ${position} holds a damaged applied-state record`, { cause: error });
  }
}

/** Reads and verifies a backup, handing each record to `onRecord`; throws BackupInvalidError on any damage. */
async function readBackup(filePath: string, onRecord: (key: Uint8Array, value: Uint8Array) => Promise<void>): Promise<BackupSummary> {
  const reader = new ExactReader(filePath);
  try {
    const header = await readExactly(reader, 12, 'the header');
    checkCrc(header, 'the header');
    if (!header.subarray(0, 4).equals(backupMagic)) throw new BackupInvalidError('not a Tessera backup (bad magic)');
    if (readUint32(header, 4) !== backupFormatVersion) throw new BackupInvalidError(`unsupported format ${readUint32(header, 4)}`);
    const tally = new BackupTally();
    let records = 0;
    let bytes = 12;
    for (;;) {
      const lengths = await readExactly(reader, 8, `record ${records}`);
      if (readUint32(lengths, 0) === backupTrailerMarker) {
        const rest = await readExactly(reader, 8, 'the trailer');
        const trailer = Buffer.concat([lengths, rest]);
        checkCrc(trailer, 'the trailer');
        const count = new ByteReader(trailer.subarray(4, 12)).uint64();
        if (count !== records) throw new BackupInvalidError(`trailer counts ${count} records, file has ${records}`);
        if ((await reader.read(1)).length !== 0) throw new BackupInvalidError('bytes after the trailer');
        return { records, bytes: bytes + 16, shards: tally.shards() };
      }
      const keyLength = readUint32(lengths, 0);
      const valueLength = readUint32(lengths, 4);
      const body = await readExactly(reader, keyLength + valueLength + 4, `record ${records}`);
      const record = Buffer.concat([lengths, body]);
      checkCrc(record, `record ${records}`);
      tallyRecord(tally, record.subarray(8, 8 + keyLength), record.subarray(8 + keyLength, 8 + keyLength + valueLength), records);
      await onRecord(record.subarray(8, 8 + keyLength), record.subarray(8 + keyLength, 8 + keyLength + valueLength));
      records += 1;
      bytes += record.length;
    }
  } finally {
    await reader.close();
  }
}

/** Checks a backup file end to end without writing anything. */
export function verifyBackup(filePath: string): Promise<BackupSummary> {
  return readBackup(filePath, async () => {});
}

async function ensureEmptyDirectory(location: string): Promise<void> {
  await mkdir(location, { recursive: true });
  if ((await readdir(location)).length > 0) throw new BackupInvalidError(`restore target ${location} is not empty`);
}

/** Verifies `filePath`, then writes its keys into a new LevelDB at `location` (which must be empty or absent). */
export async function restoreBackup(filePath: string, location: string): Promise<BackupSummary> {
  await ensureEmptyDirectory(location);
  await verifyBackup(filePath);
  const db = createClassicLevel(location);
  await db.open();
  try {
    let operations: BatchOperation[] = [];
    let pendingBytes = 0;
    const summary = await readBackup(filePath, async (key, value) => {
      operations.push({ type: 'put', key: key.slice(), value: value.slice() });
      pendingBytes += key.length + value.length;
      if (pendingBytes >= backupPieceBytes) {
        await writeBatch(db, operations, { sync: false });
        operations = [];
        pendingBytes = 0;
      }
    });
    // The earlier pieces were written unsynced: durable before the last one reports success.
    await persistEarlierWrites(db);
    await writeBatch(db, operations, { sync: true });
    return summary;
  } finally {
    await db.close();
  }
}
