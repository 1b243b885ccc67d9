import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./stop-exits.script.ts', import.meta.url));

describe('PeerTransport.stop()', () => {
  it('closes streams, channels, timers and the server: the process exits on its own', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (data: Buffer) => (stdout += data.toString()));
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    const exitCode = await new Promise<number | null>((resolve) => {
      const deadline = setTimeout(() => {
        child.kill('SIGKILL');
        resolve(null);
      }, 60_000);
      child.on('exit', (code) => {
        clearTimeout(deadline);
        resolve(code);
      });
    });
    expect({ exitCode, stderr }).toMatchObject({ exitCode: 0 });
    const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { stopMs: number; snapshotOutcome: string; resources: string[] };
    expect(report.snapshotOutcome).toBe('failed');
    expect(report.stopMs).toBeLessThan(2_000);
    // Sockets, timers and immediates left after stop() would show here; stdio pipes are the runner's.
    expect(report.resources.filter((resource) => !['PipeWrap', 'TTYWrap'].includes(resource))).toEqual([]);
  }, 90_000);
});
