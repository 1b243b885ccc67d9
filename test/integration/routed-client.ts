import { tessera } from '../../src/wire/proto.js';
import { waitFor, type TestCluster } from './cluster-harness.js';

const retryable = new Set(['TESSERA_NOT_LEADER', 'TESSERA_UNAVAILABLE', 'TESSERA_PROPOSAL_DROPPED']);

/** Follows NOT_LEADER hints across a TestCluster's live nodes until a request succeeds or the deadline passes. */
export class RoutedClient {
  /** The leader last seen per key, so bulk loads do not rediscover it on every request. */
  private readonly leaderOfKey = new Map<string, number>();

  constructor(
    private readonly cluster: TestCluster,
    private readonly timeoutMs = 30_000,
  ) {}

  private live(preferred: number | undefined): number {
    if (preferred !== undefined && this.cluster.node(preferred).process !== null) return preferred;
    return this.cluster.nodes.find((node) => node.process !== null)?.id ?? 1;
  }

  private async routed<T extends { error?: tessera.kv.IError | null }>(key: string, what: string, send: (nodeId: number) => Promise<T>): Promise<T> {
    let target = this.live(this.leaderOfKey.get(key));
    return waitFor(what, async () => {
      target = this.live(target);
      const response = await send(target).catch(() => undefined);
      if (response === undefined) {
        target = (target % this.cluster.nodes.length) + 1;
        return undefined;
      }
      const code = response.error?.code;
      if (code === undefined || code === null || code === '') {
        this.leaderOfKey.set(key, target);
        return response;
      }
      if (!retryable.has(code)) throw new Error(`${what}: ${code} ${response.error?.message ?? ''}`);
      const hint = Number(response.error?.leaderHint ?? 0);
      target = hint !== 0 ? hint : (target % this.cluster.nodes.length) + 1;
      return undefined;
    }, this.timeoutMs);
  }

  put(key: string, value: string, session = { clientId: 0, sequence: 0 }): Promise<tessera.kv.PutResponse> {
    return this.routed(key, `put ${key}`, (nodeId) => this.cluster.node(nodeId).client.put(key, value, session, 2000));
  }

  get(key: string): Promise<tessera.kv.GetResponse> {
    return this.routed(key, `get ${key}`, (nodeId) => this.cluster.node(nodeId).client.get(key, tessera.kv.ReadMode.LINEARIZABLE, 2000));
  }
}

/** Runs `work` over `items` with at most `concurrency` in flight. */
export async function forEachConcurrently<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await work(item);
    }
  });
  await Promise.all(workers);
}

export const valueText = (value: Uint8Array | null | undefined): string => Buffer.from(value ?? []).toString();
