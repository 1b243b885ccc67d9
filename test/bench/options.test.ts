import { describe, expect, it } from 'vitest';
import { parseOptions, type BenchOptions } from '../../bench/lib/options.js';

function options(argv: string[]): BenchOptions {
  const parsed = parseOptions(argv);
  if (parsed.kind !== 'options') throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function errors(argv: string[]): string[] {
  const parsed = parseOptions(argv);
  if (parsed.kind !== 'errors') throw new Error(`expected errors, got ${JSON.stringify(parsed)}`);
  return parsed.errors;
}

describe('bench options', () => {
  it('fills the defaults of issue 7', () => {
    const parsed = options([]);
    expect(parsed).toMatchObject({ targets: ['tessera', 'etcd'], workload: 'write', concurrencies: [1, 16, 64, 256], durationSeconds: 10, keys: 100_000, valueBytes: 100, readMode: 'linearizable', shards: 16, replicas: 3, nodes: 3, preload: 0, profileDirectory: null, warmupSeconds: 2, primeSeconds: 5, rounds: 1 });
  });

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    const parsed = options(['--target', 'etcd', '--workload=scan', '--concurrency', '4,8', '--duration', '0.5', '--prime', '0', '--keys', '1000', '--value-size', '10240', '--read-mode', 'stale', '--shards=64', '--replicas', '5', '--preload', '10', '--profile-dir', '/tmp/p', '--tessera-node-flags', '--perf-basic-prof --max-old-space-size=512']);
    expect(parsed).toMatchObject({ targets: ['etcd'], workload: 'scan', concurrencies: [4, 8], durationSeconds: 0.5, primeSeconds: 0, keys: 1000, valueBytes: 10240, readMode: 'stale', shards: 64, replicas: 5, nodes: 5, preload: 10, profileDirectory: '/tmp/p', tesseraNodeFlags: ['--perf-basic-prof', '--max-old-space-size=512'] });
  });

  it('preloads every key for reads and none for writes unless told', () => {
    expect(options(['--workload', 'read', '--keys', '500']).preload).toBe(500);
    expect(options(['--workload', 'mixed']).preload).toBe(100_000);
    expect(options(['--workload', 'write', '--preload', '7']).preload).toBe(7);
  });

  it('reports every mistake at once', () => {
    const found = errors(['--target', 'redis', '--concurrency', '1,x', '--duration', '-1', '--bogus', '1', '--keys']);
    expect(found).toHaveLength(5);
    expect(found.join('\n')).toMatch(/--target must be one of tessera\|etcd\|both/);
    expect(found.join('\n')).toMatch(/--concurrency must be an integer/);
    expect(found.join('\n')).toMatch(/--duration must be a number of seconds/);
    expect(found.join('\n')).toMatch(/unknown option "--bogus"/);
    expect(found.join('\n')).toMatch(/--keys needs a value/);
  });

  it('refuses a preload above the key space and fewer nodes than replicas', () => {
    expect(errors(['--keys', '10', '--preload', '11'])).toEqual(['--preload (11) must not exceed --keys (10)']);
    expect(errors(['--replicas', '5', '--nodes', '3'])).toEqual(['--nodes (3) must be at least --replicas (5)']);
    expect(errors(['--rounds', '0'])).toEqual(['--rounds must be an integer from 1 to 100, got "0"']);
    expect(options(['--rounds', '3']).rounds).toBe(3);
  });

  it('answers --help with a help request', () => {
    expect(parseOptions(['--workload', 'read', '--help'])).toEqual({ kind: 'help' });
  });
});
