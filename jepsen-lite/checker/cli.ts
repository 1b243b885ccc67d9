/**
 * Checks history files for linearizability.
 *
 *   npx tsx jepsen-lite/checker/cli.ts --model register|kv-append|list-append [--budget-ms N] [--html DIR] FILE...
 *
 * Files may be history.jsonl, jepsen.util logs or EDN-map lines (detected by content). Prints one
 * line per file (verdict, operations, keys, time) and the non-linearizable keys. --html writes a
 * timeline page per non-linearizable key into DIR. Exit status: 0 when every file is linearizable,
 * 1 when any is not or is unknown, 2 on bad usage or unreadable input.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readHistoryFile } from '../history/detect.js';
import { pairOperations, type Operation } from '../history/operation.js';
import { checkOperations, partitionByKey, timeBudgetMsPerKeyDefault } from './linearizable.js';
import { modelsByName } from './models/index.js';
import type { CheckResult } from './result.js';
import { renderTimelineHtml } from './timeline.js';

const usage = `usage: cli.ts --model ${Object.keys(modelsByName).join('|')} [--budget-ms N] [--html DIR] FILE...\n`;

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { model: { type: 'string' }, 'budget-ms': { type: 'string' }, html: { type: 'string' } },
  });
  const model = values.model === undefined ? undefined : modelsByName[values.model];
  const budgetMs = Number(values['budget-ms'] ?? timeBudgetMsPerKeyDefault);
  if (model === undefined || positionals.length === 0 || !(budgetMs > 0)) {
    process.stderr.write(usage);
    return 2;
  }
  let allValid = true;
  const started = performance.now();
  for (const file of positionals) {
    const operations = pairOperations(await readHistoryFile(file));
    const result = checkOperations(operations, { model, timeBudgetMsPerKey: budgetMs });
    allValid &&= result.valid === true;
    process.stdout.write(summarize(file, operations.length, result));
    if (values.html !== undefined && result.valid !== true) {
      await writeTimelines(values.html, file, partitionByKey(operations), result);
    }
  }
  process.stdout.write(`${positionals.length} file(s) in ${(performance.now() - started).toFixed(0)} ms: ${allValid ? 'all linearizable' : 'NOT all linearizable'}\n`);
  return allValid ? 0 : 1;
}

function summarize(file: string, operationCount: number, result: CheckResult): string {
  const verdict = result.valid === true ? 'linearizable' : result.valid === false ? 'NOT linearizable' : 'unknown (budget exceeded)';
  const keys = Object.entries(result.keys);
  let text = `${file}: ${verdict}  ops=${operationCount} keys=${keys.length} time=${result.elapsedMs.toFixed(1)}ms\n`;
  for (const [key, keyResult] of keys) {
    if (keyResult.valid === true) continue;
    const stuck = keyResult.counterexample?.stuck.map((item) => `${item.operation.f}#${item.operation.index}(${item.reason})`) ?? [];
    text += `  key ${JSON.stringify(key)}: ${String(keyResult.valid)} prefix=${keyResult.counterexample?.prefix.length ?? '-'} stuck=[${stuck.join(', ')}]\n`;
  }
  return text;
}

async function writeTimelines(
  directory: string,
  file: string,
  byKey: ReadonlyMap<string, readonly Operation[]>,
  result: CheckResult,
): Promise<void> {
  await mkdir(directory, { recursive: true });
  for (const [key, keyResult] of Object.entries(result.keys)) {
    if (keyResult.valid === true) continue;
    const html = renderTimelineHtml({ key, operations: byKey.get(key) ?? [], result: keyResult });
    const name = `${basename(file)}.key-${encodeURIComponent(key === '' ? 'none' : key)}.html`;
    await writeFile(join(directory, name), html, 'utf8');
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
