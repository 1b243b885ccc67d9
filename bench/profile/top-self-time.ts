/**
 * Top functions by self time in one or more .cpuprofile files, as markdown tables.
 * Run: npx tsx bench/profile/top-self-time.ts [--windows FILE --concurrency N | --start US --end US] [--top 15] PROFILE...
 * `--windows` is the tessera-<run>-windows.json bench/run.ts writes next to the profiles with
 * --profile-dir: the measured window of each step, so startup and preload are left out.
 * Several profiles (the nodes of one cluster) are tallied each and together. A folder stands for
 * the main thread's profile in it: Node names profiles CPU.DATE.TIME.PID.THREAD.SEQ.cpuprofile and
 * the main thread is thread 0 (tsx's loader thread writes its own, uninteresting one).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownTable } from '../lib/report.js';
import { idleFunctionName, mergeTallies, tallyByArea, tallyByFile, tallyProfile, type CpuProfile, type ProfileTally } from './cpu-profile.js';
import { TsxSourceLines } from './source-lines.js';

const repositoryRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

interface Arguments {
  profiles: string[];
  window: { start: number; end: number } | undefined;
  top: number;
}

function parseArguments(argv: string[]): Arguments {
  const profiles: string[] = [];
  const named = new Map<string, string>();
  for (let position = 0; position < argv.length; position += 1) {
    if (argv[position].startsWith('--')) named.set(argv[position], argv[(position += 1)] ?? '');
    else profiles.push(argv[position]);
  }
  if (profiles.length === 0) throw new Error('usage: top-self-time.ts [--windows FILE --concurrency N | --start US --end US] [--top 15] PROFILE...');
  let window: Arguments['window'];
  const windowsFile = named.get('--windows');
  if (windowsFile !== undefined) {
    const windows = JSON.parse(readFileSync(windowsFile, 'utf8')) as { concurrency: number; start: number; end: number }[];
    const concurrency = Number(named.get('--concurrency') ?? Math.max(...windows.map((entry) => entry.concurrency)));
    const chosen = windows.find((entry) => entry.concurrency === concurrency);
    if (chosen === undefined) throw new Error(`${windowsFile} has no step at concurrency ${concurrency}`);
    window = { start: chosen.start, end: chosen.end };
  } else if (named.has('--start') && named.has('--end')) {
    window = { start: Number(named.get('--start')), end: Number(named.get('--end')) };
  }
  return { profiles, window, top: Number(named.get('--top') ?? 15) };
}

/** A profile file, or the main-thread profile inside a folder. */
function profilePath(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const main = readdirSync(path).filter((name) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name));
  if (main.length !== 1) throw new Error(`${path} should hold exactly one main-thread profile (CPU.*.*.PID.0.*.cpuprofile), found ${main.length}`);
  return join(path, main[0]);
}

const ms = (microseconds: number): string => (microseconds / 1000).toFixed(1);
const percent = (part: number, whole: number): string => (whole > 0 ? ((part / whole) * 100).toFixed(1) : '–');

function summaryLine(name: string, tally: ProfileTally): string {
  const windowMs = (tally.windowUs.end - tally.windowUs.start) / 1000;
  const busyUs = tally.totalUs - tally.idleUs;
  return `${name}: window ${windowMs.toFixed(0)} ms, ${tally.samples} samples, busy ${ms(busyUs)} ms (${percent(busyUs, tally.totalUs)} % of sampled time)`;
}

function functionTable(tally: ProfileTally, top: number): string {
  const busyUs = tally.totalUs - tally.idleUs;
  const busySamples = tally.samples - (tally.functions.find((entry) => entry.functionName === idleFunctionName)?.samples ?? 0);
  const rows = tally.functions
    .filter((entry) => entry.functionName !== idleFunctionName)
    .slice(0, top)
    .map((entry, rank) => [String(rank + 1), `\`${entry.functionName}\``, entry.file === '' ? '(V8)' : `${entry.file}:${entry.line === 0 ? '?' : entry.line}`, ms(entry.selfUs), percent(entry.selfUs, busyUs), String(entry.samples), percent(entry.samples, busySamples)]);
  return markdownTable(['#', 'function', 'where', 'self ms', '% of busy time', 'samples', '% of busy samples'], rows);
}

function fileTable(tally: ProfileTally, top: number): string {
  const busyUs = tally.totalUs - tally.idleUs;
  const rows = tallyByFile(tally)
    .filter((entry) => entry.file !== idleFunctionName)
    .slice(0, top)
    .map((entry) => [entry.file, ms(entry.selfUs), percent(entry.selfUs, busyUs)]);
  return markdownTable(['file', 'self ms', '% of busy'], rows);
}

function areaTable(tally: ProfileTally): string {
  const busyUs = tally.totalUs - tally.idleUs;
  const rows = tallyByArea(tally)
    .filter((entry) => entry.area !== idleFunctionName)
    .map((entry) => [entry.area, ms(entry.selfUs), percent(entry.selfUs, busyUs)]);
  return markdownTable(['area', 'self ms', '% of busy'], rows);
}

const options = parseArguments(process.argv.slice(2));
const profiles = options.profiles.map((given) => ({ name: basename(given), profile: JSON.parse(readFileSync(profilePath(given), 'utf8')) as CpuProfile }));
const sourceLines = new TsxSourceLines();
sourceLines.prepare(profiles.flatMap(({ profile }) => profile.nodes.map((node) => node.callFrame)));
const tallies = profiles.map(({ name, profile }) => ({ name, tally: tallyProfile(profile, repositoryRoot, options.window, (frame) => sourceLines.line(frame)) }));
for (const { name, tally } of tallies) {
  if (tally.samples === 0) throw new Error(`${name} has no samples in the window: was the window recorded by the same machine's clock?`);
}
const merged = mergeTallies(tallies.map((entry) => entry.tally));
const lines = [...tallies.map(({ name, tally }) => `- ${summaryLine(name, tally)}`), `- ${summaryLine('all together', merged)}`, ''];
lines.push(`Top ${options.top} functions by self time (${tallies.length} profile${tallies.length === 1 ? '' : 's'} together):`, '', functionTable(merged, options.top), '');
lines.push('Self time by area:', '', areaTable(merged), '');
lines.push('Self time by file:', '', fileTable(merged, options.top), '');
process.stdout.write(`${lines.join('\n')}\n`);
