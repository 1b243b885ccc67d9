/**
 * Re-runs the workloads' checkers on a stored run's history, e.g. after a checker changed:
 *
 *   npx tsx jepsen-lite/recheck.ts jepsen-lite/store/<run>/
 *
 * Reads results.json for the run's options and history.jsonl for its events; prints one summary
 * line per workload. Exit status: 0 valid, 1 invalid, 2 unknown or unreadable.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { combineVerdicts } from './checker/linearizable.js';
import { readHistoryJsonlFile } from './history/jsonl.js';
import type { RunOptions } from './runner/options.js';
import { createWorkload } from './workloads/index.js';

async function main(directory: string | undefined): Promise<number> {
  if (directory === undefined) {
    process.stderr.write('usage: recheck.ts STORE-RUN-DIRECTORY\n');
    return 2;
  }
  const { options } = JSON.parse(await readFile(join(directory, 'results.json'), 'utf8')) as { options: RunOptions };
  const events = await readHistoryJsonlFile(join(directory, 'history.jsonl'));
  const verdicts = options.workloads.map((name) => {
    const workload = createWorkload(name, { activeKeys: options.activeKeys, operationsPerKey: options.operationsPerKey });
    const check = workload.check(events.filter((event) => workload.owns(event)), { timeBudgetMsPerKey: options.checkBudgetMsPerKey });
    process.stdout.write(`${check.summary}\n`);
    return check.valid;
  });
  const verdict = combineVerdicts(verdicts);
  return verdict === true ? 0 : verdict === false ? 1 : 2;
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`recheck: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
