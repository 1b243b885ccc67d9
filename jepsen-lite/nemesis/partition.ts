import type { CutMode } from '../runner/link-proxy.js';
import { drawPartition, partitionShapes } from './partition-shapes.js';
import type { ActiveFault, Nemesis, NemesisContext } from './nemesis.js';

/**
 * Cuts the directed links of a random partition shape (see drawPartition), half the time by
 * resetting connections and half the time by silently dropping bytes; heal reopens every link.
 */
export const partitionNemesis: Nemesis = {
  name: 'partition',
  async start(context: NemesisContext): Promise<ActiveFault> {
    const { cluster, random } = context;
    const shape = random.pick(partitionShapes);
    let leader: number | undefined;
    let shard: number | undefined;
    if (shape === 'isolate-leader') {
      shard = context.targetShard();
      leader = (await cluster.leaderOf(shard))?.leader;
    }
    const partition = drawPartition(shape, cluster.ids, random, leader);
    const mode: CutMode = random.chance(0.5) ? 'blackhole' : 'reset';
    for (const [source, target] of partition.cut) cluster.link(source, target).cutOff(mode);
    return {
      description: { shape, mode, ...(shard === undefined ? {} : { shard }), ...partition.layout, cutLinks: partition.cut.map(([source, target]) => `${source}->${target}`) },
      heal: async () => {
        cluster.healNetwork();
        return { healed: partition.cut.length };
      },
    };
  },
};
