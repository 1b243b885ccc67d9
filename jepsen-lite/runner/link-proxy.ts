import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 for ONE directed peer link: node `source` dials node `target` through
 * it (via --peer-dial-overrides), and nothing else uses it. Tessera sends each node's Raft
 * messages on the stream it dialled itself, so cutting this proxy drops exactly the messages
 * source → target, while target → source (another proxy) keeps flowing: one-way faults are real.
 *
 * Cut: every connection is reset and new ones are refused until healed.
 */
export class LinkProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private cutValue = false;
  /** Connections accepted so far (for the results). */
  connectionsAccepted = 0;
  port = 0;

  constructor(
    readonly source: number,
    readonly target: number,
    private targetPort = 0,
  ) {}

  get cut(): boolean {
    return this.cutValue;
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
    if (this.cutValue) {
      client.resetAndDestroy();
      return;
    }
    this.connectionsAccepted += 1;
    const upstream = connect(this.targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  /** Resets every connection and refuses new ones until heal(). */
  cutOff(): void {
    this.cutValue = true;
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
  }

  heal(): void {
    this.cutValue = false;
  }

  async stop(): Promise<void> {
    this.cutOff();
    const server = this.server;
    this.server = null;
    if (server !== null) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
