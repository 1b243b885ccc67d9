/** tessctl reads the newest shard map any endpoint holds, never just the first endpoint's. */
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshestShardMap } from '../../src/cli/admin-calls.js';
import { TesseraError } from '../../src/client/index.js';
import type { tessera } from '../../src/wire/proto.js';
import { adminServiceDefinition } from '../../src/wire/service-definitions.js';

/** An Admin server answering GetShardMap with `answer` (every other method unimplemented). */
async function fakeAdmin(answer: tessera.kv.IShardMapResponse): Promise<{ address: string; server: grpc.Server }> {
  const server = new grpc.Server();
  const unimplemented = Object.fromEntries(Object.keys(adminServiceDefinition).map((name) => [name, (_call: unknown, callback: grpc.sendUnaryData<unknown>) => callback({ code: grpc.status.UNIMPLEMENTED })]));
  server.addService(adminServiceDefinition, { ...unimplemented, getShardMap: (_call: unknown, callback: grpc.sendUnaryData<tessera.kv.IShardMapResponse>) => callback(null, answer) });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) => (error === null ? resolve(bound) : reject(error))));
  return { address: `127.0.0.1:${port}`, server };
}

const member = (id: number, state: string): tessera.kv.IMember => ({ id, clientAddress: `127.0.0.1:${id}`, peerAddress: `127.0.0.1:${id}`, state });

describe('freshestShardMap', () => {
  const servers: grpc.Server[] = [];
  let drained = '';
  let current = '';
  let refusing = '';
  // A port nothing listens on: the server bound to it is shut down before the test.
  let closed = '';

  beforeAll(async () => {
    // A drained member's own view: it never hears of the entry that removed it.
    const stale = await fakeAdmin({ shardMap: { epoch: 3, members: [member(1, 'draining'), member(2, 'active')] }, metaApplied: 24 });
    const fresh = await fakeAdmin({ shardMap: { epoch: 3, members: [member(2, 'active')] }, metaApplied: 27 });
    const failing = await fakeAdmin({ error: { code: 'TESSERA_INVALID_ARGUMENT', message: 'no such thing' } });
    const gone = await fakeAdmin({});
    await new Promise<void>((resolve) => gone.server.tryShutdown(() => resolve()));
    servers.push(stale.server, fresh.server, failing.server);
    [drained, current, refusing, closed] = [stale.address, fresh.address, failing.address, gone.address];
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.tryShutdown(() => resolve()))));
  });

  it('takes the answer with the highest meta applied index, whatever the order of the endpoints', async () => {
    for (const endpoints of [[drained, current], [current, drained], [closed, drained, current]]) {
      const answer = await freshestShardMap(endpoints, 2000);
      expect(Number(answer.metaApplied)).toBe(27);
      expect((answer.shardMap?.members ?? []).map((entry) => Number(entry.id))).toEqual([2]);
    }
  });

  it('answers from the one reachable endpoint, and fails with the most telling error when none answers', async () => {
    expect(Number((await freshestShardMap([closed, drained], 2000)).metaApplied)).toBe(24);
    await expect(freshestShardMap([closed], 2000)).rejects.toMatchObject({ code: 'TESSERA_UNAVAILABLE' });
    const error = await freshestShardMap([closed, refusing], 2000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TesseraError);
    expect(error).toMatchObject({ code: 'TESSERA_INVALID_ARGUMENT' });
  });
});
