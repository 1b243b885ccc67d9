/**
 * Prints a Markdown table of jepsen-lite runs from their results.json files:
 *
 *   npx tsx jepsen-lite/results-table.ts jepsen-lite/store/*\/results.json
 *
 * Columns: workload × nemesis × nodes × minutes × ops × verdict (with failpoints and seed).
 */
import { readFileSync } from 'node:fs';

interface Row {
  valid: boolean | 'unknown';
  seed: number;
  loadSeconds: number;
  options: { workloads: string[]; nemeses: string[]; nodes: number; failpoints: string[] };
  operations: { total: number; info: number };
  nemesis: { faults: number };
  checks: { workload: string; valid: boolean | 'unknown' }[];
}

const files = process.argv.slice(2);
const lines = ['| workload | nemesis | nodes | minutes | ops (info) | faults | failpoints | seed | verdict |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
for (const file of files) {
  const row = JSON.parse(readFileSync(file, 'utf8')) as Row;
  const verdict = row.valid === true ? 'valid' : row.valid === false ? `**INVALID** (${row.checks.filter((check) => check.valid === false).map((check) => check.workload).join(', ')})` : 'unknown';
  lines.push(`| ${row.options.workloads.join('+')} | ${row.options.nemeses.join(',') || 'none'} | ${row.options.nodes} | ${(row.loadSeconds / 60).toFixed(1)} | ${row.operations.total} (${row.operations.info}) | ${row.nemesis.faults} | ${row.options.failpoints.join(',') || '-'} | ${row.seed} | ${verdict} |`);
}
process.stdout.write(lines.join('\n') + '\n');
