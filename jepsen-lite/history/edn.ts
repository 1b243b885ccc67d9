import { HistoryError } from './errors.js';

/**
 * A reader for the small subset of EDN (Clojure data syntax) that Jepsen prints in histories:
 * nil, booleans, integers and decimals, strings, keywords, vectors, lists and maps.
 * Keywords become their name without the colon (`:append` → "append"); maps become plain objects
 * keyed by the printed key (keywords without colon); commas are whitespace, as in Clojure.
 */
export function parseEdn(text: string): unknown {
  const reader = new EdnReader(text);
  const value = reader.readValue();
  reader.skipWhitespace();
  if (!reader.atEnd()) throw reader.error('trailing characters');
  return value;
}

const delimiters = new Set([' ', '\t', '\n', '\r', ',', '[', ']', '(', ')', '{', '}', '"']);

class EdnReader {
  private position = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  error(what: string): HistoryError {
    return new HistoryError('JEPSEN_HISTORY_PARSE', `EDN: ${what} at column ${this.position} in ${JSON.stringify(this.text)}`);
  }

  skipWhitespace(): void {
    while (!this.atEnd() && /[\s,]/.test(this.text[this.position])) this.position += 1;
  }

  readValue(): unknown {
    this.skipWhitespace();
    if (this.atEnd()) throw this.error('unexpected end');
    const character = this.text[this.position];
    if (character === '[' || character === '(') return this.readSequence(character === '[' ? ']' : ')');
    if (character === '{') return this.readMap();
    if (character === '"') return this.readString();
    return this.readAtom();
  }

  private readSequence(close: string): unknown[] {
    this.position += 1;
    const items: unknown[] = [];
    for (;;) {
      this.skipWhitespace();
      if (this.atEnd()) throw this.error(`missing ${close}`);
      if (this.text[this.position] === close) {
        this.position += 1;
        return items;
      }
      items.push(this.readValue());
    }
  }

  private readMap(): Record<string, unknown> {
    const items = this.readSequence('}');
    if (items.length % 2 !== 0) throw this.error('map with an odd number of forms');
    const result: Record<string, unknown> = {};
    for (let index = 0; index < items.length; index += 2) {
      result[String(items[index])] = items[index + 1];
    }
    return result;
  }

  private readString(): string {
    const start = this.position;
    this.position += 1;
    while (!this.atEnd() && this.text[this.position] !== '"') {
      this.position += this.text[this.position] === '\\' ? 2 : 1;
    }
    if (this.atEnd()) throw this.error('unterminated string');
    this.position += 1;
    // EDN string escapes are a subset of JSON's for everything Jepsen prints.
    return JSON.parse(this.text.slice(start, this.position)) as string;
  }

  private readAtom(): unknown {
    const start = this.position;
    while (!this.atEnd() && !delimiters.has(this.text[this.position])) this.position += 1;
    const token = this.text.slice(start, this.position);
    if (token === '') throw this.error(`unexpected ${JSON.stringify(this.text[start])}`);
    if (token === 'nil') return null;
    if (token === 'true') return true;
    if (token === 'false') return false;
    if (token.startsWith(':')) return token.slice(1);
    if (/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?N?M?$/.test(token)) return Number(token.replace(/[NM]$/, ''));
    // Symbols are rare in histories; keep them as their name.
    return token;
  }
}
