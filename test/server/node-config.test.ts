import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError, loadNodeConfig, parseInitialCluster, parsePeerDialOverrides } from '../../src/server/node-config.js';

describe('node configuration', () => {
  const directory = mkdtempSync(join(tmpdir(), 'tessera-config-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('fills defaults around the required id', () => {
    const config = loadNodeConfig(['--id', '3'], {});
    expect(config).toMatchObject({ id: 3, dataDir: './tessera-data-3', shards: 16, replicas: 1, tickMs: 100, electionTicks: 10, heartbeatTicks: 2, snapshotEntries: 10_000, snapshotBytes: 4 * 1024 * 1024 });
    expect(config.initialCluster).toEqual([{ id: 3, peerAddress: '127.0.0.1:7101', clientAddress: '127.0.0.1:7001' }]);
  });

  it('takes flags over TESSERA_* variables over the config file', () => {
    const file = join(directory, 'node.yaml');
    writeFileSync(file, 'id: 1\ntick-ms: 20\nelectionTicks: 30\nshards: 8\n');
    const config = loadNodeConfig(['--config', file, '--shards', '4'], { TESSERA_TICK_MS: '40' });
    expect(config).toMatchObject({ id: 1, tickMs: 40, electionTicks: 30, shards: 4 });
  });

  it('reads JSON files too', () => {
    const file = join(directory, 'node.json');
    writeFileSync(file, JSON.stringify({ id: 2, 'initial-cluster': '1=127.0.0.1:1/127.0.0.1:2,2=127.0.0.1:3' }));
    const config = loadNodeConfig(['--config', file], {});
    expect(config.initialCluster.map((member) => member.id)).toEqual([1, 2]);
    expect(config.replicas).toBe(2);
  });

  it('reports every problem at once with the flag names', () => {
    let error: unknown;
    try {
      loadNodeConfig(['--id', '0', '--tick-ms', 'fast', '--client-addr', 'nowhere', '--heartbeat-ticks', '20'], {});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    const message = (error as Error).message;
    for (const flag of ['--id', '--tick-ms', '--client-addr', '--heartbeat-ticks']) expect(message).toContain(flag);
  });

  it('refuses unknown flags, unknown file keys and a cluster without this node', () => {
    expect(() => loadNodeConfig(['--id', '1', '--colour', 'red'], {})).toThrow(/unknown flag --colour/);
    const file = join(directory, 'bad.yaml');
    writeFileSync(file, 'id: 1\ncolour: red\n');
    expect(() => loadNodeConfig(['--config', file], {})).toThrow(/unknown setting "colour"/);
    expect(() => loadNodeConfig(['--id', '9', '--initial-cluster', '1=127.0.0.1:1'], {})).toThrow(/must include this node/);
    expect(() => loadNodeConfig(['--id', '1', '--initial-cluster', '1=127.0.0.1:1', '--replicas', '3'], {})).toThrow(/exceeds/);
  });

  it('parses the initial cluster and rejects duplicates and bad addresses', () => {
    expect(parseInitialCluster('2=h:2/c:2,1=[::1]:1')).toEqual([
      { id: 1, peerAddress: '[::1]:1', clientAddress: '' },
      { id: 2, peerAddress: 'h:2', clientAddress: 'c:2' },
    ]);
    expect(() => parseInitialCluster('1=a:1,1=b:2')).toThrow(/twice/);
    expect(() => parseInitialCluster('1=no-port')).toThrow(/host:port/);
  });
});

describe('peer dial overrides', () => {
  it('dials a peer at the override address, from the flag or TESSERA_PEER_DIAL_OVERRIDES', () => {
    expect(loadNodeConfig(['--id', '1'], {}).peerDialOverrides.size).toBe(0);
    const fromFlag = loadNodeConfig(['--id', '1', '--peer-dial-overrides', '2=127.0.0.1:9102,3=127.0.0.1:9103'], {});
    expect([...fromFlag.peerDialOverrides]).toEqual([[2, '127.0.0.1:9102'], [3, '127.0.0.1:9103']]);
    const fromEnv = loadNodeConfig(['--id', '1'], { TESSERA_PEER_DIAL_OVERRIDES: '2=10.0.0.2:7102' });
    expect(fromEnv.peerDialOverrides.get(2)).toBe('10.0.0.2:7102');
  });

  it('refuses malformed entries', () => {
    expect(() => loadNodeConfig(['--id', '1', '--peer-dial-overrides', '2=nowhere'], {})).toThrow(/--peer-dial-overrides entry "2=nowhere"/);
    expect(() => parsePeerDialOverrides('x=127.0.0.1:1')).toThrow(/must be id=host:port/);
  });
});
