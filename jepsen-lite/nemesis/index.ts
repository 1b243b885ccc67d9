import { corruptNemesis, type CorruptionReaction } from './corrupt.js';
import type { Nemesis } from './nemesis.js';
import { loseUnsyncedNemesis, type PowerCutReaction } from './lose-unsynced.js';
import { membershipNemesis, type LostMemberChange } from './membership.js';
import { partitionNemesis } from './partition.js';
import { killNemesis, pauseNemesis, transferNemesis } from './process-faults.js';

export type { ActiveFault, Nemesis, NemesisContext } from './nemesis.js';
export type { CorruptionReaction } from './corrupt.js';
export type { PowerCutReaction } from './lose-unsynced.js';
export type { LostMemberChange } from './membership.js';

/** Names `--nemesis` accepts; `all` is every one of them, `none` no faults. */
export const nemesisNames = ['partition', 'kill', 'pause', 'transfer', 'corrupt', 'lose-unsynced', 'membership'] as const;

/** One nemesis name. */
export type NemesisName = (typeof nemesisNames)[number];

/** Faults not available yet, and why; `--nemesis` names them in its error instead of ignoring them (none now). */
export const unavailableNemeses: Readonly<Record<string, string>> = {};

/** Where the nemeses put what they observed, for the run's checks. */
export interface NemesisCollectors {
  corruption: CorruptionReaction[];
  powerCuts: PowerCutReaction[];
  lostMemberChanges: LostMemberChange[];
}

/** Parses `--nemesis a,b,...` (or all, none) into nemesis names; throws a RangeError naming a bad one. */
export function parseNemesisList(text: string): NemesisName[] {
  const items = text.split(',').map((item) => item.trim()).filter((item) => item !== '');
  if (items.length === 1 && items[0] === 'none') return [];
  if (items.length === 1 && items[0] === 'all') return [...nemesisNames];
  return items.map((item) => {
    const name = nemesisNames.find((candidate) => candidate === item);
    if (name !== undefined) return name;
    const why = unavailableNemeses[item];
    throw new RangeError(why === undefined ? `unknown nemesis ${JSON.stringify(item)} (known: ${nemesisNames.join(', ')}, all, none)` : `nemesis ${item} is not available: ${why}`);
  });
}

/** The nemesis objects for `names`; corruption reactions and power cuts go into `collectors`. */
export function createNemeses(names: readonly NemesisName[], collectors: NemesisCollectors, cluster: { replicas: number }): Nemesis[] {
  return names.map((name) => {
    switch (name) {
      case 'partition':
        return partitionNemesis;
      case 'kill':
        return killNemesis;
      case 'pause':
        return pauseNemesis;
      case 'transfer':
        return transferNemesis;
      case 'corrupt':
        return corruptNemesis(collectors.corruption);
      case 'lose-unsynced':
        return loseUnsyncedNemesis(collectors.powerCuts);
      case 'membership':
        return membershipNemesis(cluster.replicas, collectors.lostMemberChanges);
    }
  });
}
