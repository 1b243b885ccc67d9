import { describe, expect, it } from 'vitest';

import { formatHelpRows } from '../../src/cli/help-columns.js';

const layout = { indent: 2, helpColumn: 20, lineWidth: 50 };

describe('formatHelpRows', () => {
  it('puts a short usage and its help on one line, help in its column', () => {
    expect(formatHelpRows([{ usage: 'get KEY', help: 'print KEY' }], layout)).toBe(`  get KEY${' '.repeat(11)}print KEY`);
  });

  it('gives a usage that reaches the help column a line of its own', () => {
    const text = formatHelpRows([{ usage: 'leader transfer --to NODE', help: 'hand it over' }], layout);
    expect(text).toBe(`  leader transfer --to NODE\n${' '.repeat(20)}hand it over`);
  });

  it('wraps long help at word boundaries inside the line width, aligned under the column', () => {
    const text = formatHelpRows([{ usage: 'member', help: 'list members; add one; drain and remove one; activate a joining one now' }], layout);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(50);
    for (const line of lines.slice(1)) expect(line.startsWith(' '.repeat(20)) && line[20] !== ' ').toBe(true);
    expect(lines.map((line) => line.slice(20)).join(' ')).toBe('list members; add one; drain and remove one; activate a joining one now');
  });
});

describe('formatHelpRows with several lines of help', () => {
  it('starts each line of help on a line of its own in the help column', () => {
    const text = formatHelpRows([{ usage: '--tick-ms', help: 'milliseconds per Raft tick\nenv TESSERA_TICK_MS' }], layout);
    expect(text).toBe(`  --tick-ms${' '.repeat(9)}milliseconds per Raft tick\n${' '.repeat(20)}env TESSERA_TICK_MS`);
  });
});
