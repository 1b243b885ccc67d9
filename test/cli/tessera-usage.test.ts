import { describe, expect, it } from 'vitest';

import { tesseraUsage } from '../../src/cli/tessera-usage.js';
import { environmentVariableOf, nodeSettings } from '../../src/server/node-config.js';

const text = tesseraUsage();
const beforeExample = text.slice(0, text.indexOf('\nExample:'));
/** The help text after a flag's own line, its continuation lines joined: what a reader sees for it. */
function helpOf(flag: string): string {
  const lines = beforeExample.split('\n');
  const start = lines.findIndex((line) => line.trimStart().startsWith(`${flag} `) || line.trim() === flag);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.trimStart().startsWith('--'));
  return [lines[start].trim().slice(flag.length), ...rest.slice(0, end === -1 ? undefined : end)].map((line) => line.trim()).join(' ').trim();
}

describe('tessera --help', () => {
  it('stays within 100 columns above the example command', () => {
    for (const line of beforeExample.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it('lists every flag of start with its help and its environment variable', () => {
    for (const setting of nodeSettings) expect(helpOf(setting.flag)).toBe(`${setting.help} env ${environmentVariableOf(setting)}`);
    expect(helpOf('--config FILE')).toContain('env TESSERA_CONFIG');
    expect(helpOf('--peer-dial-overrides')).toContain('dial peer N at this address instead of its advertised one (NAT, test proxies)');
  });
});
