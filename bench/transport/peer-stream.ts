/**
 * Peer stream throughput: node 1 sends small append messages (one 100-byte entry each) to node 2
 * over one Messages stream on 127.0.0.1, both transports in this one process (so both ends share
 * the CPU, as peers on one machine would). Each run sends `perTurn` messages per event-loop turn
 * (= per batch) while fewer than `windowMessages` are unacknowledged, and reports delivered
 * messages/s and batches/s. Nothing is dropped if the window is right; drops are printed.
 * Run: npx tsx bench/transport/peer-stream.ts [seconds per run, default 3]
 */
import { makeMessage } from '../../src/raft/message.js';
import { type Message, nodeId, shardId } from '../../src/raft/types.js';
import { PeerTransport } from '../../src/server/transport/peer-transport.js';

const secondsPerRun = Number(process.argv[2] ?? 3);
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const payload = new Uint8Array(100).fill(7);

function append(index: number): Message {
  return makeMessage({
    type: 'append', from: nodeId(1), to: nodeId(2), term: 5, logTerm: 5, index, commit: index,
    entries: [{ term: 5, index: index + 1, type: 'normal', data: payload }],
  });
}

async function run(perTurn: number, windowMessages: number): Promise<void> {
  let received = 0;
  const sender = new PeerTransport({ nodeId: nodeId(1), listenAddress: '127.0.0.1:0', logger: silent, onMessages() {}, onSnapshot: async () => {} });
  const receiver = new PeerTransport({
    nodeId: nodeId(2), listenAddress: '127.0.0.1:0', logger: silent,
    onMessages: (_from, messages) => (received += messages.length),
    onSnapshot: async () => {},
  });
  await sender.start();
  const port = await receiver.start();
  sender.setPeers(new Map([[nodeId(2), `127.0.0.1:${port}`]]));

  let sent = 0;
  let running = true;
  const pump = (): void => {
    if (!running) return;
    if (sent - received < windowMessages) {
      const batch = Array.from({ length: perTurn }, (_, offset) => ({ shardId: shardId((sent + offset) % 64), message: append(sent + offset) }));
      sender.send(nodeId(2), batch);
      sent += perTurn;
    }
    setImmediate(pump);
  };
  pump();
  await new Promise((resolve) => setTimeout(resolve, 500)); // warm-up: connection, JIT
  const receivedAtStart = received;
  const batchesAtStart = sender.stats().sentBatches;
  const startedAt = performance.now();
  const cpuAtStart = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, secondsPerRun * 1000));
  const seconds = (performance.now() - startedAt) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  const messages = received - receivedAtStart;
  const batches = sender.stats().sentBatches - batchesAtStart;
  running = false;
  const stats = sender.stats();
  await Promise.all([sender.stop(), receiver.stop()]);
  const cpuMicrosecondsPerMessage = (cpu.user + cpu.system) / Math.max(1, messages);
  console.log(
    `perTurn=${String(perTurn).padStart(4)} window=${String(windowMessages).padStart(5)}: ` +
      `${Math.round(messages / seconds).toLocaleString('en-US').padStart(9)} msg/s, ` +
      `${Math.round(batches / seconds).toLocaleString('en-US').padStart(7)} batches/s, ` +
      `${cpuMicrosecondsPerMessage.toFixed(1)} µs CPU/msg (both ends), dropped=${stats.droppedMessages}`,
  );
}

for (const [perTurn, windowMessages] of [[1, 64], [1, 1024], [10, 2048], [100, 4096], [1000, 8192]] as const) {
  await run(perTurn, windowMessages);
}
