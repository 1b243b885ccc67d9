/** The runner's pure parts: seeded randomness, partition shapes, option and failpoint parsing. */
import { describe, expect, it } from 'vitest';
import { parseNemesisList } from '../../jepsen-lite/nemesis/index.js';
import { drawPartition, partitionShapes, type DirectedLink } from '../../jepsen-lite/nemesis/partition-shapes.js';
import { parseRunOptions } from '../../jepsen-lite/runner/options.js';
import { SeededRandom } from '../../jepsen-lite/runner/random.js';
import { corruptionCheck } from '../../jepsen-lite/runner/report.js';
import { parseFailpoints } from '../../src/server/failpoints.js';

/** Which nodes can send to `target` directly. */
function heardBy(target: number, nodes: number[], cut: DirectedLink[]): number[] {
  return nodes.filter((source) => source === target || !cut.some(([from, to]) => from === source && to === target));
}

describe('seeded random', () => {
  it('repeats a seed and differs between seeds and forks', () => {
    const draw = (random: SeededRandom) => Array.from({ length: 5 }, () => random.int(1000));
    expect(draw(new SeededRandom(7))).toEqual(draw(new SeededRandom(7)));
    expect(draw(new SeededRandom(7))).not.toEqual(draw(new SeededRandom(8)));
    expect(draw(new SeededRandom(7).fork('a'))).not.toEqual(draw(new SeededRandom(7).fork('b')));
    expect(new SeededRandom(1).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('partition shapes', () => {
  const nodes = [1, 2, 3, 4, 5];

  it('halves cut a minority off in both directions', () => {
    const partition = drawPartition('halves', nodes, new SeededRandom(1));
    const minority = partition.layout.minority as number[];
    expect(minority).toHaveLength(2);
    for (const node of minority) expect(heardBy(node, nodes, partition.cut).sort()).toEqual([...minority].sort());
  });

  it('isolate-leader cuts the leader alone', () => {
    const partition = drawPartition('isolate-leader', nodes, new SeededRandom(1), 4);
    expect(heardBy(4, nodes, partition.cut)).toEqual([4]);
    expect(partition.cut).toHaveLength(8);
  });

  it('majorities-ring lets every node hear a majority, no two the same one', () => {
    for (const size of [3, 5]) {
      const members = nodes.slice(0, size);
      const partition = drawPartition('majorities-ring', members, new SeededRandom(3));
      const views = members.map((node) => heardBy(node, members, partition.cut).sort().join(','));
      for (const view of views) expect(view.split(',')).toHaveLength(Math.floor(size / 2) + 1);
      expect(new Set(views).size).toBe(size);
    }
  });

  it('bridge keeps one node talking to both sides', () => {
    const partition = drawPartition('bridge', nodes, new SeededRandom(5));
    const bridge = partition.layout.bridge as number;
    expect(heardBy(bridge, nodes, partition.cut).sort()).toEqual(nodes);
    expect(partition.cut.some(([from, to]) => from === bridge || to === bridge)).toBe(false);
  });

  it('one-way cuts one direction only', () => {
    const partition = drawPartition('one-way', nodes, new SeededRandom(2));
    const node = partition.layout.node as number;
    expect(partition.cut).toHaveLength(4);
    for (const [from, to] of partition.cut) expect(partition.cut.some(([back, forth]) => back === to && forth === from)).toBe(false);
    expect(partition.cut.every(([from, to]) => from === node || to === node)).toBe(true);
  });

  it('draws every shape for 3 nodes', () => {
    for (const shape of partitionShapes) expect(drawPartition(shape, [1, 2, 3], new SeededRandom(9), 1).cut.length).toBeGreaterThan(0);
  });
});

describe('options', () => {
  it('fills defaults and expands --nemesis all', () => {
    const options = parseRunOptions(['--seed', '3', '--nemesis', 'all']);
    expect(options).toMatchObject({ workloads: ['register'], timeSeconds: 120, nodes: 5, clients: 10, seed: 3 });
    expect(options.nemeses).toEqual(['partition', 'kill', 'pause', 'transfer', 'corrupt', 'lose-unsynced', 'membership']);
    expect(parseNemesisList('none')).toEqual([]);
  });

  it('names every problem, including unknown nemeses', () => {
    expect(() => parseRunOptions(['--workload', 'queue', '--nodes', '2', '--nemesis', 'membrane'])).toThrow(/--workload "queue".*unknown nemesis "membrane".*--nodes/s);
    expect(() => parseRunOptions(['--failpoints', 'drop-everything'])).toThrow(/--failpoints "drop-everything"/);
  });
});

describe('failpoints', () => {
  it('are off unless named, and refuse unknown names', () => {
    expect(parseFailpoints(undefined).size).toBe(0);
    expect([...parseFailpoints('ack-before-commit, local-linearizable-read')]).toEqual(['ack-before-commit', 'local-linearizable-read']);
    expect(() => parseFailpoints('ack-before-comit')).toThrow(expect.objectContaining({ code: 'TESSERA_INVALID_ARGUMENT' }));
  });
});

describe('corruption verdict', () => {
  const state = { lastIndex: 10, term: 2, vote: 1, commit: 9 };
  it('is invalid only when a node served after its synced state rolled back', () => {
    expect(corruptionCheck([])).toBeNull();
    expect(corruptionCheck([{ node: 1, file: 'x.log', offsets: [], reaction: 'refused', errorCode: 'TESSERA_STORAGE_CORRUPT', offlineOpen: { errorCode: 'TESSERA_STORAGE_CORRUPT', errorMessage: '' }, rollback: [] }])?.valid).toBe(true);
    expect(corruptionCheck([{ node: 1, file: 'x.log', offsets: [], reaction: 'running', offlineOpen: 'opened', rollback: [{ shard: 1, before: state, after: { ...state, lastIndex: 0 } }] }])?.valid).toBe(false);
  });
});
