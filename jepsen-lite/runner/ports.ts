import { createServer, type Server } from 'node:net';

/** Binds port 0 on 127.0.0.1 and keeps it bound, so no later reservation can return the same port. */
function bindEphemeral(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/**
 * `count` distinct free TCP ports on 127.0.0.1. All are held bound until every one is chosen, so
 * they differ from each other (and from listeners already bound, such as the link proxies).
 */
export async function freePorts(count: number): Promise<number[]> {
  const held: Server[] = [];
  try {
    for (let position = 0; position < count; position += 1) held.push(await bindEphemeral());
    return held.map((server) => {
      const address = server.address();
      if (typeof address !== 'object' || address === null) throw new Error('no port');
      return address.port;
    });
  } finally {
    await Promise.all(held.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }
}
