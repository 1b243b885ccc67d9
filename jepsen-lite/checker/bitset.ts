/** A fixed-size set of small integers, with a string key for use in Map-based memo tables. */
export class Bitset {
  private readonly words: Uint32Array;

  constructor(size: number) {
    this.words = new Uint32Array(Math.max(1, Math.ceil(size / 32)));
  }

  set(bit: number): void {
    this.words[bit >>> 5] |= 1 << (bit & 31);
  }

  clear(bit: number): void {
    this.words[bit >>> 5] &= ~(1 << (bit & 31));
  }

  has(bit: number): boolean {
    return (this.words[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }

  /** A string that is equal for two bitsets exactly when they hold the same bits. */
  key(): string {
    let text = '';
    for (let index = 0; index < this.words.length; index += 1) text += this.words[index].toString(36) + '.';
    return text;
  }
}
