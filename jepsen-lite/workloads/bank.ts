import type { TesseraClient } from '../../src/client/index.js';
import type { HistoryEvent } from '../history/event.js';
import { pairOperations } from '../history/operation.js';
import { checkBank } from '../checkers/bank-checker.js';
import type { SeededRandom } from '../runner/random.js';
import { verdictText } from './linearizability-check.js';
import { outcomeOfError, type CallLimits, type OperationOutcome, type OperationRequest, type Workload, type WorkloadCheck } from './workload.js';

/** The history key of the bank's operations; its hash tag keeps every account in one shard. */
const bankKey = '{bank}';
const decoder = new TextDecoder();

/** Tuning of the bank workload. */
export interface BankOptions {
  accounts: number;
  initialBalance: number;
  /** Largest amount one transfer moves. */
  transferMax: number;
}

/**
 * Bank accounts `{bank}/0..n-1` in one shard. `read` reads every balance in one transaction;
 * `transfer` reads the two balances with their versions, then moves money in one transaction
 * conditional on both versions. Every read must see the constant total and no negative balance.
 */
export class BankWorkload implements Workload {
  readonly name = 'bank';
  private readonly accountKeys: string[];

  constructor(private readonly options: BankOptions) {
    this.accountKeys = Array.from({ length: options.accounts }, (_, account) => `${bankKey}/${account}`);
  }

  get total(): number {
    return this.options.accounts * this.options.initialBalance;
  }

  owns(event: HistoryEvent): boolean {
    return event.key === bankKey;
  }

  /** Opens every account with the initial balance (idempotent: safe to retry). */
  async setup(client: TesseraClient, limits: CallLimits): Promise<void> {
    const success = this.accountKeys.map((key) => ({ type: 'put' as const, key, value: String(this.options.initialBalance) }));
    await client.txn({ success }, { timeoutMs: limits.timeoutMs });
  }

  generate(random: SeededRandom): OperationRequest {
    if (random.chance(0.4)) return { f: 'read', key: bankKey, value: null };
    const from = random.int(this.options.accounts);
    const to = (from + 1 + random.int(this.options.accounts - 1)) % this.options.accounts;
    return { f: 'transfer', key: bankKey, value: { from, to, amount: 1 + random.int(this.options.transferMax) } };
  }

  async invoke(client: TesseraClient, request: OperationRequest, limits: CallLimits): Promise<OperationOutcome> {
    if (request.f === 'read') {
      try {
        return { type: 'ok', value: (await this.readAccounts(client, this.accountKeys, limits)).map((account) => account.balance) };
      } catch (error) {
        return outcomeOfError(error, false);
      }
    }
    const { from, to, amount } = request.value as { from: number; to: number; amount: number };
    let balances: { balance: number; version: number }[];
    try {
      balances = await this.readAccounts(client, [this.accountKeys[from], this.accountKeys[to]], limits);
    } catch (error) {
      return outcomeOfError(error, false);
    }
    if (balances[0].balance < amount) return { type: 'fail', error: 'insufficient funds' };
    try {
      const result = await client.txn(
        {
          compares: [{ key: this.accountKeys[from], version: balances[0].version }, { key: this.accountKeys[to], version: balances[1].version }],
          success: [
            { type: 'put', key: this.accountKeys[from], value: String(balances[0].balance - amount) },
            { type: 'put', key: this.accountKeys[to], value: String(balances[1].balance + amount) },
          ],
        },
        { timeoutMs: limits.timeoutMs },
      );
      return result.succeeded ? { type: 'ok', value: request.value } : { type: 'fail', error: 'a balance changed meanwhile' };
    } catch (error) {
      return outcomeOfError(error, true);
    }
  }

  /** Balances and versions of `keys`, read in one transaction (a missing account reads as NaN). */
  private async readAccounts(client: TesseraClient, keys: string[], limits: CallLimits): Promise<{ balance: number; version: number }[]> {
    const result = await client.txn({ success: keys.map((key) => ({ type: 'get' as const, key })) }, { timeoutMs: limits.timeoutMs });
    return result.results.map((item) => ({ balance: item.found ? Number(decoder.decode(item.value)) : Number.NaN, version: item.version }));
  }

  finalReads(): OperationRequest[] {
    return [{ f: 'read', key: bankKey, value: null }];
  }

  hotKeys(): string[] {
    return [this.accountKeys[0]];
  }

  check(events: readonly HistoryEvent[]): WorkloadCheck {
    const operations = pairOperations(events);
    const result = checkBank(operations, { accounts: this.options.accounts, total: this.total });
    const check: WorkloadCheck = {
      workload: this.name,
      valid: result.valid,
      summary: `bank: ${verdictText(result.valid)} — ${result.reads} reads, transfers ok ${result.transfers.ok} / fail ${result.transfers.fail} / info ${result.transfers.info}; ${result.anomalies.length} reads off the total ${this.total}`,
      anomalies: result.anomalies.slice(0, 100),
      details: { reads: result.reads, transfers: result.transfers, total: this.total, accounts: this.options.accounts },
    };
    const first = result.anomalies[0];
    if (first !== undefined) {
      const around = operations.find((operation) => operation.index === first.operationIndex)?.invokeTime ?? 0;
      check.offending = { key: bankKey, operations: operations.filter((operation) => Math.abs(operation.invokeTime - around) < 2e9) };
    }
    return check;
  }
}
