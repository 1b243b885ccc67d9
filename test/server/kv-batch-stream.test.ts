import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { KvService, type KvServiceHost } from '../../src/server/kv-service.js';
import type { tessera } from '../../src/wire/proto.js';

/** A KvService whose answers the test releases by hand, keyed by the request's key byte. */
class HeldKv extends KvService {
  readonly held = new Map<number, (response: object) => void>();

  override handle(_operation: string, request: object): Promise<object> {
    const key = (request as { key: Uint8Array }).key[0];
    return new Promise((resolve) => this.held.set(key, resolve));
  }
}

/** The server side of one Batch stream, recording what it writes. */
class FakeCall extends EventEmitter {
  readonly written: tessera.kv.IBatchResponse[] = [];
  write(message: tessera.kv.IBatchResponse): boolean {
    this.written.push(message);
    return true;
  }
  end(): void {}
}

function open(): { service: HeldKv; call: FakeCall } {
  const service = new HeldKv({ observe: () => undefined } as unknown as KvServiceHost);
  const call = new FakeCall();
  (service.implementation() as unknown as { batch(call: FakeCall): void }).batch(call);
  return { service, call };
}

const puts = (...keys: number[]): { items: tessera.kv.IBatchItem[] } => ({ items: keys.map((key) => ({ id: key, put: { key: Uint8Array.of(key), value: Uint8Array.of(0) } })) });
const drainMicrotasks = async (): Promise<void> => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve();
};
const nextCheckPhase = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const ids = (message: tessera.kv.IBatchResponse): number[] => (message.results ?? []).map((result) => Number(result.id));

describe('KvService Batch stream', () => {
  it('answers a lone request at once, without waiting for the check phase', async () => {
    const { service, call } = open();
    call.emit('data', puts(1));
    service.held.get(1)?.({ version: 7 });
    await drainMicrotasks();
    expect(call.written.map(ids)).toEqual([[1]]);
  });

  it('gathers answers while others are in flight, and sends the last one with whatever waits', async () => {
    const { service, call } = open();
    call.emit('data', puts(1, 2, 3, 4));
    service.held.get(1)?.({ version: 1 });
    service.held.get(2)?.({ version: 2 });
    await drainMicrotasks();
    expect(call.written).toEqual([]); // 3 and 4 are still in flight: 1 and 2 wait for the check phase
    await nextCheckPhase();
    expect(call.written.map(ids)).toEqual([[1, 2]]);
    service.held.get(3)?.({ version: 3 });
    await drainMicrotasks();
    expect(call.written.map(ids)).toEqual([[1, 2]]);
    service.held.get(4)?.({ version: 4 });
    await drainMicrotasks();
    expect(call.written.map(ids)).toEqual([[1, 2], [3, 4]]);
    await nextCheckPhase();
    expect(call.written).toHaveLength(2); // the flush scheduled for 3 found nothing left to send
  });
});
