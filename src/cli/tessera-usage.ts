/** The text of `tessera --help`: commands, every flag of `start` with its variable, an example. */
import { environmentVariableOf, nodeSettings } from '../server/node-config.js';
import { tesseraVersion } from '../server/tessera-node.js';
import { formatHelpRows, type HelpRow } from './help-columns.js';

const lineWidth = 100;

/** `tessera --help`, wrapped at 100 columns (the example command excepted: it is meant to be copied). */
export function tesseraUsage(): string {
  const flagRows: HelpRow[] = [
    { usage: '--config FILE', help: `a JSON or YAML file of settings, keyed like the flags without their dashes\nenv ${environmentVariableOf({ flag: '--config' })}` },
    ...nodeSettings.map((setting) => ({ usage: setting.flag, help: `${setting.help}\nenv ${environmentVariableOf(setting)}` })),
  ];
  const helpColumn = Math.max(...flagRows.map((row) => row.usage.length)) + 4;
  return `tessera ${tesseraVersion} — a node of a Raft-replicated, sharded key-value store

Usage:
${formatHelpRows(
  [
    { usage: 'tessera start [flags]', help: 'run a node until SIGTERM or SIGINT (leaderships are handed away first)' },
    { usage: 'tessera version', help: 'print the version' },
    { usage: 'tessera --help', help: 'this text' },
  ],
  { indent: 2, helpColumn: 26, lineWidth },
)}

Flags of start (each also as a TESSERA_* environment variable, or a key of the JSON/YAML file
given by --config / TESSERA_CONFIG; flags win over variables, variables over the file):
${formatHelpRows(flagRows, { indent: 2, helpColumn, lineWidth })}

Example: a local 3-node cluster (what \`npm start\` runs):
  tessera start --id 1 --data ./data/1 --client-addr 127.0.0.1:7001 --peer-addr 127.0.0.1:7101 \\
    --http-addr 127.0.0.1:7201 \\
    --initial-cluster 1=127.0.0.1:7101/127.0.0.1:7001,2=127.0.0.1:7102/127.0.0.1:7002,3=127.0.0.1:7103/127.0.0.1:7003
`;
}
