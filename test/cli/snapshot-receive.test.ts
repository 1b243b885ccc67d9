/** tessctl snapshot save's receiving side: a stream is kept only when it is whole and matches its checksum. */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { receiveSnapshot } from '../../src/cli/snapshot-receive.js';
import type { tessera } from '../../src/wire/proto.js';
import { temporaryDirectory } from '../storage/helpers.js';

let directory: { path: string; remove: () => Promise<void> };
let file: string;

beforeEach(async () => {
  directory = await temporaryDirectory();
  file = join(directory.path, 'node.tsbk');
});

afterEach(async () => {
  await directory.remove();
});

const pieces = [Buffer.from('first piece '), Buffer.from('second piece')];
const whole = Buffer.concat(pieces);

/** A well-formed stream of `pieces`, with `end` overridable. */
function stream(end: Partial<tessera.kv.ISnapshotEnd> = {}): tessera.kv.ISnapshotChunk[] {
  let sent = 0;
  return [
    { begin: { nodeId: 2, estimatedBytes: 100 } },
    ...pieces.map((data) => ({ data, bytesSent: (sent += data.length) })),
    { end: { totalBytes: whole.length, sha256: createHash('sha256').update(whole).digest(), records: 3, shards: [{ shardId: 0, appliedIndex: 7 }], ...end } },
  ];
}

async function* deliver(messages: tessera.kv.ISnapshotChunk[], failAfter = Infinity): AsyncGenerator<tessera.kv.ISnapshotChunk> {
  for (const [position, message] of messages.entries()) {
    if (position >= failAfter) throw new Error('connection reset');
    yield message;
  }
}

describe('receiveSnapshot', () => {
  it('writes a whole stream to FILE and reports it', async () => {
    const seen: string[] = [];
    const saved = await receiveSnapshot(deliver(stream()), file, { begin: (node, estimate) => seen.push(`begin ${node} ${estimate}`), update: (bytes) => seen.push(`${bytes}`) });
    expect(readFileSync(file).equals(whole)).toBe(true);
    expect(existsSync(`${file}.partial`)).toBe(false);
    expect(saved).toEqual({ file, node: 2, bytes: whole.length, records: 3, sha256: createHash('sha256').update(whole).digest('hex'), shards: [{ shard: 0, appliedIndex: 7 }] });
    expect(seen).toEqual(['begin 2 100', '12', '24']);
  });

  it('keeps nothing, and an older FILE as it was, when the stream is damaged, cut short or fails', async () => {
    writeFileSync(file, 'older backup');
    const noop = { begin: () => {}, update: () => {} };
    const badHash = stream({ sha256: Buffer.alloc(32) });
    const cases: [string, AsyncIterable<tessera.kv.ISnapshotChunk>, RegExp][] = [
      ['checksum', deliver(badHash), /SHA-256 mismatch/],
      ['size', deliver(stream({ totalBytes: 99 })), /99 bytes/],
      ['truncated', deliver(stream().slice(0, -1)), /without its end message/],
      ['no begin', deliver(stream().slice(1)), /did not begin/],
      ['node error', deliver([stream()[0], { error: { code: 'TESSERA_UNAVAILABLE', message: 'the node is shutting down' } }]), /shutting down/],
      ['network', deliver(stream(), 2), /connection reset/],
    ];
    for (const [name, messages, reason] of cases) {
      await expect(receiveSnapshot(messages, file, noop), name).rejects.toThrow(reason);
      expect(readFileSync(file, 'utf8'), name).toBe('older backup');
      expect(existsSync(`${file}.partial`), name).toBe(false);
    }
    await expect(receiveSnapshot(deliver(badHash), file, noop)).rejects.toMatchObject({ code: 'TESSERA_BACKUP_INVALID' });
  });
});
