import type { Verdict } from '../checker/result.js';
import type { Operation } from '../history/operation.js';

/** One read that broke the bank's invariant. */
export interface BankAnomaly {
  type: 'wrong-total' | 'negative-balance' | 'malformed-read';
  operationIndex: number;
  process: number;
  balances: unknown;
  total: number | null;
}

/** What the bank checker found. */
export interface BankCheckResult {
  valid: Verdict;
  reads: number;
  transfers: { ok: number; fail: number; info: number };
  anomalies: BankAnomaly[];
}

/**
 * Bank accounts inside one shard: `transfer` moves money between two accounts in one transaction,
 * `read` returns every balance from one transaction. Valid when every ok read has `accounts`
 * numeric, non-negative balances summing to `total`. Without any ok read the verdict is 'unknown'.
 */
export function checkBank(operations: readonly Operation[], options: { accounts: number; total: number }): BankCheckResult {
  const reads = operations.filter((operation) => operation.f === 'read' && operation.status === 'ok');
  const transfers = operations.filter((operation) => operation.f === 'transfer');
  const anomalies: BankAnomaly[] = [];
  for (const read of reads) {
    const balances = read.output;
    const anomaly = (type: BankAnomaly['type'], total: number | null): BankAnomaly => ({ type, operationIndex: read.index, process: read.process, balances, total });
    if (!Array.isArray(balances) || balances.length !== options.accounts || !balances.every((balance) => typeof balance === 'number' && Number.isFinite(balance))) {
      anomalies.push(anomaly('malformed-read', null));
      continue;
    }
    const numbers = balances as number[];
    const total = numbers.reduce((sum, balance) => sum + balance, 0);
    if (total !== options.total) anomalies.push(anomaly('wrong-total', total));
    if (numbers.some((balance) => balance < 0)) anomalies.push(anomaly('negative-balance', total));
  }
  const count = (status: Operation['status']): number => transfers.filter((operation) => operation.status === status).length;
  return {
    valid: anomalies.length > 0 ? false : reads.length === 0 ? 'unknown' : true,
    reads: reads.length,
    transfers: { ok: count('ok'), fail: count('fail'), info: count('info') },
    anomalies,
  };
}
