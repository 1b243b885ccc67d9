/** The per-link proxy forwards, resets or blackholes, and heals, on 127.0.0.1. */
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LinkProxy } from '../../jepsen-lite/runner/link-proxy.js';

let echo: Server | null = null;
let proxy: LinkProxy | null = null;

afterEach(async () => {
  await proxy?.stop();
  await new Promise<void>((resolve) => (echo === null ? resolve() : echo.close(() => resolve())));
  echo = null;
  proxy = null;
});

async function setUp(): Promise<LinkProxy> {
  const server = createServer((socket) => {
    socket.on('error', () => socket.destroy());
    socket.pipe(socket);
  });
  echo = server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  proxy = new LinkProxy(1, 2, typeof address === 'object' && address !== null ? address.port : 0);
  await proxy.start();
  return proxy;
}

/** Sends `text` through a fresh connection; resolves with what came back within `waitMs`, or the error. */
function roundTrip(port: number, text: string, waitMs = 300): Promise<string> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let received = '';
    const finish = (outcome: string): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish(`silence after "${received}"`), waitMs);
    socket.on('data', (chunk) => {
      received += chunk.toString();
      if (received === text) finish(`echo ${received}`);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => finish(`error ${error.code ?? error.message}`));
    socket.on('close', () => finish(`closed after "${received}"`));
    socket.write(text);
  });
}

describe('link proxy', () => {
  it('forwards while open and again after a reset cut heals', async () => {
    const link = await setUp();
    expect(await roundTrip(link.port, 'hello')).toBe('echo hello');
    link.cutOff('reset');
    expect(await roundTrip(link.port, 'lost')).toMatch(/^(error ECONNRESET|closed after "")$/);
    link.heal();
    expect(await roundTrip(link.port, 'again')).toBe('echo again');
  });

  it('drops bytes silently in a blackhole and resets the held connections at heal', async () => {
    const link = await setUp();
    link.cutOff('blackhole');
    expect(await roundTrip(link.port, 'void', 200)).toBe('silence after ""');
    const held = connect(link.port, '127.0.0.1');
    const closed = new Promise<void>((resolve) => held.once('close', () => resolve()));
    held.on('error', () => undefined);
    await new Promise<void>((resolve) => held.once('connect', () => resolve()));
    link.heal();
    await closed;
    expect(await roundTrip(link.port, 'back')).toBe('echo back');
  });
});
