import { AppendWorkload } from './append.js';
import { BankWorkload } from './bank.js';
import { RegisterWorkload } from './register.js';
import { SetWorkload } from './set.js';
import type { Workload } from './workload.js';

export type { Workload, WorkloadCheck, OperationRequest, OperationOutcome } from './workload.js';

/** Names `--workload` accepts. */
export const workloadNames = ['register', 'set', 'append', 'bank'] as const;

/** One workload name. */
export type WorkloadName = (typeof workloadNames)[number];

/** Key-set tuning shared by the register and append workloads. */
export interface KeyOptions {
  activeKeys: number;
  operationsPerKey: number;
}

/** A fresh workload by name. */
export function createWorkload(name: WorkloadName, keys: KeyOptions): Workload {
  switch (name) {
    case 'register':
      return new RegisterWorkload(keys);
    case 'set':
      return new SetWorkload();
    case 'append':
      return new AppendWorkload({ activeKeys: keys.activeKeys, operationsPerKey: keys.operationsPerKey, casAttemptsMax: 5 });
    case 'bank':
      return new BankWorkload({ accounts: 5, initialBalance: 100, transferMax: 20 });
  }
}
