import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * How a cut link behaves. `reset`: connections are reset and new ones refused, so the sender sees
 * the failure at once. `blackhole`: bytes vanish and connections hang, like a dropped cable or an
 * iptables DROP rule, so the sender only notices through its own timeouts.
 */
export type CutMode = 'reset' | 'blackhole';

/** One forwarded connection: the dialling side and the upstream side. */
interface Pair {
  client: Socket;
  upstream: Socket | null;
}

/**
 * A TCP proxy on 127.0.0.1 for ONE directed peer link: node `source` dials node `target` through
 * it (via --peer-dial-overrides), and nothing else uses it. Tessera sends each node's Raft
 * messages on the stream it dialled itself, so cutting this proxy drops exactly the messages
 * source → target, while target → source (another proxy) keeps flowing: one-way faults are real.
 */
export class LinkProxy {
  private server: Server | null = null;
  private readonly pairs = new Set<Pair>();
  private state: 'open' | CutMode = 'open';
  port = 0;

  constructor(
    readonly source: number,
    readonly target: number,
    private targetPort = 0,
  ) {}

  get cut(): boolean {
    return this.state !== 'open';
  }

  /** The peer port on 127.0.0.1 that connections are forwarded to. */
  setTargetPort(port: number): void {
    this.targetPort = port;
  }

  /** Listens on an ephemeral port; resolves with it. */
  async start(): Promise<number> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    this.port = typeof address === 'object' && address !== null ? address.port : 0;
    return this.port;
  }

  private accept(client: Socket): void {
    if (this.state === 'reset') {
      client.resetAndDestroy();
      return;
    }
    const pair: Pair = { client, upstream: null };
    this.pairs.add(pair);
    client.on('error', () => client.destroy());
    client.on('close', () => {
      this.pairs.delete(pair);
      pair.upstream?.destroy();
    });
    if (this.state === 'blackhole') {
      // Held open, never connected upstream: what arrives is dropped until heal() resets it.
      client.on('data', () => undefined);
      return;
    }
    const upstream = connect(this.targetPort, '127.0.0.1');
    pair.upstream = upstream;
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    upstream.on('error', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    // Forwarded by hand rather than piped, so a blackhole can drop bytes on a live connection.
    client.on('data', (chunk) => {
      if (this.state === 'open') upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (this.state === 'open') client.write(chunk);
    });
  }

  /** Cuts the link (see CutMode) until heal(). */
  cutOff(mode: CutMode = 'reset'): void {
    this.state = mode;
    if (mode === 'reset') this.resetAll();
  }

  /**
   * Reopens the link. Connections that lived through a blackhole lost bytes mid-stream, so they
   * are reset and the sender reconnects.
   */
  heal(): void {
    if (this.state === 'blackhole') this.resetAll();
    this.state = 'open';
  }

  async stop(): Promise<void> {
    this.cutOff('reset');
    const server = this.server;
    this.server = null;
    if (server !== null) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private resetAll(): void {
    for (const pair of this.pairs) {
      pair.client.resetAndDestroy();
      pair.upstream?.resetAndDestroy();
    }
    this.pairs.clear();
  }
}
