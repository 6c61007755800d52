const TOKEN_START = new Set(['.', '#', '=']);
const isTokenChar = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '-' || c === '_';

/**
 * The names after `.`, `#` and `=` in a selector list (class, id and attribute values).
 * @example selectorTokens('.job__title h1,[data-ui="job-title"]') // ['job__title', 'job-title']
 */
export function selectorTokens(selectors: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < selectors.length; i++) {
    if (!TOKEN_START.has(selectors[i]!)) continue;
    let j = i + 1;
    if (selectors[j] === '"') j++;
    const from = j;
    while (j < selectors.length && isTokenChar(selectors[j]!)) j++;
    if (j > from) out.add(selectors.slice(from, j));
  }
  return [...out];
}
