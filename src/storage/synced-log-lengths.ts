/**
 * Test mode `track-synced` (TESSERA_STORAGE_TEST_MODE=track-synced; inert otherwise): lets a test
 * simulate a power cut. `kill -9` keeps every write the process made (the page cache survives), so
 * unsynced writes are never lost by killing alone. In this mode the node records, after every
 * synced LevelDB write, how many bytes of each write-ahead log (`*.log`) were synced; a test kills
 * the node, calls truncateUnsyncedLogTails(), and reopens it on exactly what a power cut would
 * have left.
 *
 * What "synced" means here follows LevelDB 1.20 (classic-level's): a write with sync fsyncs only
 * the log file in use at that moment. A log that LevelDB left for a newer one (its memtable being
 * flushed to a table) is closed without fsync, so its tail written after its last sync stays
 * unsynced until that table is written and the log deleted. Hence after a synced write only the
 * logs at least as new as the newest log seen before the write get their current length (they may
 * be the one synced); older logs keep the length recorded at their last sync.
 *
 * A recorded length is taken after the synced write completed, so it never falls short of what was
 * synced (it may include a few unsynced bytes appended meanwhile: the simulation loses a little
 * less than a power cut could, never more). The sidecar is replaced with a rename after each
 * record, before the synced write's promise resolves: a caller that acts on a durable write (a
 * Raft ack) always finds the write covered by the sidecar, even across kill -9.
 */
import { readdir, readFile, rename, stat, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StorageDb } from './db.js';
import { TesseraError } from '../routing/errors.js';
import { StorageError } from './errors.js';
import { SerialQueue } from './serial-queue.js';

/** The sidecar in the data directory; LevelDB ignores files whose names it does not own. */
export const syncedLogLengthsFileName = 'TESSERA-SYNCED-LOG-LENGTHS.json';

/** The storage test modes TESSERA_STORAGE_TEST_MODE accepts ('' = none). */
export type StorageTestMode = '' | 'track-synced';

/** Parses TESSERA_STORAGE_TEST_MODE; an unknown value throws, so a typo cannot silently disable a test. */
export function parseStorageTestMode(text: string | undefined): StorageTestMode {
  const value = (text ?? '').trim();
  if (value === '' || value === 'track-synced') return value;
  throw new TesseraError('TESSERA_INVALID_ARGUMENT', `TESSERA_STORAGE_TEST_MODE: unknown mode ${JSON.stringify(value)} (known: track-synced)`, { limit: 'storageTestMode' });
}

/** True when this process runs with TESSERA_STORAGE_TEST_MODE=track-synced (read once at load). */
export const trackSyncedFromEnvironment = parseStorageTestMode(process.env.TESSERA_STORAGE_TEST_MODE) === 'track-synced';

/** Trackers by db; writeBatch consults it only once one was registered (zero cost otherwise). */
const trackers = new WeakMap<StorageDb, SyncedLogLengthTracker>();
let trackerRegistered = false;

/** The tracker of `db`, or undefined (always undefined unless a tracker was ever registered). */
export function syncedLengthTrackerOf(db: StorageDb): SyncedLogLengthTracker | undefined {
  return trackerRegistered ? trackers.get(db) : undefined;
}

/** Starts tracking `db` at `location`: records the logs as they are now (just opened: all durable). */
export async function trackSyncedLogLengths(db: StorageDb, location: string): Promise<SyncedLogLengthTracker> {
  const tracker = new SyncedLogLengthTracker(location);
  await tracker.recordAfterSync(0);
  trackers.set(db, tracker);
  trackerRegistered = true;
  return tracker;
}

/** Keeps the sidecar of one data directory. */
export class SyncedLogLengthTracker {
  private readonly lengths = new Map<string, number>();
  private readonly queue = new SerialQueue();

  constructor(private readonly location: string) {}

  /** The number of the newest `*.log` now (0 when none); call before a synced write. */
  async newestLogNumber(): Promise<number> {
    const numbers = (await listLogFiles(this.location)).map(logNumberOf);
    return numbers.length === 0 ? 0 : Math.max(...numbers);
  }

  /**
   * After a synced write that began when `newestBefore` was the newest log: every log numbered at
   * least that gets its current length (never lower than recorded), then the sidecar is replaced.
   */
  recordAfterSync(newestBefore: number): Promise<void> {
    return this.queue.run(async () => {
      for (const name of await listLogFiles(this.location)) {
        if (logNumberOf(name) < newestBefore) continue;
        const size = await stat(join(this.location, name)).then((stats) => stats.size, () => undefined);
        if (size !== undefined) this.lengths.set(name, Math.max(size, this.lengths.get(name) ?? 0));
      }
      const temporary = join(this.location, `${syncedLogLengthsFileName}.tmp`);
      await writeFile(temporary, JSON.stringify({ version: 1, lengths: Object.fromEntries(this.lengths) }));
      await rename(temporary, join(this.location, syncedLogLengthsFileName));
    });
  }
}

/** One log file cut back by truncateUnsyncedLogTails. */
export interface TruncatedLog {
  file: string;
  sizeBytes: number;
  syncedBytes: number;
}

/**
 * Simulates a power cut on a STOPPED node's data directory written in track-synced mode: cuts every
 * `*.log` back to its recorded synced length (a log never recorded to 0). Resolves with the logs
 * it cut. Throws StorageError when the directory has no sidecar (the mode was off).
 */
export async function truncateUnsyncedLogTails(location: string): Promise<TruncatedLog[]> {
  const recorded = await readSyncedLogLengths(location);
  const cut: TruncatedLog[] = [];
  for (const name of await listLogFiles(location)) {
    const path = join(location, name);
    const sizeBytes = (await stat(path)).size;
    const syncedBytes = recorded.get(name) ?? 0;
    if (sizeBytes <= syncedBytes) continue;
    await truncate(path, syncedBytes);
    cut.push({ file: name, sizeBytes, syncedBytes });
  }
  return cut;
}

/** The sidecar's lengths by log file name. */
export async function readSyncedLogLengths(location: string): Promise<Map<string, number>> {
  let text: string;
  try {
    text = await readFile(join(location, syncedLogLengthsFileName), 'utf8');
  } catch (error) {
    throw new StorageError('TESSERA_STORAGE_CORRUPT', `${location} has no ${syncedLogLengthsFileName}: the node did not run with TESSERA_STORAGE_TEST_MODE=track-synced`, { cause: error });
  }
  const parsed = JSON.parse(text) as { version?: number; lengths?: Record<string, number> };
  if (parsed.version !== 1 || typeof parsed.lengths !== 'object' || parsed.lengths === null) throw new StorageError('TESSERA_STORAGE_CORRUPT', `${syncedLogLengthsFileName}: unknown format`);
  return new Map(Object.entries(parsed.lengths).filter((entry): entry is [string, number] => Number.isSafeInteger(entry[1]) && entry[1] >= 0));
}

async function listLogFiles(location: string): Promise<string[]> {
  return (await readdir(location)).filter((name) => /^\d+\.log$/.test(name));
}

function logNumberOf(name: string): number {
  return Number(name.slice(0, -'.log'.length));
}
