// A plain substring every match of a regex must contain: lets a hot path skip the regex (and its first-use compile,
// which costs in a page's main thread) with one `includes` when the text cannot match.

/** Escaped characters that stand for themselves (`\.` is a dot); other escapes (`\w`, `\d`, `\b`…) are classes. */
const LITERAL_ESCAPES = new Set('.-/?&=+*()[]{}|^$\\:#_%'.split(''));
/** Quantifiers that make the atom before them optional. */
const OPTIONAL_QUANTIFIERS = new Set(['?', '*', '{']);

/**
 * The longest run of literal characters outside any group, or '' when there is none (or a top-level `|`):
 * every string the regex matches contains it (lowercased for /i regexes: compare against lowercased text).
 * @example regexNeedle(/^jobs\.lever\.co\/(?<co>[\w.-]+)/) // 'jobs.lever.co/'
 */
export function regexNeedle(re: RegExp): string {
  const src = re.source;
  let best = '';
  let run = '';
  let depth = 0;
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const next = src[++i] ?? '';
      if (depth === 0 && LITERAL_ESCAPES.has(next)) run += next;
      else end();
    } else if (c === '[') {
      end();
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '(') {
      end();
      depth++;
    } else if (c === ')') {
      end();
      depth--;
    } else if (OPTIONAL_QUANTIFIERS.has(c)) {
      if (depth === 0) run = run.slice(0, -1); // the atom before is optional (or the group/class, already ended)
      end();
      if (c === '{') while (i < src.length && src[i] !== '}') i++;
    } else if (c === '|') {
      if (depth === 0) return '';
      end();
    } else if (c === '.' || c === '^' || c === '$' || c === '+') {
      end(); // `a+` still holds one "a" (kept); the repeat breaks the run
    } else if (depth === 0) run += c;
  }
  end();
  return re.flags.includes('i') ? best.toLowerCase() : best;
}
