import type { SeededRandom } from '../runner/random.js';

/** A directed peer link: messages from `source` to `target`. */
export type DirectedLink = readonly [source: number, target: number];

/** The partition shapes the partition nemesis picks from. */
export const partitionShapes = ['halves', 'isolate-leader', 'majorities-ring', 'bridge', 'one-way'] as const;

/** One partition shape. */
export type PartitionShape = (typeof partitionShapes)[number];

/** A partition: the links it cuts and how it was drawn. */
export interface Partition {
  shape: PartitionShape;
  /** The directed links to cut. */
  cut: DirectedLink[];
  /** The groups or roles drawn, for the log. */
  layout: Record<string, unknown>;
}

/**
 * Draws a partition of `nodes` (at least 3). `leader` is the node `isolate-leader` cuts off (a
 * random node when undefined).
 * - halves: a random minority and the majority cannot talk, in either direction;
 * - isolate-leader: the leader alone against everyone;
 * - majorities-ring: nodes on a random ring each hear only the majority around them, so every node
 *   sees a majority but no two see the same one (links are cut on the receiving side, so with an
 *   even window some cuts are one-way);
 * - bridge: two halves that cannot talk, and one node in the middle that talks to both;
 * - one-way: one node cannot send to anyone (mute) or cannot hear anyone (deaf); the reverse
 *   direction still flows.
 */
export function drawPartition(shape: PartitionShape, nodes: readonly number[], random: SeededRandom, leader?: number): Partition {
  if (nodes.length < 3) throw new RangeError(`partitions need at least 3 nodes, got ${nodes.length}`);
  const shuffled = random.shuffle(nodes);
  switch (shape) {
    case 'halves': {
      const minority = shuffled.slice(0, Math.floor(nodes.length / 2));
      const majority = shuffled.slice(minority.length);
      return { shape, cut: between(minority, majority), layout: { minority, majority } };
    }
    case 'isolate-leader': {
      const isolated = leader !== undefined && nodes.includes(leader) ? leader : shuffled[0];
      const rest = nodes.filter((node) => node !== isolated);
      return { shape, cut: between([isolated], rest), layout: { isolated, rest, leaderKnown: leader !== undefined } };
    }
    case 'majorities-ring':
      return majoritiesRing(shuffled);
    case 'bridge': {
      const sideSize = Math.floor((nodes.length - 1) / 2);
      const left = shuffled.slice(0, sideSize);
      const bridge = shuffled[sideSize];
      const right = shuffled.slice(sideSize + 1);
      return { shape, cut: between(left, right), layout: { left, bridge, right } };
    }
    case 'one-way': {
      const node = shuffled[0];
      const others = shuffled.slice(1);
      const mute = random.chance(0.5);
      const cut: DirectedLink[] = others.map((other) => (mute ? [node, other] : [other, node]) as DirectedLink);
      return { shape, cut, layout: { node, direction: mute ? 'cannot-send' : 'cannot-receive' } };
    }
  }
}

/** Every link from a node of `left` to one of `right`, and back. */
function between(left: readonly number[], right: readonly number[]): DirectedLink[] {
  const cut: DirectedLink[] = [];
  for (const a of left) {
    for (const b of right) {
      cut.push([a, b]);
      cut.push([b, a]);
    }
  }
  return cut;
}

/** Each node hears the majority-sized window of the ring centred on itself; every other sender is cut. */
function majoritiesRing(ring: readonly number[]): Partition {
  const size = ring.length;
  const window = Math.floor(size / 2) + 1;
  const before = Math.floor((window - 1) / 2);
  const cut: DirectedLink[] = [];
  const hears: Record<string, number[]> = {};
  ring.forEach((target, position) => {
    const heard = Array.from({ length: window }, (_, offset) => ring[(position - before + offset + size) % size]);
    hears[String(target)] = heard;
    for (const source of ring) if (!heard.includes(source)) cut.push([source, target]);
  });
  return { shape: 'majorities-ring', cut, layout: { ring, hears } };
}
