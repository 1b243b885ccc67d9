/**
 * `tessctl snapshot restore FILE --data DIR [--force]`: rebuilds a stopped node's data directory
 * from a file `snapshot save` wrote, offline, on the node's machine.
 *
 * This is the one tessctl command that touches storage instead of talking to a node: a data
 * directory is storage's format, so it goes through storage's public surface
 * (src/storage/index.ts: verifyBackup, NodeStorage.restore), loaded only when this command runs.
 *
 * Order of work, so that a bad file or a mistaken target never costs data:
 *   1. prepareRestore: verify the whole file (every record CRC, the trailer's count), so a damaged
 *      or truncated file is refused before DIR is looked at; refuse a non-empty DIR without
 *      --force, and always a DIR a running node holds (LevelDB lock);
 *   2. (snapshot-command.ts: check with the cluster that the node is stopped)
 *   3. writeRestore: restore into a fresh directory inside DIR, then replace DIR's old contents;
 *   4. (snapshot-fence.ts: give every shard of the node a new term among the other replicas).
 */
import { mkdir, open, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { TesseraError } from '../client/index.js';

/** What `tessctl snapshot restore` reports (its --json output). */
export interface RestoredSnapshot {
  file: string;
  dataDir: string;
  bytes: number;
  records: number;
  shards: { shard: number; appliedIndex: number }[];
  /** Entries of DIR that --force replaced. */
  replacedEntries: number;
}

/** What to restore where. */
export interface RestoreOptions {
  file: string;
  dataDir: string;
  force: boolean;
}

type Storage = typeof import('../storage/index.js');

/** The entries of `directory`, or undefined when it does not exist; rejects when it is not a directory. */
async function entriesOf(directory: string): Promise<string[] | undefined> {
  const stats = await stat(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (stats === undefined) return undefined;
  if (!stats.isDirectory()) throw new TesseraError('TESSERA_INVALID_ARGUMENT', `${directory} is not a directory`);
  return readdir(directory);
}

/** Refuses a directory a running node holds: LevelDB keeps a lock on it while open. */
async function refuseIfInUse(storage: Storage, directory: string, entries: string[]): Promise<void> {
  if (!entries.includes('CURRENT')) return;
  const db = storage.createClassicLevel(directory);
  try {
    await db.open({ createIfMissing: false });
  } catch (error) {
    const cause = (error as { cause?: { code?: unknown } }).cause;
    if (cause?.code === 'LEVEL_LOCKED') throw new TesseraError('TESSERA_INVALID_ARGUMENT', `${directory} is in use by a running node (its LevelDB lock is held); stop the node first`);
    // Anything else (not a LevelDB, damaged): --force replaces it all the same.
    return;
  }
  await db.close();
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/** Replaces every entry of `directory` (except `keep`) with the entries of `staging`, then removes `staging`. */
async function moveIntoPlace(directory: string, staging: string, keep: Set<string>): Promise<number> {
  let replaced = 0;
  for (const entry of await readdir(directory)) {
    if (entry === basename(staging) || keep.has(entry)) continue;
    await rm(join(directory, entry), { recursive: true, force: true });
    replaced += 1;
  }
  for (const entry of await readdir(staging)) await rename(join(staging, entry), join(directory, entry));
  await rmdir(staging);
  await syncDirectory(directory);
  return replaced;
}

/** A restore whose file is verified and whose target may be written. */
export interface PreparedRestore {
  storage: Storage;
  summary: Awaited<ReturnType<Storage['verifyBackup']>>;
  /** The absolute data directory. */
  dataDir: string;
}

/** Verifies `options.file` and checks `options.dataDir` may be written; rejects with a one-line reason, having written nothing. */
export async function prepareRestore(options: RestoreOptions): Promise<PreparedRestore> {
  const storage: Storage = await import('../storage/index.js');
  const fileStats = await stat(options.file).catch(() => undefined);
  if (fileStats === undefined || !fileStats.isFile()) throw new TesseraError('TESSERA_INVALID_ARGUMENT', `${options.file} is not a file`);
  const summary = await storage.verifyBackup(options.file);
  const dataDir = resolve(options.dataDir);
  const entries = await entriesOf(dataDir);
  if (entries !== undefined && entries.length > 0) {
    if (!options.force) throw new TesseraError('TESSERA_INVALID_ARGUMENT', `${options.dataDir} is not empty (${entries.length} entries); stop the node and pass --force to replace its data`);
    await refuseIfInUse(storage, dataDir, entries);
  }
  return { storage, summary, dataDir };
}

/** Restores a prepared file into its data directory: first into a fresh directory inside it, then in place of the old contents. */
export async function writeRestore(prepared: PreparedRestore, options: RestoreOptions): Promise<RestoredSnapshot> {
  const { dataDir, storage, summary } = prepared;
  await mkdir(dataDir, { recursive: true });
  const staging = join(dataDir, `.tessctl-restore-${process.pid}`);
  try {
    await storage.NodeStorage.restore(options.file, staging);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  // A backup file kept inside the data directory survives the replacement.
  const file = resolve(options.file);
  const keep = new Set(dirname(file) === dataDir ? [basename(file)] : []);
  const replacedEntries = await moveIntoPlace(dataDir, staging, keep);
  const shards = summary.shards.map((shard) => ({ shard: shard.shardId, appliedIndex: shard.appliedIndex }));
  return { file: options.file, dataDir: options.dataDir, bytes: summary.bytes, records: summary.records, shards, replacedEntries };
}
