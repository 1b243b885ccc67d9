/**
 * jepsen-lite: runs a fresh Tessera cluster under faults, records what clients saw, checks it.
 *
 *   npx tsx jepsen-lite/run.ts --workload register --nemesis partition,kill,pause --time 120 --nodes 5 --clients 10 --seed 7
 *
 * Options: see runner/options.ts (or --help). Writes jepsen-lite/store/<timestamp>-.../ and exits
 * 0 when the history is valid, 1 when invalid, 2 when unknown or the run could not complete.
 * Every process it starts is killed on exit, also on an error or Ctrl-C.
 */
import process from 'node:process';
import type { JepsenCluster } from './runner/cluster.js';
import { parseRunOptions, usage, type RunOptions } from './runner/options.js';
import { runTest } from './runner/run-test.js';

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage);
    return 0;
  }
  let options: RunOptions;
  try {
    options = parseRunOptions(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}`);
    return 64;
  }
  const abort = new AbortController();
  let cluster: JepsenCluster | null = null;
  let interrupted = 0;
  const onSignal = (name: string): void => {
    interrupted += 1;
    process.stderr.write(`\n${name}: stopping the run and every node${interrupted > 1 ? ' (now)' : ''}\n`);
    abort.abort();
    if (interrupted > 1) {
      cluster?.killAllNow();
      process.exit(130);
    }
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  process.on('exit', () => cluster?.killAllNow());
  try {
    const result = await runTest(options, {
      log: (line) => process.stdout.write(line.endsWith('\n') ? line : `${line}\n`),
      signal: abort.signal,
      onCluster: (created) => {
        cluster = created;
      },
    });
    return result.valid === true ? 0 : result.valid === false ? 1 : 2;
  } catch (error) {
    process.stderr.write(`jepsen-lite: ${error instanceof Error ? error.message : String(error)}\n`);
    return interrupted > 0 ? 130 : 2;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
