import { instantaneous, leaderOrRandomNode, type ActiveFault, type Nemesis, type NemesisContext } from './nemesis.js';

/**
 * kill -9 and restart: a random node (half the time), the leader of a shard in use (four in ten),
 * or every node at once (one in ten). The killed nodes stay down until healed, then restart.
 */
export const killNemesis: Nemesis = {
  name: 'kill',
  async start(context: NemesisContext): Promise<ActiveFault> {
    const { cluster, random } = context;
    const roll = random.next();
    let targets: number[];
    let description: Record<string, unknown>;
    if (roll < 0.1) {
      targets = cluster.ids.filter((id) => cluster.isRunning(id));
      description = { target: 'all-nodes', nodes: targets };
    } else if (roll < 0.5) {
      const chosen = await leaderOrRandomNode(context);
      if (chosen === undefined) return instantaneous({ target: 'shard-leader', skipped: 'no node responds' });
      targets = [chosen.node];
      description = { target: 'shard-leader', shard: chosen.shard, node: chosen.node, found: chosen.why };
    } else {
      const running = cluster.ids.filter((id) => cluster.isRunning(id));
      if (running.length === 0) return instantaneous({ target: 'random-node', skipped: 'no node runs' });
      targets = [random.pick(running)];
      description = { target: 'random-node', node: targets[0] };
    }
    await Promise.all(targets.map((id) => cluster.kill(id)));
    return {
      description,
      heal: async () => {
        for (const id of targets) if (!cluster.isRunning(id)) cluster.launch(id);
        return { restarted: targets };
      },
    };
  },
};

/** SIGSTOP, later SIGCONT: a random node or the leader of a shard in use, half the time each. */
export const pauseNemesis: Nemesis = {
  name: 'pause',
  async start(context: NemesisContext): Promise<ActiveFault> {
    const { cluster, random } = context;
    let node: number;
    let description: Record<string, unknown>;
    if (random.chance(0.5)) {
      const chosen = await leaderOrRandomNode(context);
      if (chosen === undefined) return instantaneous({ target: 'shard-leader', skipped: 'no node responds' });
      node = chosen.node;
      description = { target: 'shard-leader', shard: chosen.shard, node, found: chosen.why };
    } else {
      const responsive = cluster.responsiveIds();
      if (responsive.length === 0) return instantaneous({ target: 'random-node', skipped: 'no node responds' });
      node = random.pick(responsive);
      description = { target: 'random-node', node };
    }
    cluster.pause(node);
    return {
      description,
      heal: async () => {
        cluster.resume(node);
        return { resumed: node };
      },
    };
  },
};

/** Admin TransferLeader of a shard in use to another of its voters; nothing to heal. */
export const transferNemesis: Nemesis = {
  name: 'transfer',
  async start(context: NemesisContext): Promise<ActiveFault> {
    const shard = context.targetShard();
    const found = await context.cluster.leaderOf(shard);
    if (found === undefined) return instantaneous({ shard, skipped: 'no leader known' });
    const others = found.voters.filter((voter) => voter !== found.leader);
    if (others.length === 0) return instantaneous({ shard, skipped: 'no other voter' });
    const to = context.random.pick(others);
    const answer = await context.cluster.transferLeader(found.leader, shard, to).then(
      () => 'accepted',
      (error: unknown) => `refused: ${error instanceof Error ? error.message : String(error)}`,
    );
    return instantaneous({ shard, from: found.leader, to, answer });
  },
};
