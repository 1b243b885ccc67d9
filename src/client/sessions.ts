/**
 * Sessions for exactly-once writes. The server keeps, per shard and client id, only the last
 * applied sequence and its result; an older sequence is refused. So two writes of one client id
 * in flight on one shard could overtake each other during a failover, and the older one would be
 * refused though never applied. To rule that out every in-flight write holds a lane: a client id
 * of its own that carries one write at a time. Lane 0 is the client's id; more lanes (ids derived
 * from it) are made only when writes overlap, and are reused afterwards. Sequences come from one
 * counter, so they rise on every lane.
 */

/** The (client id, sequence) pair a write keeps across all its retries. */
export interface Session {
  clientId: number;
  sequence: number;
}

/** A session together with the lane it occupies until released. */
export interface LeasedSession extends Session {
  lane: number;
}

const idMask = (1n << 53n) - 1n;

/** A random positive 53-bit id. */
export function randomClientId(random: () => number = Math.random): number {
  const high = Math.floor(random() * 2 ** 21);
  const low = Math.floor(random() * 2 ** 32);
  const id = high * 2 ** 32 + low;
  return id === 0 ? 1 : id;
}

/** The id of lane `lane` of `clientId`: lane 0 is the id itself, others are spread over the 53-bit space. */
export function laneClientId(clientId: number, lane: number): number {
  if (lane === 0) return clientId;
  const mixed = (BigInt(clientId) * 0x5851f42d4c957f2dn + BigInt(lane) * 0x9e3779b97f4a7c15n) & idMask;
  return mixed === 0n ? 1 : Number(mixed);
}

/** Hands out lanes for writes in flight. */
export class SessionPool {
  private readonly free: number[] = [];
  /** Lane → its client id (the mixing uses BigInt: computed once per lane, not per write). */
  private readonly laneIds: number[] = [];
  private lanes = 0;
  private sequence = 0;

  constructor(readonly clientId: number) {
    if (!Number.isSafeInteger(clientId) || clientId <= 0) throw new TypeError(`clientId must be a positive safe integer, got ${clientId}`);
  }

  /** A session for a new write; give it back with release() once the write's outcome is settled. */
  acquire(): LeasedSession {
    const lane = this.free.pop() ?? this.lanes++;
    this.sequence += 1;
    const clientId = (this.laneIds[lane] ??= laneClientId(this.clientId, lane));
    return { clientId, sequence: this.sequence, lane };
  }

  /** Returns the session's lane to the pool. */
  release(session: LeasedSession): void {
    this.free.push(session.lane);
  }

  /** Lanes made so far (the most writes that were in flight at once). */
  get laneCount(): number {
    return this.lanes;
  }
}
