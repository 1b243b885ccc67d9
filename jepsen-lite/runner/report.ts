import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { combineVerdicts } from '../checker/linearizable.js';
import type { Verdict } from '../checker/result.js';
import { renderTimelineHtml } from '../checker/timeline.js';
import type { CorruptionReaction, LostMemberChange, PowerCutReaction } from '../nemesis/index.js';
import type { NemesisEvent } from '../nemesis/schedule.js';
import type { WorkloadCheck } from '../workloads/workload.js';
import type { NodeExit } from './cluster.js';
import type { RunOptions } from './options.js';

/** What a run found; results.json holds it. */
export interface RunResult {
  valid: Verdict;
  storeDirectory: string;
  seed: number;
  options: RunOptions;
  /** Seconds of load under faults, as run. */
  loadSeconds: number;
  operations: { total: number; ok: number; fail: number; info: number; processes: number };
  checks: WorkloadCheck[];
  nemesis: { faults: number; byName: Record<string, number>; errors: number };
  corruption: CorruptionReaction[];
  /** Simulated power cuts (lose-unsynced) and how each node took it. */
  powerCuts: PowerCutReaction[];
  /** Acknowledged membership changes the cluster later undid (membership nemesis). */
  lostMemberChanges: LostMemberChange[];
  /** Node exits the runner did not cause. */
  crashes: NodeExit[];
  recovery: { healthy: boolean; seconds: number; finalReadsMissing: number };
  timelines: string[];
}

/**
 * The corruption nemesis's verdict: a node must refuse damaged data, never serve it. Invalid when a
 * node kept serving although its damaged directory opens with durable Raft state rolled back
 * (synced entries, term or vote gone); null when no corruption was injected.
 */
export function corruptionCheck(reactions: readonly CorruptionReaction[]): WorkloadCheck | null {
  if (reactions.length === 0) return null;
  const served = reactions.filter((item) => item.reaction !== 'refused' && item.rollback.length > 0);
  const refused = reactions.filter((item) => item.reaction === 'refused').length;
  return {
    workload: 'corruption',
    valid: served.length === 0,
    summary: `corruption: ${served.length === 0 ? 'valid' : 'INVALID'} — ${reactions.length} injected, ${refused} refused at start, ${served.length} served after a silent rollback of synced Raft state${served.map((item) => ` (node ${item.node}, ${item.file}: shards ${item.rollback.map((rollback) => rollback.shard).join(',')})`).join('')}`,
    anomalies: served.map((item) => ({ type: 'served-after-silent-rollback', ...item })),
    details: { injected: reactions.length, refused },
  };
}

/**
 * The lose-unsynced nemesis's verdict: after a simulated power cut a node must open and serve again
 * (what it acknowledged is judged by the workload checkers); null when no power cut was injected.
 */
export function powerCutCheck(reactions: readonly PowerCutReaction[]): WorkloadCheck | null {
  if (reactions.length === 0) return null;
  const failed = reactions.filter((item) => item.reaction !== 'served' || item.offlineOpenError !== undefined);
  const lostApplies = reactions.filter((item) => Object.keys(item.appliedLost).length > 0).length;
  const lostInFlight = reactions.filter((item) => item.raftInFlightLost.length > 0).length;
  return {
    workload: 'lose-unsynced',
    valid: failed.length === 0,
    summary: `lose-unsynced: ${failed.length === 0 ? 'valid' : 'INVALID'} — ${reactions.length} power cuts, ${lostApplies} lost applied state, ${lostInFlight} lost an in-flight synced Raft write, ${failed.length} did not come back whole${failed.map((item) => ` (node ${item.node}: ${item.reaction}${item.errorCode === undefined ? '' : ` ${item.errorCode}`}${item.offlineOpenError === undefined ? '' : `, offline open: ${item.offlineOpenError}`})`).join('')}`,
    anomalies: failed.map((item) => ({ type: 'power-cut-not-survived', ...item })),
    details: { powerCuts: reactions.length, lostApplies, lostInFlight },
  };
}

/** The membership nemesis's verdict: an acknowledged MemberRemove must not be undone. */
export function memberChangeCheck(lost: readonly LostMemberChange[]): WorkloadCheck {
  return {
    workload: 'membership',
    valid: lost.length === 0,
    summary: `membership: ${lost.length === 0 ? 'valid' : 'INVALID'} — ${lost.length} acknowledged changes lost${lost.map((item) => ` (${item.change} ${item.node} acknowledged, then the member was active again)`).join('')}`,
    anomalies: lost.map((item) => ({ type: 'acknowledged-member-change-lost', ...item })),
    details: { lost: lost.length },
  };
}

/** Combines the workload verdicts; a run whose final reads are missing cannot be valid. */
export function overallVerdict(checks: readonly WorkloadCheck[], finalReadsMissing: number): Verdict {
  const verdict = combineVerdicts(checks.map((check) => check.valid));
  return verdict === true && finalReadsMissing > 0 ? 'unknown' : verdict;
}

/** Counts started faults per nemesis. */
export function summarizeNemesis(events: readonly NemesisEvent[]): RunResult['nemesis'] {
  const byName: Record<string, number> = {};
  for (const event of events) if (event.phase === 'start') byName[event.nemesis] = (byName[event.nemesis] ?? 0) + 1;
  return { faults: Object.values(byName).reduce((sum, count) => sum + count, 0), byName, errors: events.filter((event) => event.phase === 'error').length };
}

/** Writes an HTML timeline for each check that names offending operations; resolves with the file names. */
export async function writeTimelines(directory: string, checks: readonly WorkloadCheck[]): Promise<string[]> {
  const names: string[] = [];
  for (const check of checks) {
    if (check.valid === true || check.offending === undefined) continue;
    const name = `timeline-${check.workload}-${encodeURIComponent(check.offending.key)}.html`;
    await writeFile(join(directory, name), renderTimelineHtml({ key: check.offending.key, operations: check.offending.operations, result: check.offending.result }), 'utf8');
    names.push(name);
  }
  return names;
}

/** Writes results.json (the checks without their offending operations, which the timeline shows). */
export async function writeResults(result: RunResult): Promise<void> {
  const checks = result.checks.map(({ offending, ...rest }) => ({ ...rest, offendingKey: offending?.key }));
  await writeFile(join(result.storeDirectory, 'results.json'), JSON.stringify({ ...result, checks }, null, 2) + '\n', 'utf8');
}

/** The verdict block printed at the end of a run. */
export function verdictText(result: RunResult): string {
  const verdict = result.valid === true ? 'VALID' : result.valid === false ? 'INVALID' : 'UNKNOWN';
  const lines = [
    ...result.checks.map((check) => `  ${check.summary}`),
    `  operations: ${result.operations.total} (ok ${result.operations.ok}, fail ${result.operations.fail}, info ${result.operations.info}) in ${result.loadSeconds.toFixed(0)} s by ${result.operations.processes} processes`,
    `  faults: ${result.nemesis.faults} ${JSON.stringify(result.nemesis.byName)}${result.nemesis.errors > 0 ? `, ${result.nemesis.errors} nemesis errors` : ''}`,
    ...result.corruption.map((item) => `  corruption of node ${item.node} (${item.file}): ${item.reaction}${item.errorCode === undefined ? '' : ` with ${item.errorCode}`}; offline open: ${item.offlineOpen === 'opened' ? 'opened' : item.offlineOpen.errorCode}; rollbacks: ${item.rollback.length}`),
    ...result.crashes.map((exit) => `  node ${exit.node} exited by itself (code ${String(exit.code)}, signal ${String(exit.signal)}) at ${(exit.atMs / 1000).toFixed(1)} s${exit.cause === undefined ? '' : `: ${exit.cause}`}`),
    `  recovery: ${result.recovery.healthy ? 'healthy' : 'NOT healthy'} after ${result.recovery.seconds.toFixed(1)} s; final reads missing: ${result.recovery.finalReadsMissing}`,
    ...result.timelines.map((name) => `  timeline: ${join(result.storeDirectory, name)}`),
    `  store: ${result.storeDirectory}`,
    `verdict: ${verdict} (seed ${result.seed})`,
  ];
  return lines.join('\n') + '\n';
}
