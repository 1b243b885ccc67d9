/**
 * Test-only failpoints, in the manner of etcd's gofail: deliberately planted bugs that jepsen-lite
 * must catch, so a "valid" verdict is known to mean something. They are enabled by the
 * TESSERA_FAILPOINTS environment variable (comma-separated names), read once when this module
 * loads, and are inert otherwise. Never set it outside a test.
 *
 * - `local-linearizable-read`: every node serves LINEARIZABLE and FOLLOWER reads from its local
 *   state at once: no leader check, no ReadIndex round, no lease. A deposed or partitioned replica
 *   then answers with stale data.
 * - `ack-before-commit`: a leader answers a put or delete as soon as it is proposed, before it is
 *   persisted or committed. A write acknowledged this way can be lost by a leader change, and a
 *   read right after the acknowledgement may not see it.
 */
import { TesseraError } from '../routing/errors.js';
import { tessera } from '../wire/proto.js';

/** The names TESSERA_FAILPOINTS accepts. */
export const failpointNames = ['local-linearizable-read', 'ack-before-commit'] as const;

/** One failpoint's name. */
export type FailpointName = (typeof failpointNames)[number];

/**
 * Parses a TESSERA_FAILPOINTS value. An unknown name throws TESSERA_INVALID_ARGUMENT: a typo must
 * not silently leave the bug unplanted and the test meaningless.
 */
export function parseFailpoints(text: string | undefined): ReadonlySet<FailpointName> {
  const enabled = new Set<FailpointName>();
  for (const item of (text ?? '').split(',').map((name) => name.trim()).filter((name) => name !== '')) {
    const name = failpointNames.find((candidate) => candidate === item);
    if (name === undefined) throw new TesseraError('TESSERA_INVALID_ARGUMENT', `TESSERA_FAILPOINTS: unknown failpoint ${JSON.stringify(item)} (known: ${failpointNames.join(', ')})`, { limit: 'failpoints' });
    enabled.add(name);
  }
  return enabled;
}

/** The failpoints this process runs with; empty unless TESSERA_FAILPOINTS is set. */
export const activeFailpoints: ReadonlySet<FailpointName> = parseFailpoints(process.env.TESSERA_FAILPOINTS);

/** `local-linearizable-read` is active. */
export const localLinearizableRead = activeFailpoints.has('local-linearizable-read');

/** `ack-before-commit` is active. */
export const ackBeforeCommit = activeFailpoints.has('ack-before-commit');

/** A write as Replica queues it: its encoded Command and how to answer it. */
interface EarlyAcknowledgeable {
  encoded: Uint8Array;
  resolve: (result: tessera.kv.ICommandResult) => void;
}

/**
 * The `ack-before-commit` bug: answers the puts and deletes of a batch just proposed at `index` as
 * if they had been applied. The real answer, when the entry applies, then goes nowhere (a promise
 * settles once). Conditional writes still wait: their outcome cannot be guessed.
 */
export function acknowledgeBeforeCommit(batch: readonly EarlyAcknowledgeable[], index: number): void {
  for (const write of batch) {
    const command = tessera.kv.Command.decode(write.encoded);
    if (command.put !== null && command.put !== undefined) write.resolve({ put: { version: index } });
    else if (command.delete !== null && command.delete !== undefined) write.resolve({ delete: { deleted: true } });
  }
}
