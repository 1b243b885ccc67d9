/**
 * Minimal reproduction of what the corrupt nemesis found: one flipped byte in LevelDB's
 * write-ahead log makes NodeStorage.open succeed with OLDER durable Raft state (entries, term and
 * vote that were synced are gone), instead of refusing with TESSERA_STORAGE_CORRUPT.
 *
 * LevelDB, with paranoid_checks off (classic-level exposes no way to turn them on), drops a log
 * block whose checksum fails while recovering and only notes it in its own LOG file. Every
 * record of the dropped block disappears together, so what remains is self-consistent and
 * Tessera's per-entry CRCs and bounds checks see nothing wrong.
 *
 *   npx tsx jepsen-lite/repro/wal-block-rollback.ts
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConfState, Entry, NodeId } from '../../src/raft/types.js';
import { shardId } from '../../src/raft/types.js';
import { NodeStorage } from '../../src/storage/index.js';

const shard = shardId(1);
const confState: ConfState = { voters: [1 as NodeId, 2 as NodeId, 3 as NodeId], learners: [], votersOutgoing: [], learnersNext: [], autoLeave: false };

function entry(index: number): Entry {
  return { index, term: 3, type: 'normal', data: new TextEncoder().encode(`command ${index}`.padEnd(200, '.')) };
}

async function describe(location: string): Promise<string> {
  const storage = await NodeStorage.open({ location });
  try {
    const log = storage.logStorage(shard);
    const { hardState } = log.initialState();
    return `shards ${JSON.stringify(storage.shardIds())}, shard 1: lastIndex ${log.lastIndex()}, term ${hardState.term}, vote ${hardState.vote}, commit ${hardState.commit}`;
  } finally {
    await storage.close();
  }
}

const directory = await mkdtemp(join(tmpdir(), 'wal-rollback-'));
try {
  const storage = await NodeStorage.open({ location: directory });
  await storage.createShard(shard, confState);
  for (let index = 1; index <= 40; index += 1) {
    await storage.persist([{ shardId: shard, hardState: { term: 3, vote: 2 as NodeId, commit: index - 1 }, entries: [entry(index)] }]);
  }
  await storage.close();
  // Not reopened before the flip: opening would fold the write-ahead log into a table file.
  process.stdout.write('synced and closed:        shard 1: lastIndex 40, term 3, vote 2, commit 39\n');
  const wal = (await readdir(directory)).filter((name) => name.endsWith('.log')).sort().at(-1) as string;
  const bytes = await readFile(join(directory, wal));
  bytes[100] ^= 0x01; // one bit, inside the first 32 KiB block of the write-ahead log
  await writeFile(join(directory, wal), bytes);
  process.stdout.write(`one bit flipped in ${wal} (${bytes.length} bytes) at offset 100\n`);
  try {
    const reopened = await describe(directory);
    process.stdout.write(`reopened:                 ${reopened}\n`);
    const intact = reopened.endsWith('lastIndex 40, term 3, vote 2, commit 39');
    process.stdout.write(intact ? '=> opened intact (the flipped bit was not in a record)\n' : '=> opened WITHOUT an error: synced state silently rolled back\n');
  } catch (error) {
    process.stdout.write(`=> refused: ${(error as { code?: string }).code} ${(error as Error).message}\n`);
  }
  const levelLog = await readFile(join(directory, 'LOG'), 'utf8').catch(() => '');
  process.stdout.write(`LevelDB's own LOG says: ${levelLog.split('\n').filter((line) => /corrupt|dropping/i.test(line)).join(' | ') || '(nothing)'}\n`);
} finally {
  await rm(directory, { recursive: true, force: true });
}
