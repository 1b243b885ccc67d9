/**
 * One server process of a benchmark cluster: spawned with its output in a log file, watched for an
 * early exit, and stopped with SIGTERM then SIGKILL. Every process spawned here is also registered
 * for the last-resort kill on exit (see killAllOnExit), so none outlives the benchmark.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { HopelessWaitError } from './ports.js';

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Installs (once) a synchronous 'exit' handler that SIGKILLs every server process still running. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}

/** How long a process gets after SIGTERM before SIGKILL, ms: a Tessera node hands away leaderships and flushes first. */
export const stopGraceMs = 15_000;

/** A running server process and the log its output goes to. */
export class ServerProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private exitState: { code: number | null; signal: NodeJS.Signals | null } | null = null;

  constructor(readonly label: string, command: string, args: string[], readonly logPath: string, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
    installExitHook();
    const log = openSync(logPath, 'a');
    try {
      this.child = spawn(command, args, { stdio: ['ignore', log, log], cwd: options.cwd, env: options.env ?? process.env });
    } finally {
      closeSync(log);
    }
    live.add(this.child);
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        live.delete(this.child);
        this.exitState = { code, signal };
        resolve({ code, signal });
      });
      this.child.once('error', () => {
        live.delete(this.child);
        this.exitState = { code: null, signal: null };
        resolve({ code: null, signal: null });
      });
    });
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`${this.label} has no pid: it failed to start (see ${this.logPath})`);
    return this.child.pid;
  }

  /** Throws with the end of the log when the process has already exited: a start that cannot succeed fails fast. */
  assertRunning(): void {
    if (this.exitState === null) return;
    throw new HopelessWaitError(`${this.label} exited (code ${String(this.exitState.code)}, signal ${String(this.exitState.signal)}); the end of its log:\n${this.logTail()}`);
  }

  logTail(lines = 30): string {
    try {
      return readFileSync(this.logPath, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** SIGTERM (or `signal`), then SIGKILL after stopGraceMs; resolves once the process is gone. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.exitState !== null) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), stopGraceMs);
    try {
      await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }
}
