/** tessctl snapshot: help texts, usage mistakes and the progress bar's text. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { snapshotCommand } from '../../src/cli/snapshot-command.js';
import { formatBytes, progressLine } from '../../src/cli/snapshot-progress.js';
import { UsageError } from '../../src/cli/usage-error.js';

const global = { endpoints: ['127.0.0.1:1'], json: false, timeoutMs: 1000 };

afterEach(() => {
  vi.restoreAllMocks();
});

async function output(args: string[]): Promise<string> {
  const written: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  expect(await snapshotCommand(global, args)).toBe(0);
  vi.restoreAllMocks();
  return written.join('');
}

describe('tessctl snapshot', () => {
  it('has --help for both subcommands', async () => {
    expect(await output(['save', '--help'])).toContain('snapshot save FILE [--node ID]');
    expect(await output(['restore', '--help'])).toContain('snapshot restore FILE --data DIR --node ID [--force]');
    expect(await output(['--help'])).toMatch(/save FILE[\s\S]*restore FILE/);
  });

  it('rejects usage mistakes before doing anything', async () => {
    await expect(snapshotCommand(global, ['restore', 'file.tsbk'])).rejects.toBeInstanceOf(UsageError);
    await expect(snapshotCommand(global, ['restore', 'file.tsbk', '--data', 'dir', '--node', 'x'])).rejects.toThrow(/--node must be a positive integer/);
    await expect(snapshotCommand(global, ['save', 'a', 'b'])).rejects.toBeInstanceOf(UsageError);
    await expect(snapshotCommand(global, ['save', 'a', '--frobnicate'])).rejects.toThrow(/unknown option --frobnicate/);
    await expect(snapshotCommand(global, ['copy'])).rejects.toBeInstanceOf(UsageError);
  });

  it('shows bytes in binary units, against an estimate when there is one', () => {
    expect([0, 512, 1536, 12 * 1024 * 1024].map(formatBytes)).toEqual(['0 B', '512 B', '1.5 KiB', '12.0 MiB']);
    expect(progressLine(2 * 1024 * 1024, 8 * 1024 * 1024, 1000)).toBe('2.0 MiB / ~8.0 MiB | 2.0 MiB/s');
    expect(progressLine(1024, 0, 0)).toBe('1.0 KiB | -');
  });
});
