/**
 * LevelDB runs with paranoid checks off (classic-level offers no way to turn them on): when it
 * replays its write-ahead log on open and a block fails its checksum, it drops the whole block and
 * only says so in its own LOG file. The records left are self-consistent, so Tessera's per-record
 * CRCs cannot notice that synced Raft state (entries, term, vote) went back in time — a node that
 * served on would break Raft's promises. LevelDB starts a fresh LOG on every open, so reading it
 * right after open tells whether this recovery dropped anything.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StorageCorruptionError } from './errors.js';

/** LevelDB's words for a recovery that skipped data. */
const droppedData = /corrupt|dropping|checksum mismatch|missing start of fragmented record|bad record length/i;

/** Throws StorageCorruptionError when LevelDB's LOG for the open just done reports dropped data. */
export async function checkLevelDbRecovery(location: string): Promise<void> {
  let log: string;
  try {
    log = await readFile(join(location, 'LOG'), 'utf8');
  } catch {
    return; // No LOG (not LevelDB on disk): nothing to check.
  }
  const reports = log.split('\n').filter((line) => droppedData.test(line));
  if (reports.length > 0) {
    throw new StorageCorruptionError(undefined, 'write-ahead log', undefined, `LevelDB dropped data while recovering ${location}: ${reports.slice(0, 3).join(' | ')}; restore this node from a backup or replace it`);
  }
}
