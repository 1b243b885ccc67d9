/** What every tessctl command shares: global options, argument helpers, output. */
import process from 'node:process';

import { UsageError } from './usage-error.js';

export { UsageError };

export interface Global {
  endpoints: string[];
  json: boolean;
  timeoutMs: number;
}

/** Removes `name VALUE` from args and returns VALUE (undefined when absent). */
export function takeOption(args: string[], name: string): string | undefined {
  const position = args.indexOf(name);
  if (position === -1) return undefined;
  const value = args[position + 1];
  if (value === undefined) throw new UsageError(`${name} needs a value`);
  args.splice(position, 2);
  return value;
}

/** Removes a boolean `name` flag from args; true when it was there. */
export function takeFlag(args: string[], name: string): boolean {
  const position = args.indexOf(name);
  if (position === -1) return false;
  args.splice(position, 1);
  return true;
}

/** One line on stdout. */
export const print = (line: string): void => void process.stdout.write(`${line}\n`);
