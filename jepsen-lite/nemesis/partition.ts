import { drawPartition, partitionShapes } from './partition-shapes.js';
import type { ActiveFault, Nemesis, NemesisContext } from './nemesis.js';

/** Cuts the directed links of a random partition shape (see drawPartition); heal reopens every link. */
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
    for (const [source, target] of partition.cut) cluster.link(source, target).cutOff();
    return {
      description: { shape, ...(shard === undefined ? {} : { shard }), ...partition.layout, cutLinks: partition.cut.map(([source, target]) => `${source}->${target}`) },
      heal: async () => {
        cluster.healNetwork();
        return { healed: partition.cut.length };
      },
    };
  },
};
