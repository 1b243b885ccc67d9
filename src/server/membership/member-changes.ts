/**
 * The operator's membership changes as pure edits of the cluster description. Each either returns
 * the edited description or throws INVALID_ARGUMENT saying what is wrong; the node writes the
 * result through the meta group. Placement then carries the change out.
 */
import { TesseraError } from '../../routing/errors.js';
import { cloneDescription, type ClusterDescription } from './cluster-description.js';

/** Registers a new member as `joining`; placement activates it once its meta replica caught up. */
export function addMember(description: ClusterDescription, member: { id: number; peerAddress: string; clientAddress: string }): ClusterDescription {
  if (!Number.isSafeInteger(member.id) || member.id <= 0) invalid(`member id must be a positive integer, got ${member.id}`, 'id');
  for (const [field, value] of [['peerAddress', member.peerAddress], ['clientAddress', member.clientAddress]] as const) {
    if (!/^[^\s:]+:\d{1,5}$/.test(value)) invalid(`${field} must be host:port, got '${value}'`, field);
  }
  for (const existing of description.members) {
    if (existing.id === member.id) invalid(`member ${member.id} already exists (${existing.state})`, 'id');
    if (existing.peerAddress === member.peerAddress || existing.clientAddress === member.clientAddress) invalid(`member ${existing.id} already uses one of these addresses`, 'address');
  }
  const next = cloneDescription(description);
  next.members.push({ ...member, state: 'joining' });
  next.members.sort((a, b) => a.id - b.id);
  return next;
}

/** Activates a joining member now instead of waiting for placement to see it caught up. */
export function promoteMember(description: ClusterDescription, id: number): ClusterDescription {
  const member = description.members.find((candidate) => candidate.id === id);
  if (member === undefined) invalid(`no member ${id}`, 'id');
  if (member.state !== 'joining') invalid(`member ${id} is ${member.state}, only a joining member can be promoted`, 'state');
  const next = cloneDescription(description);
  for (const candidate of next.members) if (candidate.id === id) candidate.state = 'active';
  return next;
}

/**
 * Marks a member `draining`: placement moves its replicas away and then drops it. Refused when
 * the remaining active members could not hold every shard's replicas (a shard would lose quorum).
 */
export function removeMember(description: ClusterDescription, id: number): ClusterDescription {
  const member = description.members.find((candidate) => candidate.id === id);
  if (member === undefined) invalid(`no member ${id}`, 'id');
  if (member.state === 'draining') return description;
  const remaining = description.members.filter((candidate) => candidate.id !== id && candidate.state === 'active').length;
  if (remaining < description.replicaCount) {
    invalid(`removing member ${id} would leave ${remaining} active members for ${description.replicaCount} replicas per shard: shards would lose their quorum; add a member first`, 'replicaCount');
  }
  const next = cloneDescription(description);
  for (const candidate of next.members) if (candidate.id === id) candidate.state = 'draining';
  return next;
}

function invalid(message: string, limit: string): never {
  throw new TesseraError('TESSERA_INVALID_ARGUMENT', message, { limit });
}
