import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkEvents } from '../../jepsen-lite/checker/linearizable.js';
import { registerModel } from '../../jepsen-lite/checker/models/index.js';
import { renderTimelineHtml } from '../../jepsen-lite/checker/timeline.js';
import { writeHistoryJsonlFile } from '../../jepsen-lite/history/jsonl.js';
import { pairOperations } from '../../jepsen-lite/history/operation.js';
import { history } from './history-builder.js';

const repositoryRoot = join(import.meta.dirname, '..', '..');
const fixtures = join(repositoryRoot, 'test', 'fixtures', 'linearizability');
const cliTimeoutMs = 60_000;

const staleRead = history(`
  0 invoke write 1
  0 ok write 1
  0 invoke write 2
  0 ok write 2
  1 invoke read nil
  1 ok read 1
  2 invoke write "<b>"
  2 fail write "<b>"`);

describe('timeline HTML', () => {
  it('draws every operation and highlights the stuck one', () => {
    const result = checkEvents(staleRead, { model: registerModel });
    const html = renderTimelineHtml({ key: '', operations: pairOperations(staleRead), result: result.keys[''] });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/class="op /g)).toHaveLength(4);
    expect(html.match(/class="op stuck"/g)).toHaveLength(1);
    expect(html.match(/class="op prefix"/g)).toHaveLength(2);
    expect(html).toContain('class="op fail"');
    expect(html).not.toContain('<b>');
  });
});

interface CliRun {
  code: number;
  stdout: string;
}

async function runCli(args: readonly string[]): Promise<CliRun> {
  const script = join(repositoryRoot, 'jepsen-lite', 'checker', 'cli.ts');
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: repositoryRoot,
      timeout: cliTimeoutMs,
    });
    return { code: 0, stdout };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string };
    return { code: failure.code ?? -1, stdout: failure.stdout ?? '' };
  }
}

describe('cli', () => {
  it('exits 0 when every file is linearizable, 1 otherwise, 2 on bad usage', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'jepsen-lite-cli-'));
    try {
      const jsonl = join(directory, 'history.jsonl');
      await writeHistoryJsonlFile(jsonl, staleRead);
      const good = await runCli(['--model', 'register', join(fixtures, 'etcd-register', 'etcd_002.log')]);
      expect(good.code).toBe(0);
      expect(good.stdout).toMatch(/etcd_002\.log: linearizable .*time=/);
      const bad = await runCli(['--model', 'register', '--html', directory, jsonl, join(fixtures, 'etcd-register', 'etcd_000.log')]);
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/history\.jsonl: NOT linearizable/);
      expect((await readdir(directory)).filter((name) => name.endsWith('.html'))).toHaveLength(2);
      const page = await readFile(join(directory, 'history.jsonl.key-none.html'), 'utf8');
      expect(page).toContain('op stuck');
      const kv = await runCli(['--model', 'kv-append', join(fixtures, 'kv-append', 'c10-ok.txt')]);
      expect(kv.code).toBe(0);
      expect((await runCli(['--model', 'nope', jsonl])).code).toBe(2);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
