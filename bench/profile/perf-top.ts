/**
 * Top functions by on-CPU time of Node threads, from a `perf record -g` file, as markdown.
 * Run: npx tsx bench/profile/perf-top.ts --tids TID,TID,... [--top 15] [--inclusive] perf.data
 * --inclusive counts a sample for every JavaScript function on its stack (callees included) instead
 * of charging it to one function: where a path's time goes, not which leaf burns it.
 * Record it while bench/run.ts drives nodes started with --tessera-node-flags "--perf-prof --perf-prof-unwinding-info",
 * then name the JIT code (bench/README.md "Profiling" says why not --perf-basic-prof):
 *   perf record -k 1 -g -e cpu-clock -F 999 -p PID,PID,PID -o perf.data -- sleep 15
 *   perf inject --jit -i perf.data -o perf.jit.data
 * A node's main thread has the node's pid as its tid. See perf-samples.ts for how samples are charged.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable } from '../lib/report.js';
import { fileOf } from './cpu-profile.js';
import { chargeOf, jsFramesOnStack, parsePerfScript, type JsFrame } from './perf-samples.js';
import { TsxSourceLines, type FrameLocation } from './source-lines.js';

const repositoryRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const position = argv.indexOf(name);
  return position === -1 ? undefined : argv[position + 1];
};
const tids = option('--tids');
const dataFile = argv.at(-1);
if (tids === undefined || dataFile === undefined || dataFile.startsWith('--')) throw new Error('usage: perf-top.ts --tids TID,... [--top 15] [--inclusive] perf.data');
const top = Number(option('--top') ?? 15);
const inclusive = argv.includes('--inclusive');

const script = spawnSync('perf', ['script', '-i', dataFile, '--tid', tids], { encoding: 'utf8', maxBuffer: 2 ** 31 - 1 });
if (script.status !== 0) throw new Error(`perf script failed: ${script.stderr}`);
const samples = parsePerfScript(script.stdout);
const charges = inclusive ? [] : samples.map(chargeOf);
const stacks = inclusive ? samples.map(jsFramesOnStack) : [];
const sourceLines = new TsxSourceLines();
/** The frame as a .cpuprofile would name it: anonymous functions have an empty name there. */
const locationOf = (frame: JsFrame): FrameLocation => ({ url: frame.url, functionName: frame.functionName === '(anonymous)' ? '' : frame.functionName, lineNumber: frame.line - 1, columnNumber: frame.column - 1 });
sourceLines.prepare(inclusive ? stacks.flatMap((stack) => stack.map(locationOf)) : charges.flatMap((charge) => (charge.kind === 'js' ? [locationOf(charge.frame)] : [])));

const counts = new Map<string, { name: string; where: string; samples: number }>();
const whereOf = (frame: JsFrame): string => {
  const line = frame.url.endsWith('.ts') ? sourceLines.line(locationOf(frame)) : frame.line;
  return `${fileOf(frame.url, repositoryRoot)}:${line ?? '?'}`;
};
/** Counts the sample for one row; a row already in `countedRows` (this sample's) is not counted again. */
const count = (name: string, where: string, countedRows?: Set<string>): void => {
  const key = `${name} ${where}`;
  if (countedRows?.has(key)) return;
  countedRows?.add(key);
  const entry = counts.get(key) ?? { name, where, samples: 0 };
  entry.samples += 1;
  counts.set(key, entry);
};
for (const stack of stacks) {
  // Two closures on one source line are one row: the sample counts once for it.
  const countedRows = new Set<string>();
  for (const frame of stack) count(frame.functionName, whereOf(frame), countedRows);
}
for (const charge of charges) {
  let name = '(garbage collector)';
  let where = '(V8)';
  if (charge.kind === 'native') {
    name = `(native) ${charge.symbol}`;
    where = '(native)';
  } else if (charge.kind === 'js') {
    name = charge.frame.functionName;
    where = whereOf(charge.frame);
  }
  count(name, where);
}
const ranked = [...counts.values()].sort((a, b) => b.samples - a.samples);
const share = (tally: number): string => ((tally / samples.length) * 100).toFixed(1);
const perThread = tids.split(',').map((tid) => `${tid}: ${samples.filter((sample) => sample.tid === Number(tid)).length}`);
const rows = ranked.slice(0, top).map((entry, rank) => [String(rank + 1), `\`${entry.name}\``, entry.where, String(entry.samples), share(entry.samples)]);
process.stdout.write(`${samples.length} on-CPU samples (per thread ${perThread.join(', ')})\n\n${markdownTable(['#', 'function', 'where', inclusive ? 'samples on the stack' : 'samples', inclusive ? '% of on-CPU, callees included' : '% of on-CPU'], rows)}\n`);
