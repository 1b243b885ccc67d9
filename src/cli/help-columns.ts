/** Two-column help text (usage, then what it does) that stays readable whatever the lengths. */

/** One row of a command list. */
export interface HelpRow {
  usage: string;
  help: string;
}

/** Layout of a command list: where the help column starts and where lines wrap. */
export interface HelpLayout {
  indent: number;
  helpColumn: number;
  lineWidth: number;
}

const defaultLayout: HelpLayout = { indent: 2, helpColumn: 34, lineWidth: 100 };

/**
 * Rows as `  usage   help…`, help wrapped at word boundaries within the line width; each line of
 * `help` (split at `\n`) starts a line of its own. A usage that reaches the help column gets a
 * line of its own, so usage and help never run together.
 */
export function formatHelpRows(rows: readonly HelpRow[], layout: HelpLayout = defaultLayout): string {
  const pad = ' '.repeat(layout.helpColumn);
  return rows
    .map(({ usage, help }) => {
      const lead = `${' '.repeat(layout.indent)}${usage}`;
      const width = Math.max(layout.lineWidth - layout.helpColumn, 20);
      const [first = '', ...rest] = help.split('\n').flatMap((paragraph) => wrapWords(paragraph, width));
      const head = lead.length + 2 <= layout.helpColumn ? `${lead.padEnd(layout.helpColumn)}${first}` : `${lead}\n${pad}${first}`;
      return [head.trimEnd(), ...rest.map((line) => `${pad}${line}`)].join('\n');
    })
    .join('\n');
}

function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
