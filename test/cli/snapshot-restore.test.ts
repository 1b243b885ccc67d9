/** tessctl snapshot restore's offline half: a bad file or a wrong target is refused before anything is written. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareRestore, writeRestore } from '../../src/cli/snapshot-restore.js';
import { NodeStorage } from '../../src/storage/index.js';
import { asText, commandEntry, putCommand, shard1, temporaryDirectory, text } from '../storage/helpers.js';

let directory: { path: string; remove: () => Promise<void> };
let file: string;

beforeEach(async () => {
  directory = await temporaryDirectory();
  const storage = await NodeStorage.open({ location: join(directory.path, 'source') });
  await storage.apply(shard1, [commandEntry(1, 1, [putCommand('city', 'Lyon')])]);
  file = join(directory.path, 'node.tsbk');
  await storage.backup(file);
  await storage.close();
});

afterEach(async () => {
  await directory.remove();
});

async function restore(dataDir: string, force: boolean): Promise<number> {
  const options = { file, dataDir, force };
  return (await writeRestore(await prepareRestore(options), options)).replacedEntries;
}

describe('snapshot restore (offline part)', () => {
  it('restores into an absent directory, and with --force in place of old contents', async () => {
    const dataDir = join(directory.path, 'node-2');
    expect(await restore(dataDir, false)).toBe(0);
    mkdirSync(join(dataDir, 'stale-dir'));
    writeFileSync(join(dataDir, 'stale-file'), 'old');
    writeFileSync(join(dataDir, 'kept.tsbk'), readFileSync(file));
    file = join(dataDir, 'kept.tsbk');
    await expect(restore(dataDir, false)).rejects.toThrow(/is not empty .*--force/);
    expect(readdirSync(dataDir)).toContain('stale-file');
    expect(await restore(dataDir, true)).toBeGreaterThanOrEqual(3);
    const entries = readdirSync(dataDir);
    expect(entries).toContain('kept.tsbk');
    expect(entries.filter((entry) => entry.startsWith('stale') || entry.startsWith('.tessctl-restore'))).toEqual([]);
    const restored = await NodeStorage.open({ location: dataDir });
    expect(asText((await restored.get(shard1, text('city'))).value)).toBe('Lyon');
    await restored.close();
  });

  it('refuses a directory a running node holds, and a damaged file before looking at the directory', async () => {
    const dataDir = join(directory.path, 'node-2');
    await restore(dataDir, false);
    const running = await NodeStorage.open({ location: dataDir });
    await expect(restore(dataDir, true)).rejects.toThrow(/in use by a running node/);
    await running.close();
    const damaged = readFileSync(file);
    damaged[damaged.length - 20] ^= 0xff;
    file = join(directory.path, 'damaged.tsbk');
    writeFileSync(file, damaged);
    const before = readdirSync(dataDir).sort();
    await expect(restore(dataDir, false)).rejects.toMatchObject({ code: 'TESSERA_BACKUP_INVALID' });
    expect(readdirSync(dataDir).sort()).toEqual(before);
  });
});
