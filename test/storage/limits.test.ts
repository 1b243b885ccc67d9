/** validateCommand: keys 1 B–4 KiB, values ≤ 1 MiB by default, configurable, with the limit named. */
import { describe, expect, it } from 'vitest';
import { defaultStorageLimits, resolveStorageLimits, validateCommand } from '../../src/storage/index.js';

const bytes = (length: number): Uint8Array => new Uint8Array(length);

describe('validateCommand', () => {
  it('accepts commands within the limits', () => {
    expect(() => validateCommand({ put: { key: bytes(4096), value: bytes(1024 * 1024) } })).not.toThrow();
    expect(() => validateCommand({ txn: { compares: [{ key: bytes(1) }], success: [{ key: bytes(1), value: bytes(10) }] } })).not.toThrow();
  });

  it.each([
    [{ put: { key: bytes(0), value: bytes(1) } }, 'keyBytesMin'],
    [{ put: { key: bytes(4097), value: bytes(1) } }, 'keyBytesMax'],
    [{ put: { key: bytes(1), value: bytes(1024 * 1024 + 1) } }, 'valueBytesMax'],
    [{ delete: { key: bytes(5000) } }, 'keyBytesMax'],
    [{ cas: { value: bytes(1) } }, 'compare'],
    [{ cas: { compare: { key: bytes(1), value: bytes(2 * 1024 * 1024) }, value: bytes(1) } }, 'valueBytesMax'],
    [{ txn: { success: Array.from({ length: 129 }, () => ({ key: bytes(1) })) } }, 'txnOperationsMax'],
    [{ txn: { failure: [{ key: bytes(1), value: bytes(1024 * 1024 + 1) }] } }, 'valueBytesMax'],
    [{}, 'operation'],
  ])('rejects %# with TESSERA_INVALID_ARGUMENT naming %s', (command, limit) => {
    expect(() => validateCommand(command, defaultStorageLimits)).toThrow(expect.objectContaining({ code: 'TESSERA_INVALID_ARGUMENT', limit }));
  });

  it('uses configured limits', () => {
    const limits = resolveStorageLimits({ valueBytesMax: 10 });
    expect(() => validateCommand({ put: { key: bytes(1), value: bytes(11) } }, limits)).toThrow(expect.objectContaining({ limit: 'valueBytesMax' }));
    expect(() => resolveStorageLimits({ keyBytesMax: 0 })).toThrow(TypeError);
  });
});
