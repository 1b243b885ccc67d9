/**
 * `tessera`: runs a Tessera node.
 *   tessera start [flags]     run a node until SIGTERM/SIGINT
 *   tessera --help            every flag, its environment variable and default
 *   tessera version
 */
import process from 'node:process';
import { ConfigurationError, loadNodeConfig } from '../server/node-config.js';
import { TesseraNode, tesseraVersion } from '../server/tessera-node.js';
import { tesseraUsage } from './tessera-usage.js';


async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(tesseraUsage());
    return command === undefined ? 2 : 0;
  }
  if (command === 'version' || command === '--version') {
    process.stdout.write(`${tesseraVersion}\n`);
    return 0;
  }
  if (command !== 'start') {
    process.stderr.write(`tessera: unknown command ${JSON.stringify(command)}; see tessera --help\n`);
    return 2;
  }
  if (rest.includes('--help')) {
    process.stdout.write(tesseraUsage());
    return 0;
  }
  let node: TesseraNode;
  try {
    node = new TesseraNode(loadNodeConfig(rest, process.env));
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    process.stderr.write(`tessera: ${error.message}\n`);
    return 2;
  }
  const fatal = (error: Error): void => {
    node.logger.fatal({ err: error }, 'fatal error; exiting');
    process.exit(1);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', (reason) => fatal(reason instanceof Error ? reason : new Error(String(reason))));
  try {
    await node.start(fatal);
  } catch (error) {
    node.logger.fatal({ err: error }, 'could not start');
    return 1;
  }
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    node.logger.info({ signal }, 'shutting down: handing leaderships away');
    node.stop({ transferLeadership: true, deadlineMs: 5000 }).then(
      () => {
        node.logger.info({}, 'stopped');
        process.exit(0);
      },
      (error: unknown) => fatal(error instanceof Error ? error : new Error(String(error))),
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`tessera: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
