import type { Message, MessageType, NodeId } from './types.js';

const emptyBytes = new Uint8Array(0);

/** Builds a message with every unused field zeroed, so the wire mapping never sees undefined. */
export function makeMessage(fields: Partial<Message> & { type: MessageType; to: NodeId; from: NodeId; term: number }): Message {
  return {
    logTerm: 0,
    index: 0,
    entries: [],
    commit: 0,
    snapshot: null,
    reject: false,
    rejectHint: 0,
    context: emptyBytes,
    ...fields,
  };
}

/** The context a campaign carries when it was ordered by a leadership transfer: voters skip the lease check. */
export const transferCampaignContext = new TextEncoder().encode('transfer');

export function isTransferCampaign(message: Message): boolean {
  const context = message.context;
  if (context.length !== transferCampaignContext.length) return false;
  return context.every((byte, position) => byte === transferCampaignContext[position]);
}

/** The response type to each vote request type. */
export function voteResponseType(type: 'vote' | 'prevote'): MessageType {
  return type === 'vote' ? 'vote-response' : 'prevote-response';
}

const messageTypes: ReadonlySet<string> = new Set<MessageType>([
  'prevote', 'prevote-response', 'vote', 'vote-response', 'append', 'append-response',
  'heartbeat', 'heartbeat-response', 'snapshot', 'timeout-now', 'read-index', 'read-index-response',
]);

function isIndex(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Checks a message from the network before it reaches any Raft rule. Returns what is wrong, or
 * null. A malformed peer message is dropped and counted, never applied.
 */
export function validateMessage(message: Message, self: NodeId): string | null {
  if (message === null || typeof message !== 'object') return 'not an object';
  if (!messageTypes.has(message.type)) return `unknown type ${String(message.type)}`;
  if (message.to !== self) return `addressed to ${message.to}, not ${self}`;
  if (!isIndex(message.from) || message.from === 0 || message.from === self) return `bad sender ${message.from}`;
  for (const field of ['term', 'logTerm', 'index', 'commit', 'rejectHint'] as const) {
    if (!isIndex(message[field])) return `bad ${field} ${String(message[field])}`;
  }
  if (message.term === 0 && message.type !== 'read-index') return `${message.type} without a term`;
  if (!(message.context instanceof Uint8Array)) return 'context is not bytes';
  if (!Array.isArray(message.entries)) return 'entries is not a list';
  for (let position = 0; position < message.entries.length; position += 1) {
    const entry = message.entries[position];
    if (entry.index !== message.index + 1 + position) return `entry ${position} has index ${entry.index}, expected ${message.index + 1 + position}`;
    if (!isIndex(entry.term) || entry.term > message.term) return `entry ${entry.index} has bad term ${entry.term}`;
    if (position > 0 && entry.term < message.entries[position - 1].term) return `entry ${entry.index} term goes backwards`;
    if (!(entry.data instanceof Uint8Array)) return `entry ${entry.index} data is not bytes`;
    if (entry.type !== 'normal' && entry.type !== 'conf-change') return `entry ${entry.index} has unknown type`;
  }
  if (message.type === 'snapshot' && message.snapshot === null) return 'snapshot message without a snapshot';
  return null;
}
