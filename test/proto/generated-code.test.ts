import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tessera } from '../../src/wire/proto.js';

describe('generated protobuf code', () => {
  it('round-trips a Raft message with 64-bit fields as plain numbers', () => {
    const message = {
      type: tessera.raft.MessageType.APPEND,
      to: 2,
      from: 1,
      term: 7,
      logTerm: 6,
      index: 2 ** 40,
      entries: [{ term: 7, index: 2 ** 40 + 1, type: tessera.raft.EntryType.ENTRY_NORMAL, data: new Uint8Array([1, 2, 3]) }],
      commit: 2 ** 40,
      reject: false,
      rejectHint: 0,
      context: new Uint8Array(),
    };
    const bytes = tessera.raft.Message.encode(message).finish();
    const decoded = tessera.raft.Message.decode(bytes);
    expect(decoded.index).toBe(2 ** 40);
    expect(decoded.entries[0].index).toBe(2 ** 40 + 1);
    expect(Array.from(decoded.entries[0].data ?? [])).toEqual([1, 2, 3]);
  });

  it('decodes unset 64-bit fields as the number 0, never a Long', () => {
    const decoded = tessera.raft.Message.decode(new Uint8Array(0));
    expect(typeof decoded.term).toBe('number');
    expect(typeof tessera.kv.GetResponse.decode(new Uint8Array(0)).version).toBe('number');
  });

  it('is current with proto/*.proto', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'tessera-proto-'));
    try {
      execFileSync('bash', ['scripts/generate-proto.sh', scratch], { stdio: 'ignore' });
      for (const file of ['tessera.js', 'tessera.d.ts']) {
        const fresh = readFileSync(join(scratch, file), 'utf8');
        expect(fresh, `src/generated/${file} is stale: run npm run proto`).toBe(readFileSync(join('src/generated', file), 'utf8'));
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});
