/**
 * A tokenizer that keeps offsets and spacing: word runs (letters and digits) and single punctuation characters.
 * `C++` is [C][+][+] with no gaps, so the trie can hold names with symbols while words keep their boundaries
 * (`JavaScript` is one token, so `Java` can never match inside it).
 */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Whitespace before the token: 0 none (glued), 1 spaces, 2 a line break. */
  gap: Uint8Array;
  /** 1 when the token is a word run, 0 for a punctuation character. */
  word: Uint8Array;
}

export const GAP_NONE = 0;
export const GAP_SPACE = 1;
export const GAP_LINE = 2;

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const NON_ASCII_SPACE = /\s/u;

/** True for letters and digits, ASCII or not. */
export function isWordCode(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return NON_ASCII_WORD.test(ch);
}

function isSpaceCode(code: number, ch: string): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return NON_ASCII_SPACE.test(ch);
}

/**
 * Splits text into word and punctuation tokens with exact offsets.
 * @example tokenize('C# and .NET').count // 5: C, #, and, ., NET
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  // Upper bound on tokens: one per character.
  let cap = Math.max(16, Math.ceil(n / 3));
  let start: Int32Array = new Int32Array(cap);
  let end: Int32Array = new Int32Array(cap);
  let gap: Uint8Array = new Uint8Array(cap);
  let word: Uint8Array = new Uint8Array(cap);
  let count = 0;
  let pendingGap = GAP_NONE;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const ch = code < 128 ? '' : text[i]!;
    if (isSpaceCode(code, ch)) {
      if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) pendingGap = GAP_LINE;
      else if (pendingGap === GAP_NONE) pendingGap = GAP_SPACE;
      i++;
      continue;
    }
    if (count === cap) {
      cap *= 2;
      start = grow(start, cap);
      end = grow(end, cap);
      gap = growBytes(gap, cap);
      word = growBytes(word, cap);
    }
    start[count] = i;
    gap[count] = pendingGap;
    pendingGap = GAP_NONE;
    if (isWordCode(code, ch)) {
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (!isWordCode(c, c < 128 ? '' : text[i]!)) break;
        i++;
      }
      word[count] = 1;
    } else {
      i++;
      word[count] = 0;
    }
    end[count] = i;
    count++;
  }
  return { count, start, end, gap, word };
}

function grow(a: Int32Array, cap: number): Int32Array {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

function growBytes(a: Uint8Array, cap: number): Uint8Array {
  const b = new Uint8Array(cap);
  b.set(a);
  return b;
}
