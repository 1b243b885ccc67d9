/**
 * The state machine against a plain in-memory model: random runs of put / delete / CAS / txn
 * commands from a few clients, with retries (same sequence) and stale sequences, applied in
 * random-sized runs; every result, every key and paginated scans must match the model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tessera } from '../../src/wire/proto.js';
import { commandEntry, hex, openMemoryStorage, shard1 } from './helpers.js';

type Stored = { value: Uint8Array; version: number };
const keys = ['a', 'b', 'c', 'd'].map((key) => new TextEncoder().encode(key));

const keyArbitrary = fc.constantFrom(...keys);
const valueArbitrary = fc.uint8Array({ maxLength: 3 });
const compareArbitrary = fc.record({
  key: keyArbitrary,
  target: fc.constantFrom(0, 1, 2),
  version: fc.integer({ min: 0, max: 6 }),
  value: valueArbitrary,
});
const txnOpArbitrary = fc.record({ type: fc.constantFrom(0, 1, 2), key: keyArbitrary, value: valueArbitrary });
const operationArbitrary = fc.oneof(
  fc.record({ put: fc.record({ key: keyArbitrary, value: valueArbitrary }) }),
  fc.record({ delete: fc.record({ key: keyArbitrary }) }),
  fc.record({ cas: fc.record({ compare: compareArbitrary, value: valueArbitrary, delete: fc.boolean() }) }),
  fc.record({ txn: fc.record({ compares: fc.array(compareArbitrary, { maxLength: 2 }), success: fc.array(txnOpArbitrary, { maxLength: 3 }), failure: fc.array(txnOpArbitrary, { maxLength: 3 }) }) }),
);
/** sequenceStep: 1 = next sequence, 0 = retry the last one, -1 = an older one. */
const commandArbitrary = fc.record({ clientId: fc.constantFrom(0, 1, 2), sequenceStep: fc.constantFrom(1, 1, 1, 0, -1), operation: operationArbitrary });
const runArbitrary = fc.array(fc.array(fc.array(commandArbitrary, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 });

/** The naive model: a map from key to value + version, and the last result per client. */
class Model {
  readonly data = new Map<string, Stored>();
  readonly sessions = new Map<number, { sequence: number; result: tessera.kv.CommandResult }>();

  apply(command: tessera.kv.Command.$Properties, index: number): tessera.kv.CommandResult {
    const clientId = command.clientId ?? 0;
    const sequence = command.sequence ?? 0;
    const session = this.sessions.get(clientId);
    if (clientId !== 0 && session !== undefined && sequence === session.sequence) return session.result;
    if (clientId !== 0 && session !== undefined && sequence < session.sequence) {
      const kind = Object.keys(command).find((name) => name !== 'clientId' && name !== 'sequence') as string;
      return tessera.kv.CommandResult.create({ [kind]: { error: { code: 'TESSERA_INVALID_ARGUMENT' } } });
    }
    const result = this.execute(command, index);
    if (clientId !== 0) this.sessions.set(clientId, { sequence, result });
    return result;
  }

  private holds(compare: tessera.kv.Compare.$Properties): boolean {
    const current = this.data.get(hex(compare.key as Uint8Array));
    if (compare.target === 0) return (current?.version ?? 0) === compare.version;
    if (compare.target === 1) return current !== undefined && hex(current.value) === hex(compare.value as Uint8Array);
    return current === undefined;
  }

  private execute(command: tessera.kv.Command.$Properties, index: number): tessera.kv.CommandResult {
    if (command.put) {
      this.data.set(hex(command.put.key as Uint8Array), { value: command.put.value as Uint8Array, version: index });
      return tessera.kv.CommandResult.create({ put: { version: index } });
    }
    if (command.delete) return tessera.kv.CommandResult.create({ delete: { deleted: this.data.delete(hex(command.delete.key as Uint8Array)) } });
    if (command.cas) {
      const key = hex(command.cas.compare?.key as Uint8Array);
      const current = this.data.get(key);
      if (!this.holds(command.cas.compare as tessera.kv.Compare.$Properties)) {
        return tessera.kv.CommandResult.create({ cas: { succeeded: false, found: current !== undefined, version: current?.version ?? 0, currentValue: current?.value ?? new Uint8Array(0) } });
      }
      if (command.cas.delete) {
        this.data.delete(key);
        return tessera.kv.CommandResult.create({ cas: { succeeded: true } });
      }
      this.data.set(key, { value: command.cas.value as Uint8Array, version: index });
      return tessera.kv.CommandResult.create({ cas: { succeeded: true, found: true, version: index } });
    }
    const txn = command.txn as tessera.kv.TxnRequest.$Properties;
    const succeeded = (txn.compares ?? []).every((compare) => this.holds(compare));
    const results = ((succeeded ? txn.success : txn.failure) ?? []).map((operation) => {
      const key = hex(operation.key as Uint8Array);
      if (operation.type === 0) {
        this.data.set(key, { value: operation.value as Uint8Array, version: index });
        return { found: true, version: index };
      }
      if (operation.type === 1) return { found: this.data.delete(key) };
      const current = this.data.get(key);
      return current === undefined ? { found: false } : { found: true, value: current.value, version: current.version };
    });
    return tessera.kv.CommandResult.create({ txn: { succeeded, results, version: index } });
  }
}

/** Comparable form of a result: numbers for uint64, hex for bytes, only the code of an error. */
function normalize(result: tessera.kv.CommandResult): unknown {
  return JSON.parse(
    JSON.stringify(tessera.kv.CommandResult.toObject(tessera.kv.CommandResult.decode(tessera.kv.CommandResult.encode(result).finish()), { longs: Number, bytes: String, defaults: true }), (name, value: unknown) =>
      name === 'message' ? undefined : value,
    ),
  );
}

describe('state machine vs model', () => {
  it('matches the model for random commands, retries and scans', async () => {
    await fc.assert(
      fc.asyncProperty(runArbitrary, fc.integer({ min: 1, max: 3 }), async (applyRuns, scanLimit) => {
        const { storage } = await openMemoryStorage();
        const model = new Model();
        const sequences = new Map<number, number>();
        let index = 0;
        try {
          for (const run of applyRuns) {
            const entries = run.map((generated) => {
              const commands = generated.map(({ clientId, sequenceStep, operation }) => {
                const current = sequences.get(clientId) ?? 0;
                const sequence = Math.max(0, current + sequenceStep);
                if (sequence > current) sequences.set(clientId, sequence);
                return { clientId, sequence, ...operation } as tessera.kv.Command.$Properties;
              });
              index += 1;
              return { entry: commandEntry(index, 1, commands), commands, index };
            });
            const applied = await storage.apply(shard1, entries.map(({ entry }) => entry));
            entries.forEach(({ commands, index: entryIndex }, i) => {
              const expected = commands.map((command) => normalize(model.apply(command, entryIndex)));
              expect(applied[i].results.map(normalize)).toEqual(expected);
            });
          }
          const expectedItems = [...model.data.entries()].sort(([left], [right]) => left.localeCompare(right)).map(([key, stored]) => `${key}=${hex(stored.value)}@${stored.version}`);
          const scanned: string[] = [];
          let start: Uint8Array = new Uint8Array(0);
          for (;;) {
            const page = await storage.scan(shard1, { start, end: new Uint8Array(0), limit: scanLimit });
            for (const item of page.items) scanned.push(`${hex(item.key as Uint8Array)}=${hex(item.value as Uint8Array)}@${Number(item.version)}`);
            if (!page.more) break;
            start = page.nextStart;
          }
          expect(scanned).toEqual(expectedItems);
          for (const key of keys) {
            const got = await storage.get(shard1, key);
            expect(got.found ? `${hex(got.value)}@${Number(got.version)}` : 'absent').toBe(model.data.has(hex(key)) ? `${hex(model.data.get(hex(key))?.value as Uint8Array)}@${model.data.get(hex(key))?.version}` : 'absent');
          }
        } finally {
          await storage.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});
